// Reading and writing sheets in whole blocks: one getValues per sheet read, one setValues per
// changed block, dates converted between Apps Script instants and shared wall-clock dates.
import { findSheetName } from '../../../shared/workspace';
import { changedBlocks } from './changes';
import { gridToWallClock, rowsFromWallClock } from './dates';
import { asTypedText } from './typed-text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function timeZoneOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return ss.getSpreadsheetTimeZone() || 'Europe/Moscow';
}

/** The sheet named like `name` (matched as headers are: case, spaces, «ё», dashes), or null. */
export function findSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet | null {
  const sheets = ss.getSheets();
  const found = findSheetName(
    sheets.map((s) => s.getName()),
    name,
  );
  return found === undefined ? null : sheets[sheets.map((s) => s.getName()).indexOf(found)];
}

/** The sheet, or a Russian error telling the curator to create the workspace. */
export function requireSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet {
  const sheet = findSheet(ss, name);
  if (!sheet)
    throw new Error(`Нет листа «${name}». Выполните «Наставничество → Создать или восстановить рабочее пространство».`);
  return sheet;
}

/** The whole used area of a sheet in one read; dates as wall clock (see dates.ts). */
export function readGrid(sheet: Sheet, timeZone: string): unknown[][] {
  const values = sheet.getDataRange().getValues();
  if (values.length === 1 && values[0].length === 1 && values[0][0] === '') return [];
  return gridToWallClock(values, timeZone);
}

/** Grows the sheet when a block reaches past its last row or column. */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Writes a rectangle of values with its top-left cell at 1-based (row, column). Strings stay the
 * text they are (see typed-text.ts): the block's number formats are read to know where plain
 * text already keeps them.
 */
export function writeBlock(sheet: Sheet, row: number, column: number, values: unknown[][], timeZone: string): void {
  if (values.length === 0 || values[0].length === 0) return;
  ensureSize(sheet, row + values.length - 1, column + values[0].length - 1);
  const range = sheet.getRange(row, column, values.length, values[0].length);
  range.setValues(asTypedText(rowsFromWallClock(values, timeZone), range.getNumberFormats()));
}

/**
 * Writes what changed between two grids of the same sheet (0-based, header row first), touching
 * only the product's own columns. Returns the number of setValues calls made.
 */
export function writeChanges(
  sheet: Sheet,
  before: unknown[][],
  after: unknown[][],
  ownColumns: ReadonlySet<number>,
  timeZone: string,
): number {
  const blocks = changedBlocks(before, after, ownColumns);
  for (const block of blocks) writeBlock(sheet, block.row + 1, block.column + 1, block.values, timeZone);
  return blocks.length;
}
