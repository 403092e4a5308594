// A workspace sheet in an xlsx workbook, laid out from its spec: headers, widths, notes,
// frozen header row, dropdown validation.
import type ExcelJS from 'exceljs';
import { columnLetter } from '../shared/tables';
import type { SheetSpec } from '../shared/workspace';

/** Rows covered by dropdown validation. */
const VALIDATED_ROWS = 2000;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

export function addWorkspaceSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: spec.frozenRows }] });
  spec.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
  });
  styleHeaderRow(sheet, spec);
  spec.columns.forEach((column, index) => {
    if (!column.dropdown) return;
    const letter = columnLetter(index);
    validations(sheet).add(`${letter}2:${letter}${VALIDATED_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${column.dropdown.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: column.header,
      error: `Выберите значение из списка: ${column.dropdown.join(', ')}`,
    });
  });
  for (const row of spec.initialRows ?? []) sheet.addRow([...row]);
  return sheet;
}

/** Writes the spec's headers into row 1 (bold, filled, with notes). */
export function styleHeaderRow(sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  const header = sheet.getRow(1);
  spec.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
    if (column.note) cell.note = column.note;
  });
}

/** exceljs writes range validations, though its typings omit `dataValidations`. */
function validations(sheet: ExcelJS.Worksheet): { add(address: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } })
    .dataValidations;
}
