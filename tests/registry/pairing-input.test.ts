import { describe, expect, it } from 'vitest';
import { readPairingInput, readSettings } from '../../shared/registry';
import { headersOf, menteeSheet, mentorSheet, pairSheet, SETTINGS, settingsSheet } from '../../shared/workspace';

const mentors = [
  ['ID', 'ФИО', 'Формы наставничества', 'Согласие на обработку ПДн', 'Макс. наставляемых'],
  ['Н001', 'Ларионова Вера', 'учитель – ученик', 'да', 2],
  ['Н002', 'Зуев Артём', 'ученик – ученик', 'да', 1],
];
const mentees = [
  ['ID', 'ФИО', 'Форма наставничества', 'Согласие на обработку ПДн'],
  ['У001', 'Котов Иван', 'учитель – ученик', 'да'],
  ['У002', 'Белова Анна', 'ученик – ученик', 'да'],
  ['У003', 'Орлов Кирилл', 'учитель – ученик', 'да'],
];

describe('readPairingInput', () => {
  it('pins confirmed pairs only, with the registry’s spelling of IDs', () => {
    const pairs = [
      headersOf(pairSheet),
      ['П-1', 'учитель – ученик', 'н001', '', 'у001', '', 80, '', 'Утверждена', '', ''],
      ['П-2', '', 'Н002', '', 'У002', '', 70, '', 'предложена', '', ''],
      ['П-3', '', 'Н001', '', 'У003', '', 60, '', 'завершена', '', ''],
    ];
    const input = readPairingInput({ mentors, mentees, pairs });
    expect(input.problems).toEqual([]);
    expect(input.options.pinned).toEqual([{ mentorId: 'Н001', menteeId: 'У001' }]);
    expect(input.pairRecords.map((record) => record.status)).toEqual(['утверждена', 'предложена', 'завершена']);
  });

  it('reports unknown IDs and a mentee in two confirmed pairs with their cells', () => {
    const pairs = [
      ['Наставник ID', 'Наставляемый ID', 'Статус'],
      ['Н009', 'У001', 'утверждена'],
      ['Н001', 'У003', 'утверждена'],
      ['Н002', 'У003', 'утверждена'],
      ['Н001', '', 'утверждена'],
      ['Н001', 'У002', 'подписана'],
    ];
    const doNotPair = [
      ['Наставник ID', 'Наставляемый ID', 'Причина'],
      ['Н001', 'У001', 'родственники'],
      ['Н001', 'У404', ''],
    ];
    const input = readPairingInput({ mentors, mentees, pairs, doNotPair });
    expect(input.problems.map((p) => [p.sheet, p.row, p.column, p.header, p.value, p.code])).toEqual([
      // Whoever a confirmed pair that cannot be read may bind sits this run out, so it cannot be broken.
      ['Наставляемые', 2, '', '', 'У001', 'left-out'],
      ['Наставляемые', 3, '', '', 'У002', 'left-out'],
      ['Пары', 2, 'A', 'Наставник ID', 'Н009', 'unknown-reference'],
      ['Пары', 4, 'B', 'Наставляемый ID', 'У003', 'duplicate-id'],
      ['Пары', 5, 'B', 'Наставляемый ID', '', 'required'],
      ['Пары', 6, 'C', 'Статус', 'подписана', 'unknown-value'],
      ['Не объединять', 3, 'B', 'Наставляемый ID', 'У404', 'unknown-reference'],
    ]);
    expect(input.options.doNotPair).toEqual([{ mentorId: 'Н001', menteeId: 'У001' }]);
    expect(input.mentees.map((mentee) => mentee.id)).toEqual(['У003']);
    expect(input.leftOut).toEqual({ mentors: 0, mentees: 2 });
    // Н001's place in the pair of row 5 (mentee ID empty) stays taken: 2 − 1.
    expect(input.mentors.find((mentor) => mentor.id === 'Н001')?.capacity).toBe(1);
  });

  it('a mentor row with problems: its confirmed pair keeps the mentee out of the run, «Не объединять» with it is harmless', () => {
    const badMentors = [...mentors, ['Н003', 'Третий', 'учитель – ученик', 'да', 'два']];
    const pairs = [
      ['Наставник ID', 'Наставляемый ID', 'Статус'],
      ['Н003', 'У003', 'утверждена'],
    ];
    const doNotPair = [
      ['Наставник ID', 'Наставляемый ID', 'Причина'],
      ['Н003', 'У001', ''],
    ];
    const input = readPairingInput({ mentors: badMentors, mentees, pairs, doNotPair });
    expect(input.mentors.map((mentor) => mentor.id)).toEqual(['Н001', 'Н002']);
    expect(input.mentees.map((mentee) => mentee.id)).toEqual(['У001', 'У002']);
    expect(input.leftOut).toEqual({ mentors: 1, mentees: 1 });
    expect(input.problems.find((p) => p.sheet === 'Пары')?.message).toBe(
      'строка этого ID на листе «Наставники» с ошибками и не учтена',
    );
  });

  it('turns settings into pairing options', () => {
    const settings = [
      headersOf(settingsSheet),
      ['Минимальная совместимость', 40, ''],
      ['вес: общие интересы', '0', ''],
      ['Вес: запросы и компетенции', '2,5', ''],
      ['Моя строка', 'что угодно', ''],
    ];
    const input = readPairingInput({ mentors, mentees, settings });
    expect(input.problems).toEqual([]);
    expect(input.options).toEqual({
      weights: { interests: 0, requests: 2.5 },
      minScore: 40,
      doNotPair: [],
      pinned: [],
    });
  });

  it('labels problems with the given sheet names', () => {
    const input = readPairingInput(
      { mentors: [headersOf(mentorSheet)], mentees: [headersOf(menteeSheet)] },
      { mentors: 'Наставники (m.csv)', mentees: 'Наставляемые (e.csv)' },
    );
    expect(input.problems.map((p) => p.sheet)).toEqual(['Наставники (m.csv)', 'Наставляемые (e.csv)']);
  });
});

