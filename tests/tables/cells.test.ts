import { describe, expect, it } from 'vitest';
import { cellText, columnLetter, formatProblem, parseGrade, parseGradeRange, parseInteger, parseNumber, splitList } from '../../shared/tables';

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
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
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
      formatProblem({ code: 'missing-column', sheet: 'Пары', row: 1, column: '', header: 'Статус', value: '', message: 'нет столбца' }),
    ).toBe('Лист «Пары», строка 1, столбец «Статус»: нет столбца');
  });
});
