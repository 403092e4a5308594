// Plain cell values as Sheets `getValues()`, exceljs or csv-parse give them:
// strings, numbers, booleans, Dates, or empty (null, undefined, '').
import { tidyText } from '../catalogue';
import { cellDay } from '../core/day';

export type CellValue = string | number | boolean | Date | null | undefined;

export function isEmptyCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function isEmptyRow(cells: readonly unknown[]): boolean {
  return cells.every(isEmptyCell);
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `ДД.ММ.ГГГГ` of the day a date cell stands for (see `cellDay`). */
export function formatDate(date: Date): string {
  const day = cellDay(date);
  return `${twoDigits(day.getUTCDate())}.${twoDigits(day.getUTCMonth() + 1)}.${day.getUTCFullYear()}`;
}

/** The cell as tidy text: numbers without float noise, booleans as да/нет, dates as ДД.ММ.ГГГГ. */
export function cellText(value: unknown): string {
  if (isEmptyCell(value)) return '';
  if (typeof value === 'string') return tidyText(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDate(value);
  return tidyText(String(value));
}

const SEMICOLON = 0x3b;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** Items of a list cell separated by `;`, `,` or line breaks; empty items dropped, repeats removed. */
export function splitList(value: unknown): string[] {
  const items: string[] = [];
  const keys: string[] = [];
  const text = typeof value === 'string' ? value : cellText(value);
  let from = 0;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : SEMICOLON;
    if (code !== SEMICOLON && code !== COMMA && code !== CR && code !== LF) continue;
    const item = tidyText(text.slice(from, at));
    from = at + 1;
    if (!item) continue;
    const lower = item.toLowerCase();
    const key = lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
    if (!keys.includes(key)) {
      keys.push(key);
      items.push(item);
    }
  }
  return items;
}