describe('readSettings', () => {
  it('reads the sheet init writes', () => {
    const grid = [headersOf(settingsSheet), ...(settingsSheet.initialRows ?? []).map((row) => [...row])];
    const { settings, problems } = readSettings(grid);
    expect(problems).toEqual([]);
    expect(settings.directorPosition).toBe('Директор');
    expect(Object.keys(settings.weights).sort()).toEqual([
      'days',
      'distance',
      'format',
      'interests',
      'preference',
      'requests',
    ]);
    expect(SETTINGS.filter((setting) => setting.kind === 'weight')).toHaveLength(6);
  });

  it('reports an order date that is no day of the calendar, as orders would print it', () => {
    const grid = [
      headersOf(settingsSheet),
      ['Приказ о закреплении пар: дата', '31.02.2025', ''],
      ['Приказ об утверждении реестра наставников: дата', '29.02.2024', ''],
    ];
    const { settings, problems } = readSettings(grid);
    expect(problems.map((p) => [p.row, p.column, p.code, p.message])).toEqual([
      [2, 'B', 'bad-date', 'параметр «Приказ о закреплении пар: дата»: нет такой даты: 31.02.2025'],
    ]);
    expect(settings).toEqual({ registryOrderDate: '29.02.2024', weights: {} });
  });

  it('reports bad values in column B of their row', () => {
    const grid = [
      headersOf(settingsSheet),
      ['Наименование организации', 'МБОУ «СОШ № 7»', ''],
      ['Минимальная совместимость', 150, ''],
      ['Вес: общие дни', 'много', ''],
      ['Приказ о закреплении пар: дата', '1 сентября', ''],
      ['Приказ о закреплении пар: номер', '12-од', ''],
      ['Приказ об утверждении реестра наставников: дата', new Date(Date.UTC(2024, 8, 2)), ''],
      ['минимальная  совместимость', 10, ''],
    ];
    const { settings, problems } = readSettings(grid);
    expect(problems.map((p) => [p.row, p.column, p.value, p.code])).toEqual([
      [3, 'B', '150', 'out-of-range'],
      [4, 'B', 'много', 'not-number'],
      [5, 'B', '1 сентября', 'bad-date'],
      [8, 'A', 'минимальная совместимость', 'duplicate-parameter'],
    ]);
    expect(settings).toEqual({
      organizationName: 'МБОУ «СОШ № 7»',
      pairOrderNumber: '12-од',
      registryOrderDate: '02.09.2024',
      weights: {},
    });
  });
});
