import { describe, expect, it } from 'vitest';
import {
  cellDay,
  cellText,
  columnLetter,
  formatDate,
  formatProblem,
  parseGrade,
  parseGradeRange,
  parseInteger,
  parseNumber,
  splitList,
} from '../../shared/tables';
import { readPairs, readSettings } from '../../shared/registry';
import { headersOf, pairSheet, settingsSheet } from '../../shared/workspace';
import { toWallClock } from '../../addon/server/sheets/dates';

describe('cell values', () => {
  it('turns every cell type into tidy text', () => {
    expect(cellText('  два   слова ')).toBe('два слова');
    expect(cellText(3)).toBe('3');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(true)).toBe('да');
    expect(cellText(false)).toBe('нет');
    expect(cellText(new Date(Date.UTC(2024, 8, 1)))).toBe('01.09.2024');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
  });

  it('reads a date cell as its calendar day in any sheet time zone', () => {
    // exceljs: the day at UTC midnight.
    expect(cellText(new Date('2024-09-01T00:00:00Z'))).toBe('01.09.2024');
    // Apps Script in a Moscow-time sheet: local midnight of 01.09.2024 is 21:00 UTC of the day
    // before; the add-on reads it as the wall clock of the sheet's zone.
    expect(cellText(toWallClock(new Date('2024-08-31T21:00:00Z'), 'Europe/Moscow'))).toBe('01.09.2024');
    // Vladivostok (UTC+10), Kamchatka (UTC+12) and a zone west of Greenwich (UTC−5).
    expect(cellText(toWallClock(new Date('2024-12-31T14:00:00Z'), 'Asia/Vladivostok'))).toBe('01.01.2025');
    expect(cellText(toWallClock(new Date('2025-02-28T12:00:00Z'), 'Asia/Kamchatka'))).toBe('01.03.2025');
    expect(cellText(toWallClock(new Date('2024-03-01T05:00:00Z'), 'America/New_York'))).toBe('01.03.2024');
    expect(formatDate(toWallClock(new Date('2024-02-28T21:00:00Z'), 'Europe/Moscow'))).toBe('29.02.2024');
    expect(cellDay(toWallClock(new Date('2024-08-31T21:00:00Z'), 'Europe/Moscow')).toISOString()).toBe(
      '2024-09-01T00:00:00.000Z',
    );
    expect(cellText(new Date(Number.NaN))).toBe('');
  });

  it('keeps the calendar day of a date cell with a time of day', () => {
    // Wall clocks (exceljs, or the add-on's reading of any zone): the time never moves the day.
    expect(cellText(new Date('2024-09-02T18:00:00Z'))).toBe('02.09.2024');
    expect(cellText(new Date('2024-09-02T23:59:00Z'))).toBe('02.09.2024');
    expect(cellText(new Date('2024-09-02T00:00:00Z'))).toBe('02.09.2024');
    expect(cellDay(new Date('2024-09-02T12:00:00Z')).toISOString()).toBe('2024-09-02T00:00:00.000Z');
  });

  it('splits lists on ; , and line breaks, dropping empties and repeats', () => {
    expect(splitList('математика; физика,  химия')).toEqual(['математика', 'физика', 'химия']);
    expect(splitList('шахматы;;\nпоходы ;Шахматы')).toEqual(['шахматы', 'походы']);
    expect(splitList('')).toEqual([]);
    expect(splitList(5)).toEqual(['5']);
  });
});

describe('numbers', () => {
  it('reads whole and decimal numbers, rejecting words', () => {
    expect(parseInteger('2')).toBe(2);
    expect(parseInteger(' 12 ')).toBe(12);
    expect(parseInteger(3)).toBe(3);
    expect(parseInteger('два')).toBeUndefined();
    expect(parseInteger('2,5')).toBeUndefined();
    expect(parseInteger(2.5)).toBeUndefined();
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('0.5')).toBe(0.5);
    expect(parseNumber('5 лет')).toBeUndefined();
  });

  it.each([
    ['9Б', 9],
    ['9 «Б»', 9],
    ['10-А', 10],
    ['11', 11],
    ['2 курс', 2],
    ['2-й курс', 2],
    ['1 к.', 1],
    [7, 7],
  ] as const)('reads the grade of %s', (text, grade) => {
    expect(parseGrade(text)).toBe(grade);
  });

  it.each(['5-7', 'девятый', '12', '0', '9 10', 9.5])('rejects %s as a grade', (text) => {
    expect(parseGrade(text)).toBeUndefined();
  });

  it.each([
    ['5-7', { min: 5, max: 7 }],
    ['5 – 7 классы', { min: 5, max: 7 }],
    ['5—7', { min: 5, max: 7 }],
    ['1-2 курс', { min: 1, max: 2 }],
    ['8', { min: 8, max: 8 }],
    [8, { min: 8, max: 8 }],
    ['5, 6, 7', { min: 5, max: 7 }],
  ] as const)('reads the range %s', (text, range) => {
    expect(parseGradeRange(text)).toEqual(range);
  });

  it.each(['7-5', '5, 7', '5-13', 'с пятого', '0-3'])('rejects %s as a range', (text) => {
    expect(parseGradeRange(text)).toBeUndefined();
  });
});

describe('problems', () => {
  it('letters columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('formats a problem as one Russian line with sheet, row, column and value', () => {
    expect(
      formatProblem({
        code: 'not-integer',
        sheet: 'Наставники',
        row: 4,
        column: 'O',
        header: 'Макс. наставляемых',
        value: 'два',
        message: 'нужно целое число не меньше 1',
      }),
    ).toBe('Лист «Наставники», строка 4, столбец O «Макс. наставляемых»: «два» — нужно целое число не меньше 1');
    expect(
      formatProblem({
        code: 'missing-column',
        sheet: 'Пары',
        row: 1,
        column: '',
        header: 'Статус',
        value: '',
        message: 'нет столбца',
      }),
    ).toBe('Лист «Пары», строка 1, столбец «Статус»: нет столбца');
  });
});

describe('date cells read by the registries', () => {
  // As the add-on hands them over: Apps Script's Moscow midnight, read as the sheet's wall clock.
  const moscowMidnight = (iso: string) =>
    toWallClock(new Date(new Date(`${iso}T00:00:00Z`).getTime() - 3 * 3_600_000), 'Europe/Moscow');

  it('keeps the day of a settings date and of a pair’s start date written in a Moscow-time sheet', () => {
    const settings = readSettings([
      headersOf(settingsSheet),
      ['Приказ о закреплении пар: дата', moscowMidnight('2024-09-02'), ''],
    ]);
    expect(settings.problems).toEqual([]);
    expect(settings.settings.pairOrderDate).toBe('02.09.2024');
    const header = headersOf(pairSheet);
    const row = header.map(
      (h) =>
        ({
          'ID пары': 'П1',
          'Наставник ID': 'Н1',
          'Наставляемый ID': 'У1',
          Статус: 'утверждена',
          'Дата начала': moscowMidnight('2024-10-01'),
        })[h] ?? '',
    );
    const pairs = readPairs([header, row]);
    expect(pairs.problems).toEqual([]);
    expect(pairs.records[0].startDate).toBe('01.10.2024');
  });
});
