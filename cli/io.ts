// What a command may print, and the exit statuses of the CLI.
import type { TableProblem } from '../shared/tables';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Waits between retries (`push`); tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** Bad input: every problem (one Russian line each) is printed and nothing is written. */
export class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(`${lines.length} problem(s) in the input`);
    this.name = 'InputError';
  }
}

/** A file could not be written (read-only, locked, no rights, disk full): one Russian line; nothing was written. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

/** A wrong call: one line with the message and a pointer to --help is printed. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A problem with a whole file (missing, empty, not a table), addressed by the sheet it stands for. */
export function fileProblem(sheet: string, message: string, row = 0): TableProblem {
  return { code: 'bad-file', sheet, row, column: '', header: '', value: '', message };
}
