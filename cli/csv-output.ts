// CSV written by the CLI: UTF-8 without BOM, «,» separators, LF line ends, quotes only where needed.
import { stringify } from 'csv-stringify/sync';
import { formatDate } from '../shared/tables';

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return stringify([header, ...rows.map((row) => row.map(csvCell))], { record_delimiter: 'unix' });
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDate(value);
  return String(value);
}
