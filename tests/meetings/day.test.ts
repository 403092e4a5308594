import { describe, expect, it } from 'vitest';
import { toWallClock } from '../../addon/server/sheets/dates';
import { addDays, addMonths, dayToDate, daysBetween, formatDayRu, makeDay, toDay } from '../../shared/meetings';

describe('toDay', () => {
  it('reads ISO and Russian dates', () => {
    expect(toDay('2024-09-02')).toBe('2024-09-02');
    expect(toDay(' 2.9.2024 ')).toBe('2024-09-02');
    expect(toDay('29.02.2024')).toBe('2024-02-29');
  });

  it('rejects days that do not exist and other text', () => {
    expect(toDay('29.02.2023')).toBeUndefined();
    expect(toDay('2024-13-01')).toBeUndefined();
    expect(toDay('31.04.2024')).toBeUndefined();
    expect(toDay('вчера')).toBeUndefined();
    expect(toDay(45000)).toBeUndefined();
    expect(toDay(new Date(Number.NaN))).toBeUndefined();
  });

  it('reads a Date at UTC midnight (exceljs) as that day', () => {
    expect(toDay(new Date(Date.UTC(2024, 4, 10)))).toBe('2024-05-10');
  });

  it('reads local midnights of Russian zones (Apps Script) as the same day', () => {
    // Midnight of 10 May in Kaliningrad (UTC+2), Moscow (UTC+3), Vladivostok (UTC+10), Kamchatka
    // (UTC+12), as the add-on reads it: the wall clock of the sheet's zone.
    const zones: [string, number][] = [
      ['Europe/Kaliningrad', 2],
      ['Europe/Moscow', 3],
      ['Asia/Vladivostok', 10],
      ['Asia/Kamchatka', 12],
    ];
    for (const [zone, offset] of zones) {
      expect(toDay(toWallClock(new Date(Date.UTC(2024, 4, 10) - offset * 3_600_000), zone))).toBe('2024-05-10');
    }
    // And west of Greenwich (UTC−5).
    expect(toDay(toWallClock(new Date(Date.UTC(2024, 4, 10) + 5 * 3_600_000), 'America/Bogota'))).toBe('2024-05-10');
  });

  it('keeps the day of a meeting typed with a time of day', () => {
    expect(toDay(new Date(Date.UTC(2024, 8, 2, 18)))).toBe('2024-09-02');
    expect(toDay(new Date(Date.UTC(2024, 8, 2, 23, 59)))).toBe('2024-09-02');
  });
});

describe('day arithmetic', () => {
  it('counts days across months, leap days and years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-12-25', '2025-01-08')).toBe(14);
    expect(daysBetween('2024-05-10', '2024-05-03')).toBe(-7);
  });

  it('adds days and months', () => {
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-09-01', 9)).toBe('2025-06-01');
    expect(addMonths('2025-03-15', -6)).toBe('2024-09-15');
  });

  it('formats and converts', () => {
    expect(formatDayRu('2025-01-07')).toBe('07.01.2025');
    expect(dayToDate('2025-01-07').toISOString()).toBe('2025-01-07T00:00:00.000Z');
    expect(makeDay(2025, 2, 29)).toBeUndefined();
    expect(() => daysBetween('07.01.2025', '2025-01-08')).toThrow(/ГГГГ-ММ-ДД/);
  });
});
