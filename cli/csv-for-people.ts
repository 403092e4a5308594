// CSV that opens right in Excel with Russian regional settings: UTF-8 with a BOM (otherwise Excel
// reads Windows-1251), «;» between fields (the list separator of the Russian locale), a decimal
// comma in numbers and CRLF line ends. A text that Excel would take for a formula (=, +, -, @)
// gets a leading apostrophe, which Excel shows as plain text.
import { formatDate } from '../shared/tables';
import { formatNumberRu } from './number-format';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[";\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsvForPeople(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = header.map(field).join(';');
  for (let i = 0; i < rows.length; i++) lines[i + 1] = rows[i].map(field).join(';');
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function field(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = formatNumberRu(value);
  else if (value instanceof Date) text = formatDate(value);
  else {
    text = String(value);
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
