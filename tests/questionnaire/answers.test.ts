// One Forms response → registry cells, and merging answers into a registry.
import { describe, expect, it } from 'vitest';
import {
  mergeAnswers,
  newResponseRows,
  planImport,
  readAnswer,
  readLists,
  suggestMapping,
  NOTHING_IMPORTED,
} from '../../shared/questionnaire';
import { TableModel } from '../../shared/tables';
import { headersOf, menteeSheet, mentorSheet } from '../../shared/workspace';

const mentorHeaders = [
  'Отметка времени',
  'ФИО',
  'Кто вы',
  'В каких формах наставничества вы готовы участвовать',
  'В какие дни вам удобно встречаться',
  'Формат встреч',
  'Сколько наставляемых вы готовы взять',
  'Согласие на обработку персональных данных',
  'Чем вы можете помочь наставляемому',
];
const mentorMapping = suggestMapping(mentorHeaders, 'mentors');

describe('readAnswer', () => {
  it('turns closed answers into the catalogue’s spellings and numbers into numbers', () => {
    const cells = [
      new Date(),
      '  Соколов   Пётр Ильич ',
      'Учитель',
      'педагог – педагог, Учитель – ученик',
      'Понедельник, Среда',
      'Онлайн',
      '2',
      'Да',
      'Проектная деятельность, Подготовка к ЕГЭ',
    ];
    const a = readAnswer('mentors', cells, mentorHeaders, mentorMapping, 5);
    expect(a).toEqual({
      row: 5,
      fullName: 'Соколов Пётр Ильич',
      values: {
        fullName: 'Соколов Пётр Ильич',
        category: 'Педагог',
        forms: 'учитель – учитель; учитель – ученик',
        days: 'пн; ср',
        format: 'дистанционно',
        capacity: 2,
        consent: 'да',
        competencies: 'Проектная деятельность; Подготовка к ЕГЭ',
      },
      warnings: [],
    });
  });

  it('keeps what it cannot recognise as typed and says where', () => {
    const cells = [new Date(), 'Лебедева Ольга', 'Волшебник', 'кружок – ученик', '', '', 'много', '', ''];
    const a = readAnswer('mentors', cells, mentorHeaders, mentorMapping, 7);
    expect(a.values).toMatchObject({ category: 'Волшебник', forms: 'кружок – ученик', capacity: 'много' });
    expect(a.warnings).toEqual([
      '«Кто вы»: «Волшебник» — нет такого варианта для столбца «Категория»; проверьте ячейку',
      '«В каких формах наставничества вы готовы участвовать»: «кружок – ученик» — нет такого варианта для столбца «Формы наставничества»; проверьте ячейку',
      '«Сколько наставляемых вы готовы взять»: «много» — ожидалось число',
    ]);
  });

  it('joins name parts asked as separate questions', () => {
    const headers = ['Фамилия', 'Имя', 'Отчество'];
    const a = readAnswer('mentees', ['Ким', 'Даниил', 'Сергеевич'], headers, ['fullName', 'fullName', 'fullName'], 2);
    expect(a.fullName).toBe('Ким Даниил Сергеевич');
  });
});

function menteeModel(rows: string[][]) {
  const headers = [...headersOf(menteeSheet), 'Заметки куратора'];
  const grid = [
    headers,
    ...rows.map((r) =>
      headers.map((h) => r[headersOf(menteeSheet).indexOf(h)] ?? (h === 'Заметки куратора' ? 'своё' : '')),
    ),
  ];
  return TableModel.fromGrid(grid, menteeSheet) as TableModel<string>;
}

function menteeRow(values: Record<string, string>): string[] {
  return headersOf(menteeSheet).map((h) => values[h] ?? '');
}

