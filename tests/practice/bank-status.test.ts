// The bank's answer in the workspace: the «Практики» rows and the authors' achievements, appended
// to «Достижения наставников» only once and never over the curator's rows, or kept while it is missing.
import { describe, expect, it } from 'vitest';
import { dayToDate } from '../../shared/core/day';
import {
  achievementsFromBank,
  bankSource,
  mergeAchievements,
  pendingFromGrid,
  type AchievementRow,
} from '../../shared/practice/achievements';
import { readPracticesAnswer, type PracticeStatus } from '../../shared/practice/bank-status';
import { latinSlug, practiceIdFor } from '../../shared/practice/practice-id';
import { practiceSheetRows } from '../../shared/practice/practices-sheet';

const URL = 'https://nastavnik.region.example';
const practice = (over: Partial<PracticeStatus>): PracticeStatus => ({
  practiceId: '42-0003-p-P5',
  revision: 1,
  title: 'Наставник для группы',
  status: 'submitted',
  updatedAt: '2025-06-01T08:00:00Z',
  authors: [{ mentorId: 'Н1', fullName: 'Сидоренко Галина Фёдоровна' }],
  ...over,
});
const accepted = practice({
  status: 'accepted',
  level: 'municipal',
  revision: 2,
  // 22:30 UTC on the 9th is already the 10th in Moscow.
  reviewedAt: '2025-06-09T22:30:00Z',
  updatedAt: '2025-06-09T22:30:00Z',
  authors: [
    { mentorId: 'Н1', fullName: 'Сидоренко Галина Фёдоровна' },
    { fullName: 'Гость без ID' },
    { mentorId: 'Н7', fullName: 'Орлов Пётр' },
  ],
});
const HEADERS = [
  'ID наставника',
  'Наставник',
  'Вид достижения',
  'Уровень',
  'Дата',
  'Подтверждающий документ или ссылка',
  'Источник',
];

describe("the bank's answer", () => {
  it('is read by the contract, naming the path of what is wrong', () => {
    expect(readPracticesAnswer({ practices: [accepted] })).toEqual({ ok: true, practices: [accepted] });
    const bad = readPracticesAnswer({ practices: [{ ...accepted, status: 'approved' }] });
    expect(bad).toEqual({
      ok: false,
      problems: ['practices.0.status: статус не из списка submitted/returned/accepted/declined'],
    });
    expect(readPracticesAnswer([])).toMatchObject({ ok: false });
  });

  it('words in Russian even what the answer has in place of an object (zod/mini has no English locale to fall back on)', () => {
    const bad = readPracticesAnswer({ practices: [{ ...accepted, authors: [accepted.authors[0], 7] }, 'x'] });
    expect(bad).toEqual({
      ok: false,
      problems: ['practices.0.authors.1: автор — объект JSON', 'practices.1: практика — объект JSON'],
    });
  });

  it('becomes «Практики» rows, newest first, with Russian statuses and the level of accepted ones only', () => {
    const returned = practice({
      practiceId: '42-0003-m-N2',
      status: 'returned',
      level: 'regional',
      comment: 'Добавьте материалы',
      updatedAt: '2025-05-01T00:00:00Z',
    });
    const rows = practiceSheetRows([returned, accepted], URL, 'Europe/Moscow');
    expect(rows[0]).toEqual([
      'ID практики',
      'Тема',
      'Авторы',
      'Статус в банке региона',
      'Уровень банка',
      'Комментарий региона',
      'Редакция',
      'Отправлена',
      'Рассмотрена',
      'Страница в каталоге',
    ]);
    expect(rows[1]).toEqual([
      '42-0003-p-P5',
      'Наставник для группы',
      'Сидоренко Галина Фёдоровна; Гость без ID; Орлов Пётр',
      'принята в банк',
      'муниципальный',
      '',
      2,
      dayToDate('2025-06-10'),
      dayToDate('2025-06-10'),
      `${URL}/catalogue/42-0003-p-P5`,
    ]);
    expect(rows[2]).toEqual([
      '42-0003-m-N2',
      'Наставник для группы',
      'Сидоренко Галина Фёдоровна',
      'возвращена на доработку',
      '',
      'Добавьте материалы',
      1,
      dayToDate('2025-05-01'),
      '',
      '',
    ]);
  });

  it('gives each author with a mentor ID of an accepted practice one achievement', () => {
    expect(achievementsFromBank([practice({}), accepted], URL, 'Europe/Moscow')).toEqual([
      {
        mentorId: 'Н1',
        mentor: 'Сидоренко Галина Фёдоровна',
        kind: 'Практика в банке практик',
        level: 'муниципальный',
        date: '2025-06-10',
        evidence: `${URL}/catalogue/42-0003-p-P5`,
        source: 'регион: банк практик (42-0003-p-P5)',
      },
      {
        mentorId: 'Н7',
        mentor: 'Орлов Пётр',
        kind: 'Практика в банке практик',
        level: 'муниципальный',
        date: '2025-06-10',
        evidence: `${URL}/catalogue/42-0003-p-P5`,
        source: 'регион: банк практик (42-0003-p-P5)',
      },
    ]);
  });
});

