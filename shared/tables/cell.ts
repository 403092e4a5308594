// Plain cell values as Sheets `getValues()`, exceljs or csv-parse give them:
// strings, numbers, booleans, Dates, or empty (null, undefined, '').
import { tidyText } from '../catalogue';

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

const MS_PER_DAY = 86_400_000;

/**
 * The calendar day a date cell stands for, as UTC midnight. A `Date` from a reader is the cell's
 * wall clock written in UTC: exceljs gives it so, and the add-on converts Apps Script's instants
 * in the spreadsheet's time zone to it (addon/server/sheets/dates.ts) — 01.09.2024 in a Moscow
 * sheet, 2024-08-31T21:00Z from Apps Script, arrives as 2024-09-01T00:00Z. A time of day never
 * moves the day: «02.09.2024 18:00» and «02.09.2024 23:59» are 02.09.2024.
 */
export function cellDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / MS_PER_DAY) * MS_PER_DAY);
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
