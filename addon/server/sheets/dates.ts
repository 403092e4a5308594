// Apps Script hands out a date cell as the instant of midnight in the spreadsheet's time zone
// (01.09.2024 in Moscow = 2024-08-31T21:00Z). The shared code reads calendar dates in UTC, as file
// readers give them. The add-on therefore reads dates as "wall clock in UTC" and converts back
// before writing, so a date the curator typed round-trips unchanged.
import { zoneOffsetAt } from '../../../shared/core';

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function toWallClock(value: Date, timeZone: string): Date {
  return new Date(value.getTime() + zoneOffsetAt(value.getTime(), timeZone));
}

export function fromWallClock(value: Date, timeZone: string): Date {
  const wall = value.getTime();
  const first = wall - zoneOffsetAt(wall, timeZone);
  const offset = zoneOffsetAt(first, timeZone);
  return new Date(wall - offset);
}

/** Replaces every Date of a grid read from a sheet by its wall-clock-as-UTC twin. */
export function gridToWallClock(grid: unknown[][], timeZone: string): unknown[][] {
  return grid.map((row) => row.map((v) => (isDate(v) ? toWallClock(v, timeZone) : v)));
}

export function rowsFromWallClock(rows: unknown[][], timeZone: string): unknown[][] {
  return rows.map((row) => row.map((v) => (isDate(v) ? fromWallClock(v, timeZone) : v)));
}