describe('achievements into «Достижения наставников»', () => {
  const fresh = achievementsFromBank([accepted], URL, 'Europe/Moscow');
  const asText = (day: string) => `day:${day}`;

  it('wait while the sheet is missing or lacks a column, without repeats', () => {
    const missing = mergeAchievements(null, fresh, fresh, asText);
    expect(missing).toMatchObject({ append: [], pending: fresh });
    expect(missing.waitReason).toBe(
      'листа «Достижения наставников» нет — достижения будут записаны, когда он появится',
    );
    const broken = mergeAchievements([HEADERS.filter((h) => h !== 'Источник')], [], fresh, asText);
    expect(broken.pending).toEqual(fresh);
    expect(broken.waitReason).toContain(
      'Лист «Достижения наставников», строка 1, столбец «Источник»: нет обязательного столбца',
    );
    expect(mergeAchievements(null, [], [], asText).waitReason).toBe('');
  });

  it("are appended under the sheet's own column order, once, leaving the curator's rows alone", () => {
    // The curator moved «Источник» first and added a column of her own.
    const headers = ['Источник', 'Заметка', ...HEADERS.slice(0, 6)];
    const curatorRow = [
      '',
      'своя',
      'Н1',
      'Сидоренко Галина Фёдоровна',
      'Практика в банке практик',
      'ОО',
      'x',
      'Приказ',
    ];
    const already = [
      bankSource('42-0003-p-P5'),
      '',
      'н1',
      'Сидоренко',
      'Практика в банке практик',
      'муниципальный',
      'x',
      '',
    ];
    const merge = mergeAchievements([headers, curatorRow, already], [], fresh, asText);
    expect(merge.alreadyThere).toBe(1);
    expect(merge.appended.map((a) => a.mentorId)).toEqual(['Н7']);
    expect(merge.append).toEqual([
      [
        bankSource('42-0003-p-P5'),
        '',
        'Н7',
        'Орлов Пётр',
        'Практика в банке практик',
        'муниципальный',
        'day:2025-06-10',
        `${URL}/catalogue/42-0003-p-P5`,
      ],
    ]);
    expect(merge.pending).toEqual([]);
  });

  it('need only the columns the rating counts by', () => {
    const merge = mergeAchievements(
      [['Наставник ID', 'Вид достижения', 'Уровень', 'Дата', 'Источник']],
      [],
      fresh.slice(0, 1),
      asText,
    );
    expect(merge.append).toEqual([
      ['Н1', 'Практика в банке практик', 'муниципальный', 'day:2025-06-10', bankSource('42-0003-p-P5')],
    ]);
  });

  it('kept on a sheet are read back for the next refresh', () => {
    const grid = [
      HEADERS,
      ...fresh.map((a: AchievementRow) => [
        a.mentorId,
        a.mentor,
        a.kind,
        a.level,
        dayToDate(a.date),
        a.evidence,
        a.source,
      ]),
      ['', '', '', '', '', '', ''],
    ];
    expect(
      pendingFromGrid(grid, (cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : undefined)),
    ).toEqual(fresh);
  });
});

describe('practice ids', () => {
  it('are the same Latin id for the same programme', () => {
    expect(latinSlug('П-Н001-УУ')).toBe('P-N001-UU');
    expect(practiceIdFor('42-0003', 'pair', 'Щука/ёж 7')).toBe('42-0003-p-Shchuka-ezh-7');
    expect(practiceIdFor('42-0003', 'mentor', 'Н'.repeat(200))).toMatch(/^42-0003-m-N+$/);
    expect(practiceIdFor('42-0003', 'mentor', 'Н'.repeat(200)).length).toBe(80);
  });
});
