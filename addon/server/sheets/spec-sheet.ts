// Sheets of the programme year (meetings, progress, roadmap, answer sheets, monitoring): opened
// by name, created from their SheetSpec when missing, and — for the sheets the product writes
// whole — rewritten in one block that also blanks what the previous version left below or beside.
import type { SheetSpec } from '../../../shared/workspace';
import { applyLayout } from '../workspace/sheet-layout';
import { findSheet, readGrid, writeBlock } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface OpenedSheet {
  sheet: Sheet;
  /** What the sheet held ([] for a new one). */
  grid: unknown[][];
  created: boolean;
}

/** The sheet of `spec`, created with headers, dropdowns and a protected header row when missing. */
export function openSpecSheet(ss: Spreadsheet, spec: SheetSpec, timeZone: string): OpenedSheet {
  const existing = findSheet(ss, spec.name);
  if (existing) return { sheet: existing, grid: readGrid(existing, timeZone), created: false };
  const sheet = ss.insertSheet(spec.name, ss.getNumSheets());
  writeBlock(sheet, 1, 1, [spec.columns.map((c) => c.header)], timeZone);
  applyLayout(sheet, {
    spec,
    columnOf: (key) => spec.columns.findIndex((c) => c.key === key) + 1,
    width: spec.columns.length,
    newColumns: new Set(spec.columns.map((c) => c.key)),
  });
  return { sheet, grid: [spec.columns.map((c) => c.header)], created: true };
}

/** The sheet, created empty when missing (sheets the product lays out itself). */
export function openPlainSheet(ss: Spreadsheet, name: string, timeZone: string): OpenedSheet {
  const existing = findSheet(ss, name);
  if (existing) return { sheet: existing, grid: readGrid(existing, timeZone), created: false };
  return { sheet: ss.insertSheet(name, ss.getNumSheets()), grid: [], created: true };
}

/**
 * Writes `rows` from A1 as one block, padded with blanks to cover what `before` held, so a shorter
 * new version leaves nothing stale behind. For sheets the product owns entirely.
 */
export function writeWholeSheet(
  sheet: Sheet,
  before: readonly (readonly unknown[])[],
  rows: readonly (readonly unknown[])[],
  timeZone: string,
): void {
  const height = Math.max(rows.length, before.length);
  const width = Math.max(1, ...rows.map((r) => r.length), ...before.map((r) => r.length));
  const block: unknown[][] = [];
  for (let r = 0; r < height; r++) {
    const line: unknown[] = [];
    for (let c = 0; c < width; c++) {
      const v = rows[r]?.[c];
      line.push(v === undefined || v === null ? '' : v);
    }
    block.push(line);
  }
  writeBlock(sheet, 1, 1, block, timeZone);
}

/** One setBackgrounds call over rows 2…n of the first `width` columns (null = no fill). */
export function paintRows(sheet: Sheet, colours: readonly (string | null)[], width: number): void {
  if (colours.length === 0 || width === 0) return;
  const grid = colours.map((colour) => new Array<string | null>(width).fill(colour));
  sheet.getRange(2, 1, grid.length, width).setBackgrounds(grid);
}
