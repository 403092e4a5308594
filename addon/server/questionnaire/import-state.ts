// Per responses sheet (by its stable sheet id, so renaming is harmless): which registry it feeds,
// the question → column mapping by header text, and the mark of the last import.
import type { ImportMark, Registry } from '../../../shared/questionnaire';
import { readState, writeState } from '../properties';

export interface ImportState {
  registry: Registry;
  mapping: Record<string, string | null>;
  mark?: ImportMark;
}

const key = (sheetId: number) => `import.${sheetId}`;

export function importStateOf(sheetId: number): ImportState | null {
  return readState<ImportState>(key(sheetId));
}

export function rememberImport(sheetId: number, state: ImportState): void {
  writeState(key(sheetId), state);
}
