// CSV written by the CLI: UTF-8 without BOM, «,» separators, LF line ends, RFC 4180 quotes only
// where a value needs them. Written by hand: `--scores-out` may hold millions of rows, and a
// per-record stringifier was several times slower there. Text that would start a formula when
// the file is opened in a spreadsheet (= + - @, tab, CR) gets a leading apostrophe; numbers don't.
import { formatDate, guardFormulaText } from '../shared/tables';

const NEEDS_QUOTES = /[",\r\n]/;

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = header.map(csvField).join(',');
  for (let i = 0; i < rows.length; i++) lines[i + 1] = rows[i].map(csvField).join(',');
  return `${lines.join('\n')}\n`;
}

function csvField(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : value instanceof Date
        ? formatDate(value)
        : typeof value === 'string'
          ? guardFormulaText(value)
          : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
