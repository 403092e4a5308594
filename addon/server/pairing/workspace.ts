// The pairing sheets read once each (one getValues per sheet) and turned into the engine's input.
import { readPairingInput, type PairingInput, type WorkspaceGrids } from '../../../shared/registry';
import { formatProblem } from '../../../shared/tables';
import {
  doNotPairSheet,
  findSheetName,
  menteeSheet,
  mentorSheet,
  pairSheet,
  settingsSheet,
} from '../../../shared/workspace';
import { readGrid, timeZoneOf } from '../sheets/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Grid = unknown[][];
type SheetKey = 'mentors' | 'mentees' | 'pairs' | 'doNotPair' | 'settings';

const SHEET_NAMES: Record<SheetKey, string> = {
  mentors: mentorSheet.name,
  mentees: menteeSheet.name,
  pairs: pairSheet.name,
  doNotPair: doNotPairSheet.name,
  settings: settingsSheet.name,
};

/** Problems that make a sheet unreadable as a whole: pairing on what is left would mislead. */
const FATAL = new Set(['missing-column', 'duplicate-column', 'empty-sheet', 'missing-sheet']);

export interface PairingWorkbook {
  timeZone: string;
  sheets: Record<SheetKey, Sheet | null>;
  grids: Record<SheetKey, Grid>;
  input: PairingInput;
}

export function readPairingWorkbook(): PairingWorkbook {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = timeZoneOf(ss);
  const all = ss.getSheets();
  const names = all.map((sheet) => sheet.getName());
  const sheets = {} as Record<SheetKey, Sheet | null>;
  const grids = {} as Record<SheetKey, Grid>;
  for (const key of Object.keys(SHEET_NAMES) as SheetKey[]) {
    const found = findSheetName(names, SHEET_NAMES[key]);
    const sheet = found === undefined ? null : all[names.indexOf(found)];
    sheets[key] = sheet;
    grids[key] = sheet ? readGrid(sheet, timeZone) : [];
  }
  for (const key of ['mentors', 'mentees'] as const) {
    if (!sheets[key]) {
      throw new Error(
        `Нет листа «${SHEET_NAMES[key]}». Выполните «Наставничество → Создать или восстановить рабочее пространство».`,
      );
    }
  }
  return { timeZone, sheets, grids, input: pairingInput(grids) };
}

/** The engine's input from the grids; a sheet that cannot be read at all stops pairing with its problems. */
export function pairingInput(grids: Record<SheetKey, Grid>): PairingInput {
  const optional = (grid: Grid) => (grid.length > 0 ? grid : undefined);
  const workspace: WorkspaceGrids = {
    mentors: grids.mentors,
    mentees: grids.mentees,
    pairs: optional(grids.pairs),
    doNotPair: optional(grids.doNotPair),
    settings: optional(grids.settings),
  };
  const input = readPairingInput(workspace);
  const fatal = input.problems.filter((problem) => FATAL.has(problem.code));
  if (fatal.length > 0) {
    throw new Error(`Подбор невозможен, пока не исправлены листы:\n${fatal.map(formatProblem).join('\n')}`);
  }
  return input;
}

export function requireWritable(workbook: PairingWorkbook, key: 'pairs' | 'doNotPair' | 'mentees'): Sheet {
  const sheet = workbook.sheets[key];
  if (!sheet) {
    throw new Error(
      `Нет листа «${SHEET_NAMES[key]}». Выполните «Наставничество → Создать или восстановить рабочее пространство».`,
    );
  }
  return sheet;
}
