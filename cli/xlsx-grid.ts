// xlsx sheets ↔ plain grids: what shared/ reads and writes, without exceljs types.
import type ExcelJS from 'exceljs';
import { isEmptyCell, type ModelRow, type TableModel } from '../shared/tables';

/** A cell value as a plain string, number, boolean or Date (formulas give their result). */
export function plainValue(value: ExcelJS.CellValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result);
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return null;
}

export function sheetGrid(sheet: ExcelJS.Worksheet): unknown[][] {
  const grid: unknown[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: unknown[] = [];
    for (let c = 1; c <= width; c++) cells.push(plainValue(row.getCell(c).value));
    grid.push(cells);
  }
  return grid;
}

interface CellSnapshot {
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
}

/**
 * Writes a table model over a sheet. A row read from another position brings its own cells
 * (formulas and formatting of the curator's columns included); rows left over are cleared.
 */
export function writeModel<K extends string>(sheet: ExcelJS.Worksheet, model: TableModel<K>): void {
  const width = Math.max(model.width, sheet.columnCount);
  const oldRowCount = sheet.rowCount;
  const snapshot = new Map<number, CellSnapshot[]>();
  for (const row of model.rows) {
    if (row.sourceRow === null) continue;
    const source = sheet.getRow(row.sourceRow);
    const cells: CellSnapshot[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = source.getCell(c);
      cells.push({ value: cell.value, style: { ...cell.style } });
    }
    snapshot.set(row.sourceRow, cells);
  }
  const own = model.ownColumns();
  writeHeaderRow(sheet.getRow(1), model.headers, width);
  model.rows.forEach((row: ModelRow, index) => {
    const target = sheet.getRow(index + 2);
    const source = row.sourceRow === null ? undefined : snapshot.get(row.sourceRow);
    for (let c = 0; c < width; c++) {
      const cell = target.getCell(c + 1);
      const moved = source !== undefined && row.sourceRow !== index + 2;
      if (moved) cell.style = source[c].style;
      if (!own.has(c) && source !== undefined) {
        if (moved) cell.value = source[c].value;
      } else {
        setIfChanged(cell, row.cells[c]);
      }
    }
  });
  for (let r = model.rows.length + 2; r <= oldRowCount; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= width; c++) row.getCell(c).value = null;
  }
}

/** Header cells the sheet lacked are added in bold, like the rest of the header row. */
function writeHeaderRow(row: ExcelJS.Row, values: readonly unknown[], width: number): void {
  for (let c = 0; c < width; c++) {
    const cell = row.getCell(c + 1);
    if (setIfChanged(cell, values[c])) cell.font = { bold: true };
  }
}

/** True when the cell had another value and was written. */
function setIfChanged(cell: ExcelJS.Cell, value: unknown): boolean {
  const next = isEmptyCell(value) ? null : (value as ExcelJS.CellValue);
  const current = plainValue(cell.value);
  const same =
    (isEmptyCell(current) && next === null) ||
    (current instanceof Date && next instanceof Date ? current.getTime() === next.getTime() : current === next);
  if (!same) cell.value = next;
  return !same;
}
