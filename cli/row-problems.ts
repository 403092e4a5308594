// Row-level problems do not stop a command: those rows are left out, every problem is listed,
// and the exit status says so (3). `--strict` keeps the all-or-nothing rule for scripts.
import { formatProblem, type TableProblem } from '../shared/tables';
import { InputError, type CliIo } from './io';

/** Done and written, but some rows were left out because of problems. */
export const EXIT_PARTIAL = 3;

/** The problems that leave rows out, and the notes that do not (values corrected, things to check). */
export interface RowFindings {
  problems: readonly TableProblem[];
  notes: readonly TableProblem[];
}

/**
 * `--strict`: any problem stops the command (exit 1, nothing written). Otherwise only problems in
 * `blocking` do. Returns normally when the command can go on.
 */
export function stopOnProblems(
  findings: RowFindings,
  strict: boolean,
  blocking: (problem: TableProblem) => boolean = () => false,
): void {
  const stop = strict ? findings.problems.length > 0 : findings.problems.some(blocking);
  if (stop) throw new InputError(findings.problems.map(formatProblem));
}

/** Prints problems (rows left out) and notes to stderr, one line each, under their own headings. */
export function printFindings(io: CliIo, findings: RowFindings): void {
  let text = '';
  if (findings.problems.length > 0) {
    text += `Строки с ошибками не учтены (${findings.problems.length}) — исправьте и запустите снова:\n${lines(findings.problems)}`;
  }
  if (findings.notes.length > 0)
    text += `Замечания — строки учтены (${findings.notes.length}):\n${lines(findings.notes)}`;
  if (text) io.stderr(text);
}

function lines(problems: readonly TableProblem[]): string {
  return problems.map((problem) => `  ${formatProblem(problem)}\n`).join('');
}

/** 0 when nothing was left out (notes alone do not count), else EXIT_PARTIAL. */
export function exitStatus(findings: RowFindings, ok: number): number {
  return findings.problems.length > 0 ? EXIT_PARTIAL : ok;
}