describe('mergeAnswers', () => {
  it('updates the same person (normalised ФИО) instead of adding a duplicate, keeping ID, status and the curator’s columns', () => {
    const model = menteeModel([
      menteeRow({ ID: 'У007', ФИО: 'Фёдорова Алина', 'Класс/курс': '7Б', Статус: 'в паре', Интересы: 'шахматы' }),
    ]);
    const summary = mergeAnswers('mentees', model, [
      {
        row: 3,
        fullName: 'федорова  алина',
        values: { fullName: 'федорова  алина', interests: 'шахматы; театр', consent: 'да' },
        warnings: [],
      },
    ]);
    expect(summary.updated).toEqual([{ answerRow: 3, id: 'У007', fullName: 'Фёдорова Алина' }]);
    expect(summary.added).toEqual([]);
    const row = model.rows[0];
    expect(model.text(row, 'id')).toBe('У007');
    expect(model.text(row, 'status')).toBe('в паре');
    expect(model.text(row, 'interests')).toBe('шахматы; театр');
    expect(row.cells.at(-1)).toBe('своё');
  });

  it('adds new people with the next free ID and the default status, and flags missing consent', () => {
    const model = menteeModel([menteeRow({ ID: 'У009', ФИО: 'Ким Даниил' })]);
    const summary = mergeAnswers('mentees', model, [
      { row: 2, fullName: 'Белова Зоя', values: { fullName: 'Белова Зоя', consent: 'нет' }, warnings: [] },
      { row: 3, fullName: 'Гусев Марк', values: { fullName: 'Гусев Марк', consent: 'да' }, warnings: [] },
      { row: 4, fullName: '', values: {}, warnings: [] },
    ]);
    expect(summary.added.map((p) => p.id)).toEqual(['У010', 'У011']);
    expect(model.rows.map((r) => model.text(r, 'status'))).toEqual(['', 'ожидает', 'ожидает']);
    expect(summary.noConsent.map((p) => p.fullName)).toEqual(['Белова Зоя']);
    expect(summary.skipped).toEqual([{ answerRow: 4, fullName: '', reason: 'не указаны фамилия, имя, отчество' }]);
  });

  it('recognises the same new person answering twice in one import', () => {
    const model = menteeModel([]);
    const summary = mergeAnswers('mentees', model, [
      { row: 2, fullName: 'Ким Даниил', values: { fullName: 'Ким Даниил', interests: 'шахматы' }, warnings: [] },
      { row: 3, fullName: 'КИМ Даниил', values: { fullName: 'КИМ Даниил', interests: 'театр' }, warnings: [] },
    ]);
    expect(summary.added.map((p) => p.id)).toEqual(['У001']);
    expect(summary.updated.map((p) => p.answerRow)).toEqual([3]);
    expect(model.rows.map((r) => [model.text(r, 'fullName'), model.text(r, 'interests')])).toEqual([
      ['Ким Даниил', 'театр'],
    ]);
  });

  it('adds a namesake from another class separately and asks the curator to check', () => {
    const model = menteeModel([menteeRow({ ID: 'У001', ФИО: 'Петров Иван', 'Класс/курс': '5А' })]);
    const summary = mergeAnswers('mentees', model, [
      { row: 2, fullName: 'Петров Иван', values: { fullName: 'Петров Иван', grade: '9В' }, warnings: [] },
    ]);
    expect(summary.added.map((p) => p.id)).toEqual(['У002']);
    expect(summary.warnings[0].message).toMatch(/уже есть Петров Иван из другого класса или курса \(У001\)/);
  });

  it('skips an answer it cannot attribute to one of several namesakes', () => {
    const model = menteeModel([
      menteeRow({ ID: 'У001', ФИО: 'Петров Иван' }),
      menteeRow({ ID: 'У002', ФИО: 'Петров Иван' }),
    ]);
    const summary = mergeAnswers('mentees', model, [
      { row: 2, fullName: 'Петров Иван', values: { fullName: 'Петров Иван' }, warnings: [] },
    ]);
    expect(summary.skipped[0].reason).toMatch(/несколько человек с таким ФИО \(строки 2, 3\)/);
    expect(model.rows).toHaveLength(2);
  });
});

describe('newResponseRows', () => {
  const t = (minute: number) => new Date(Date.UTC(2024, 8, 2, 10, minute));
  const grid = [
    ['Отметка времени', 'ФИО'],
    [t(1), 'А'],
    [t(2), 'Б'],
    ['', ''],
    [t(2), 'В'],
  ];

  it('takes every row first, then only rows stamped later (or the same second, further down)', () => {
    const first = newResponseRows(grid, NOTHING_IMPORTED);
    expect(first.rows).toEqual([1, 2, 4]);
    expect(first.next).toEqual({ lastTimestamp: t(2).getTime(), lastRow: 5 });
    const grown = [...grid, [t(2), 'Г'], [t(5), 'Д']];
    expect(newResponseRows(grown, first.next).rows).toEqual([5, 6]);
    // An edited answer gets a new stamp and is taken again.
    const edited = grid.map((r, i) => (i === 1 ? [t(9), 'А'] : r));
    expect(newResponseRows(edited, first.next).rows).toEqual([1]);
  });

  it('falls back to row numbers when the sheet has no timestamps', () => {
    const plain = [['ФИО'], ['А'], ['Б']];
    expect(newResponseRows(plain, { lastTimestamp: null, lastRow: 2 }).rows).toEqual([2]);
  });
});

describe('planImport', () => {
  it('refuses a mapping without ФИО', () => {
    expect(() =>
      planImport({
        registry: 'mentors',
        responses: [['ФИО']],
        mapping: [null],
        registryGrid: [headersOf(mentorSheet)],
        mark: NOTHING_IMPORTED,
      }),
    ).toThrow(/ФИО/);
  });
});

describe('readLists', () => {
  it('reads the curator’s lists and refuses items with commas (Forms joins answers with commas)', () => {
    const { lists, problems } = readLists([
      ['Темы: запросы и компетенции', 'Интересы'],
      ['Робототехника', 'Шахматы'],
      ['Физика, химия', ''],
      ['робототехника', ''],
    ]);
    expect(lists).toEqual({ topics: ['Робототехника'], interests: ['Шахматы'] });
    expect(problems.map((p) => `${p.row}${p.column}`)).toEqual(['3A']);
  });
});
