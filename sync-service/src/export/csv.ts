// CSV for Excel in a Russian locale: UTF-8 with BOM, `;` between fields, decimal comma, CRLF.
import { stringify } from 'csv-stringify/sync';
import { guardFormulaText } from '../../../shared/tables';
import type { Cell, Column, WideTable } from './wide-table';

/** `2024-05-01T10:00:00.000Z` → `2024-05-01 10:00` (UTC), which Excel reads as a date and time. */
function dateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function render(cell: Cell, column: Column): string {
  if (cell === null) return '';
  switch (column.kind) {
    case 'percent':
      return (cell as number).toFixed(1).replace('.', ',');
    case 'target':
    case 'count':
      return String(cell).replace('.', ',');
    case 'datetime':
      return dateTime(String(cell));
    default:
      return guardFormulaText(String(cell));
  }
}

export function toCsv(table: WideTable): string {
  const records = [
    table.columns.map((c) => c.header),
    ...table.rows.map((row) => row.map((cell, i) => render(cell, table.columns[i]))),
  ];
  return stringify(records, { delimiter: ';', bom: true, record_delimiter: '\r\n' });
}
