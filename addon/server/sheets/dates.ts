// Apps Script hands out a date cell as the instant of midnight in the spreadsheet's time zone
// (01.09.2024 in Moscow = 2024-08-31T21:00Z). The shared code reads calendar dates in UTC, as file
// readers give them. The add-on therefore reads dates as "wall clock in UTC" and converts back
// before writing, so a date the curator typed round-trips unchanged.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Milliseconds the zone's wall clock is ahead of UTC at instant `t`. */
function offsetAt(t: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(t))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(t / 1000) * 1000;
}

export function toWallClock(value: Date, timeZone: string): Date {
  return new Date(value.getTime() + offsetAt(value.getTime(), timeZone));
}

export function fromWallClock(value: Date, timeZone: string): Date {
  const wall = value.getTime();
  const first = wall - offsetAt(wall, timeZone);
  const offset = offsetAt(first, timeZone);
  return new Date(wall - offset);
}

/** Replaces every Date of a grid read from a sheet by its wall-clock-as-UTC twin. */
export function gridToWallClock(grid: unknown[][], timeZone: string): unknown[][] {
  return grid.map((row) => row.map((v) => (isDate(v) ? toWallClock(v, timeZone) : v)));
}

export function rowsFromWallClock(rows: unknown[][], timeZone: string): unknown[][] {
  return rows.map((row) => row.map((v) => (isDate(v) ? fromWallClock(v, timeZone) : v)));
}
