// Writing back only what changed, in the product's own columns, and dates that round-trip
// between Apps Script instants and the shared code's calendar dates.
import { describe, expect, it } from 'vitest';
import { alignedGrid, changedBlocks } from '../../addon/server/sheets/changes';
import { fromWallClock, gridToWallClock, toWallClock } from '../../addon/server/sheets/dates';
import { cellText } from '../../shared/tables';

describe('changedBlocks', () => {
  const before = [
    ['ID', 'ФИО', 'Заметка', 'Статус'],
    ['У1', 'А', '=СУММ(1)', 'ожидает'],
    ['У2', 'Б', 'x', 'ожидает'],
    ['У3', 'В', 'y', 'ожидает'],
  ];
  const own = new Set([0, 1, 3]);

  it('writes nothing when nothing changed', () => {
    expect(
      changedBlocks(
        before,
        before.map((r) => [...r]),
        own,
      ),
    ).toEqual([]);
  });

  it('spans only the changed rows and columns', () => {
    const after = before.map((r) => [...r]);
    after[2][3] = 'в паре';
    after[3][3] = 'в паре';
    expect(changedBlocks(before, after, own)).toEqual([{ row: 2, column: 3, values: [['в паре'], ['в паре']] }]);
  });

  it('splits around the curator’s column and never writes it, even when it differs', () => {
    const after = before.map((r) => [...r]);
    after[1][0] = 'У01';
    after[1][2] = 'значение вместо формулы';
    after[1][3] = 'в паре';
    expect(changedBlocks(before, after, own)).toEqual([
      { row: 1, column: 0, values: [['У01', 'А']] },
      { row: 1, column: 3, values: [['в паре']] },
    ]);
  });

  it('treats equal dates and empty values as unchanged and appends new rows', () => {
    const d = () => new Date(Date.UTC(2024, 8, 1));
    const withDate = [
      ['Дата', 'Имя'],
      [d(), null],
    ];
    expect(
      changedBlocks(
        withDate,
        [
          ['Дата', 'Имя'],
          [d(), ''],
        ],
        new Set([0, 1]),
      ),
    ).toEqual([]);
    const grown = [...withDate, ['', 'Новый']];
    expect(changedBlocks(withDate, grown, new Set([0, 1]))).toEqual([{ row: 2, column: 1, values: [['Новый']] }]);
  });
});

describe('alignedGrid', () => {
  it('keeps rows on their sheet rows (blank rows too) and puts new rows under the last used row', () => {
    const before = [['ID'], ['У1'], [''], ['У3']];
    const model = {
      headers: ['ID', 'Статус'],
      rows: [
        { sourceRow: 2, cells: ['У1', 'в паре'] },
        { sourceRow: 4, cells: ['У3', ''] },
        { sourceRow: null, cells: ['У4', 'ожидает'] },
      ],
    };
    expect(alignedGrid(before, model)).toEqual([
      ['ID', 'Статус'],
      ['У1', 'в паре'],
      [''],
      ['У3', ''],
      ['У4', 'ожидает'],
    ]);
  });
});

describe('dates', () => {
  it('reads a Moscow date cell as that calendar date and writes it back to the same instant', () => {
    const cell = new Date('2024-08-31T21:00:00Z'); // 01.09.2024 00:00 in Moscow, as Apps Script returns it
    const wall = toWallClock(cell, 'Europe/Moscow');
    expect(cellText(wall)).toBe('01.09.2024');
    expect(fromWallClock(wall, 'Europe/Moscow').getTime()).toBe(cell.getTime());
    const [[converted, text]] = gridToWallClock([[cell, 'текст']], 'Asia/Vladivostok');
    expect((converted as Date).toISOString()).toBe('2024-09-01T07:00:00.000Z');
    expect(text).toBe('текст');
  });
});
