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

/** Items of a list cell separated by `;`, `,` or line breaks; empty items dropped, repeats removed. */
export function splitList(value: unknown): string[] {
  const items: string[] = [];
  const seen = new Set<string>();
  const text = typeof value === 'string' ? value : cellText(value);
  for (const part of text.split(/[;,\r\n]/)) {
    const item = tidyText(part);
    const key = item.toLowerCase().replace(/ё/g, 'е');
    if (item && !seen.has(key)) {
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}
