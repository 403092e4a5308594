// Calendar days as `YYYY-MM-DD` strings. The domain never needs a time of day, and plain strings
// compare, serialise and cross google.script.run without time-zone surprises.

export type Day = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const RU_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * A day from `YYYY-MM-DD`, `ДД.ММ.ГГГГ` or a `Date`; `undefined` when it is not a real date.
 * A `Date` counts as the day a date cell stands for (`cellDay`: the day of its wall clock).
 */
export function toDay(value: unknown): Day | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const midnight = cellDay(value);
    return makeDay(midnight.getUTCFullYear(), midnight.getUTCMonth() + 1, midnight.getUTCDate());
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = ISO_DAY.exec(text);
  if (iso) return makeDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const ru = RU_DAY.exec(text);
  if (ru) return makeDay(Number(ru[3]), Number(ru[2]), Number(ru[1]));
  return undefined;
}

/** A `Date` at UTC midnight of the day, for writing into a sheet or a workbook. */
export function dayToDate(day: Day): Date {
  return new Date(dayNumber(day) * MS_PER_DAY);
}

/** `YYYY-MM-DD` for a valid calendar date, else `undefined` (31.02 is not a day). */
export function makeDay(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(day: Day, days: number): Day {
  const date = new Date((dayNumber(day) + days) * MS_PER_DAY);
  return makeDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) as Day;
}

/** Adds calendar months; the day of month is clamped (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const [year, month, date] = parts(day);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return makeDay(newYear, newMonth, Math.min(date, daysInMonth(newYear, newMonth))) as Day;
}

/** `ДД.ММ.ГГГГ`, the way Russian documents write dates. */
export function formatDayRu(day: Day): string {
  const [year, month, date] = parts(day);
  return `${pad(date, 2)}.${pad(month, 2)}.${pad(year, 4)}`;
}

function dayNumber(day: Day): number {
  const [year, month, date] = parts(day);
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

function parts(day: Day): [number, number, number] {
  const match = ISO_DAY.exec(day);
  if (!match || makeDay(Number(match[1]), Number(match[2]), Number(match[3])) === undefined) {
    throw new Error(`Некорректная дата «${day}»: ожидается ГГГГ-ММ-ДД`);
  }
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

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
