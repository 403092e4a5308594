import { describe, expect, it } from 'vitest';
import { matchHeaders, readTable } from '../../shared/tables';
import { menteeSheet, mentorSheet, type SheetSpec } from '../../shared/workspace';

describe('matchHeaders', () => {
  it('finds columns whatever the case, extra spaces, ё/е, dashes and order', () => {
    const row = [
      '  фио',
      'id',
      'СОГЛАСИЕ НА ОБРАБОТКУ ПДН',
      'Формы   наставничества',
      'Макс.наставляемых',
      'Классы / курсы наставляемых',
      'Стаж ,лет',
      'E-mail',
    ];
    const { columns, problems } = matchHeaders(row, mentorSheet, 'Наставники');
    expect(problems).toEqual([]);
    expect(columns).toMatchObject({
      fullName: 0,
      id: 1,
      consent: 2,
      forms: 3,
      capacity: 4,
      menteeGrades: 5,
      experienceYears: 6,
      email: 7,
    });
  });

  it('treats ё and е and every dash alike in headers', () => {
    const sheet: SheetSpec<'partner' | 'more'> = {
      name: 'Пример',
      frozenRows: 1,
      columns: [
        { key: 'partner', header: 'Социальный партнёр – ученик', width: 10 },
        { key: 'more', header: 'Ещё один-столбец', width: 10 },
      ],
    };
    const { columns, problems } = matchHeaders(['ЕЩЕ ОДИН — СТОЛБЕЦ', 'социальный партнер-ученик'], sheet, 'Пример');
    expect(problems).toEqual([]);
    expect(columns).toEqual({ more: 0, partner: 1 });
  });

  it('reports each missing required column at row 1 with its header', () => {
    const { problems } = matchHeaders(['ID', 'ФИО', 'Комментарий'], mentorSheet, 'Наставники');
    expect(problems.map((problem) => [problem.code, problem.row, problem.column, problem.header])).toEqual([
      ['missing-column', 1, '', 'Формы наставничества'],
      ['missing-column', 1, '', 'Согласие на обработку ПДн'],
    ]);
  });

  it('reports a repeated column at its letter and keeps the first', () => {
    const { columns, problems } = matchHeaders(
      ['ID', 'ФИО', 'Форма наставничества', 'Согласие на обработку ПДн', 'фио'],
      menteeSheet,
      'Наставляемые',
    );
    expect(columns.fullName).toBe(1);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'duplicate-column', row: 1, column: 'E', header: 'фио' }),
    ]);
  });
});

describe('readTable', () => {
  const header = ['ID', 'ФИО', 'Форма наставничества', 'Согласие на обработку ПДн', 'Заметка куратора'];

  it('keeps sheet row numbers, skipping empty rows and rows with only the curator’s own columns', () => {
    const grid = [
      header,
      ['У1', 'А', 'ученик – ученик', 'да', ''],
      [],
      ['', null, '', '', 'просто заметка'],
      ['У2', 'Б', '', '', ''],
    ];
    const { table, problems } = readTable(grid, menteeSheet);
    expect(problems).toEqual([]);
    expect(table.rows.map((row) => row.rowNumber)).toEqual([2, 5]);
    expect(table.rows[0].cells).toEqual(grid[1]);
  });

  it('reports an empty sheet and a header row without data', () => {
    expect(readTable([], menteeSheet).problems).toEqual([
      expect.objectContaining({ code: 'empty-sheet', row: 1, sheet: 'Наставляемые' }),
    ]);
    expect(readTable([['', null]], menteeSheet).problems[0].code).toBe('empty-sheet');
    expect(readTable([header], menteeSheet, { requireRows: true }).problems).toEqual([
      expect.objectContaining({ code: 'no-rows', row: 2 }),
    ]);
    expect(readTable([header], menteeSheet).problems).toEqual([]);
  });

  it('names the sheet as asked (CSV files stand for a sheet)', () => {
    const { problems } = readTable([['ID']], menteeSheet, { sheet: 'Наставляемые (e.csv)' });
    expect(new Set(problems.map((problem) => problem.sheet))).toEqual(new Set(['Наставляемые (e.csv)']));
  });
});
