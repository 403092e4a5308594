// Sheets the product writes whole (`Ход работы пар`, `Мониторинг`, `Показатели`): every value and
// fill the previous version left is cleared, then the new rows go in from A1. The curator's own
// sheets are never touched by these writes.
import type ExcelJS from 'exceljs';
import type { SheetSpec } from '../shared/workspace';
import type { WorkbookFile } from './workbook-file';
import { addWorkspaceSheet, styleHeaderRow } from './workspace-sheet';

export interface SheetLayout {
  /** 1-based rows shown bold. */
  boldRows?: readonly number[];
  /** 1-based rows shown bold on the header fill. */
  headerRows?: readonly number[];
  /** Background colour (`#rrggbb`) of data row i (row i + 2), null for none; spans `fillWidth` columns. */
  rowFills?: readonly (string | null)[];
  fillWidth?: number;
  /** Colour of single cells, by 1-based row and column. */
  cellFills?: readonly { row: number; column: number; colour: string }[];
  /** Column widths in characters. */
  widths?: readonly number[];
}

const HEADER_FILL = 'FFDCE6F1';
const DATE_FORMAT = 'dd.mm.yyyy';

/** Replaces the sheet's content by `rows`; a sheet laid out from a spec keeps its styled header row. */
export function writeProductSheet(
  file: WorkbookFile,
  spec: SheetSpec,
  rows: readonly (readonly unknown[])[],
  layout: SheetLayout = {},
): ExcelJS.Worksheet {
  const sheet = file.sheet(spec.name) ?? addWorkspaceSheet(file.workbook, spec);
  const height = Math.max(sheet.rowCount, rows.length);
  const width = Math.max(sheet.columnCount, ...rows.map((row) => row.length));
  for (let r = 1; r <= height; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const value = rows[r - 1]?.[c - 1];
      cell.style = {};
      cell.value = value === undefined || value === null || value === '' ? null : (value as ExcelJS.CellValue);
      if (value instanceof Date) cell.numFmt = DATE_FORMAT;
    }
  }
  if (
    rows[0]?.length === spec.columns.length &&
    spec.columns.every((column, index) => rows[0][index] === column.header)
  ) {
    styleHeaderRow(sheet, spec);
  }
  for (const r of layout.boldRows ?? []) sheet.getRow(r).getCell(1).font = { bold: true };
  for (const r of layout.headerRows ?? []) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= (rows[r - 1]?.length ?? 0); c++) {
      row.getCell(c).font = { bold: true };
      row.getCell(c).fill = solid(HEADER_FILL);
    }
  }
  (layout.rowFills ?? []).forEach((colour, index) => {
    if (!colour) return;
    const row = sheet.getRow(index + 2);
    for (let c = 1; c <= (layout.fillWidth ?? width); c++) row.getCell(c).fill = solid(argb(colour));
  });
  for (const { row, column, colour } of layout.cellFills ?? [])
    sheet.getRow(row).getCell(column).fill = solid(argb(colour));
  (layout.widths ?? []).forEach((w, index) => {
    sheet.getColumn(index + 1).width = w;
  });
  return sheet;
}

function solid(argbColour: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argbColour } };
}

/** `#c8e6c9` → `FFC8E6C9`. */
function argb(colour: string): string {
  return `FF${colour.replace('#', '').toUpperCase()}`;
}
