import { describe, expect, it } from 'vitest';
import { pairSheetRows, readMentees, readMentors, writePairs, type PairProposal } from '../../shared/registry';

const { mentors } = readMentors([
  ['ID', 'ФИО', 'Формы наставничества', 'Согласие на обработку ПДн', 'Макс. наставляемых'],
  ['Н001', 'Ларионова Вера', 'учитель – ученик; учитель – учитель', 'да', 5],
  ['Н002', 'Зуев Артём', 'ученик – ученик', 'да', 3],
]);
const { mentees } = readMentees([
  ['ID', 'ФИО', 'Форма наставничества', 'Согласие на обработку ПДн'],
  ['У001', 'Котов Иван', 'учитель – ученик', 'да'],
  ['У002', 'Белова Анна', 'ученик – ученик', 'да'],
  ['У003', 'Орлов Кирилл', 'учитель – ученик', 'да'],
  ['У004', 'Лебедева Полина', 'учитель – учитель', 'да'],
  ['У005', 'Громова Алина', 'ученик – ученик', 'да'],
]);
const people = { mentors, mentees };

const HEADER = [
  'ID пары',
  'Форма',
  'Наставник ID',
  'Наставник',
  'Наставляемый ID',
  'Наставляемый',
  'Совместимость',
  'Почему подобраны',
  'Статус',
  'Дата начала',
  'Приказ',
  'Комментарий',
];
const started = new Date(Date.UTC(2024, 8, 1));

function pair(
  mentorId: string,
  menteeId: string,
  form: PairProposal['form'],
  score: number,
  pinned = false,
): PairProposal {
  return { mentorId, menteeId, form, score, reasons: [`причина ${menteeId}`, 'общие дни: пн'], pinned };
}

describe('writePairs', () => {
  const grid = [
    HEADER,
    [
      'Г-1',
      'учитель – ученик',
      'Н001',
      'Ларионова Вера',
      'У001',
      'Котов Иван',
      80,
      'старое',
      'утверждена',
      started,
      '12-од',
      'давно вместе',
    ],
    ['П-Н002-УУ', 'ученик – ученик', 'Н002', 'Зуев Артём', 'У009', 'Выбывший', 50, '', 'завершена', '', '', 'итог'],
    [
      'П-Н001-ПП',
      'учитель – учитель',
      'Н001',
      'Ларионова Вера',
      'У004',
      'Лебедева Полина',
      40,
      'было',
      'предложена',
      '',
      '',
      'позвонить',
    ],
    [
      'П-Н002-УУ-2',
      'ученик – ученик',
      'Н002',
      'Зуев Артём',
      'У005',
      'Громова Алина',
      30,
      'было',
      'предложена',
      '',
      '',
      'устарело',
    ],
  ];
  const result = [
    pair('Н001', 'У001', 'teacher-student', 85, true),
    pair('Н002', 'У002', 'student-student', 70),
    pair('Н001', 'У003', 'teacher-student', 60),
    pair('Н001', 'У004', 'teacher-teacher', 55),
  ];

  it('replaces proposals, keeps every other row and the curator’s column, and groups by mentor and form', () => {
    const { model } = writePairs(grid, result, people);
    const reasons = (id: string) => `причина ${id}; общие дни: пн`;
    expect(model.toGrid()).toEqual([
      HEADER,
      [
        'Г-1',
        'учитель – ученик',
        'Н001',
        'Ларионова Вера',
        'У001',
        'Котов Иван',
        80,
        'старое',
        'утверждена',
        started,
        '12-од',
        'давно вместе',
      ],
      ['П-Н002-УУ', 'ученик – ученик', 'Н002', 'Зуев Артём', 'У009', 'Выбывший', 50, '', 'завершена', '', '', 'итог'],
      [
        'П-Н001-ПП',
        'учитель – учитель',
        'Н001',
        'Ларионова Вера',
        'У004',
        'Лебедева Полина',
        55,
        reasons('У004'),
        'предложена',
        '',
        '',
        'позвонить',
      ],
      [
        'Г-1',
        'учитель – ученик',
        'Н001',
        'Ларионова Вера',
        'У003',
        'Орлов Кирилл',
        60,
        reasons('У003'),
        'предложена',
        '',
        '',
        '',
      ],
      [
        'П-Н002-УУ-2',
        'ученик – ученик',
        'Н002',
        'Зуев Артём',
        'У002',
        'Белова Анна',
        70,
        reasons('У002'),
        'предложена',
        '',
        '',
        '',
      ],
    ]);
  });

  it('lists the rows of the result for --out in sheet order, Пары columns only', () => {
    const written = writePairs(grid, result, people);
    expect(pairSheetRows(written.model, written.resultRows).map((row) => [row[0], row[4], row[8]])).toEqual([
      ['Г-1', 'У001', 'утверждена'],
      ['П-Н001-ПП', 'У004', 'предложена'],
      ['Г-1', 'У003', 'предложена'],
      ['П-Н002-УУ-2', 'У002', 'предложена'],
    ]);
    expect(pairSheetRows(written.model, written.resultRows)[0]).toHaveLength(11);
  });

  it('fills only the empty cells of a confirmed row', () => {
    const sparse = [
      HEADER.slice(0, 11),
      ['', '', 'Н001', '', 'У001', '', '', 'по просьбе родителей', 'утверждена', '', ''],
    ];
    const { model } = writePairs(sparse, [pair('Н001', 'У001', 'teacher-student', 85, true)], people);
    expect(model.toGrid()[1]).toEqual([
      'П-Н001-ПУ',
      'учитель – ученик',
      'Н001',
      'Ларионова Вера',
      'У001',
      'Котов Иван',
      85,
      'по просьбе родителей',
      'утверждена',
      '',
      '',
    ]);
  });

  it('writes a new sheet from nothing and gives the same grid for the same input', () => {
    const first = writePairs(
      [],
      result.filter((p) => !p.pinned),
      people,
    ).model.toGrid();
    const second = writePairs(
      [],
      [...result].reverse().filter((p) => !p.pinned),
      people,
    ).model.toGrid();
    expect(first).toEqual(second);
    expect(first[0]).toEqual(HEADER.slice(0, 11));
    expect(first.slice(1).map((row) => row[0])).toEqual(['П-Н001-ПУ', 'П-Н001-ПП', 'П-Н002-УУ']);
  });
});
