// How Google Sheets stores what a script writes: values typed through setValues are parsed like
// user input unless the cell's number format is plain text ('@').

import { zoneOffsetAt } from '../../shared/core';

export type CellValue = string | number | boolean | Date;

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Throws for values Apps Script refuses (objects, arrays, functions). */
export function checkWritable(v: unknown, a1: string): void {
  if (v === null || v === undefined) return;
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean' || isDate(v)) return;
  throw new Error(
    `Cannot write ${Object.prototype.toString.call(v)} to cell ${a1}: only strings, numbers, booleans and dates.`,
  );
}

/** What a cell holds after a write: its value and, for text taken as a formula, the formula. */
export interface Stored {
  value: CellValue;
  formula?: string;
}

// Typed input in a ru_RU spreadsheet. Range.setValue/setValues take a string as the curator's
// typing (https://developers.google.com/apps-script/reference/spreadsheet/range, setValue: a value
// beginning with '=' is a formula). The Sheets API documents the same parsing as USER_ENTERED:
// "The values will be parsed as if the user typed them into the UI. Numbers will stay as numbers,
// but strings may be converted to numbers, dates, etc. following the same rules that are applied
// when entering text into a cell via the Google Sheets UI"
// (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption). A cell in the
// plain text number format ('@') keeps the string. The spreadsheet's locale (ru_RU) makes the comma
// the decimal separator and dd.mm.yyyy the date order. Encoded conservatively, what is well known:
//   '…        → the rest as text (the apostrophe is not part of the value)
//   =…        → a formula (the stand-in computes nothing: #NAME? for a bare name, else #ERROR!)
//   +7 913 …  → a formula «=+7 913 …» that does not parse: #ERROR!; +79130000000 → a number
//   007, -5, 3,5 → numbers (leading zeros lost, decimal comma); 45% / 4,5 % → 0.45 / 0.045
//   02.09.2024, 02.09.2024 18:00, 2024-09-02 → dates in the spreadsheet's time zone
//   5-7, 5.7, 5/7 → a date (day and month of the current year)
const NUMBER = /^[+-]?\d{1,15}(,\d+)?$/;
const PERCENT = /^([+-]?\d{1,15}(?:,\d+)?)\s?%$/;
const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MONTH = /^(\d{1,2})[./-](\d{1,2})$/;

function number(text: string): number {
  return Number(text.replace(',', '.'));
}

/** The instant of a wall-clock time in the zone, or null for a date that does not exist (31.02). */
function zonedDate(timeZone: string, y: number, m: number, d: number, h = 0, min = 0, sec = 0): Date | null {
  const wall = Date.UTC(y, m - 1, d, h, min, sec);
  const check = new Date(wall);
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d || h > 23 || min > 59 || sec > 59) return null;
  const first = wall - zoneOffsetAt(wall, timeZone);
  return new Date(wall - zoneOffsetAt(first, timeZone));
}

function typed(text: string, timeZone: string): Stored {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) {
    return { value: /^=[\p{L}_][\p{L}\d_.]*$/u.test(text) ? '#NAME?' : '#ERROR!', formula: text };
  }
  const t = text.trim();
  if (NUMBER.test(t)) return { value: number(t) };
  if (t.startsWith('+') && t.length > 1) return { value: '#ERROR!', formula: `=${t}` };
  const percent = PERCENT.exec(t);
  if (percent) return { value: number(percent[1]) / 100 };
  const ru = RU_DATE.exec(t);
  if (ru) {
    const date = zonedDate(timeZone, +ru[3], +ru[2], +ru[1], +(ru[4] ?? 0), +(ru[5] ?? 0), +(ru[6] ?? 0));
    if (date) return { value: date };
  }
  const iso = ISO_DATE.exec(t);
  if (iso) {
    const date = zonedDate(timeZone, +iso[1], +iso[2], +iso[3]);
    if (date) return { value: date };
  }
  const dm = DAY_MONTH.exec(t);
  if (dm) {
    const year = new Date(Date.now() + zoneOffsetAt(Date.now(), timeZone)).getUTCFullYear();
    const date = zonedDate(timeZone, year, +dm[2], +dm[1]);
    if (date) return { value: date };
  }
  return { value: text };
}

/** Stored form of a written value: strings are parsed as typed unless the cell's format is '@'. */
export function storeValue(v: unknown, numberFormat: string | undefined, timeZone = 'Europe/Moscow'): Stored {
  if (v === null || v === undefined) return { value: '' };
  if (isDate(v)) return { value: new Date(v.getTime()) };
  if (typeof v !== 'string' || numberFormat === '@' || v === '') return { value: v as CellValue };
  return typed(v, timeZone);
}

export function readValue(v: CellValue | undefined): CellValue {
  if (v === undefined) return '';
  return isDate(v) ? new Date(v.getTime()) : v;
}

export function displayValue(v: CellValue | undefined): string {
  if (v === undefined || v === '') return '';
  if (isDate(v)) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(v.getDate())}.${p(v.getMonth() + 1)}.${v.getFullYear()} ${p(v.getHours())}:${p(v.getMinutes())}:${p(v.getSeconds())}`;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
