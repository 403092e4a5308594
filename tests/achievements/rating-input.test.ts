// What the rating is computed from, gathered from the sheets both adapters read: the year of
// «today», mentors of «Наставники», achievements checked against them, every sheet's problems.
import { describe, expect, it } from 'vitest';
import { computeRating, readPointsTable, readRatingInput } from '../../shared/achievements';
import { readMeasurementAnswers, readSatisfactionAnswers } from '../../shared/monitoring';
import { academicYear } from '../../shared/roadmap';
import type { TableProblem } from '../../shared/tables';
import { headersOf, mentorSheet, settingsSheet } from '../../shared/workspace';
import { ACHIEVEMENT_GRID, MEASUREMENT_GRID, MEETINGS, PAIRS, SATISFACTION_GRID, TODAY } from './fixture';

const MENTOR_HEADERS = headersOf(mentorSheet);
const mentorRow = (id: string, fullName: string, form: string): unknown[] => {
  const values: Record<string, unknown> = {
    ID: id,
    ФИО: fullName,
    'Формы наставничества': form,
    'Согласие на обработку ПДн': 'да',
    Статус: 'в реестре',
  };
  return MENTOR_HEADERS.map((header) => values[header] ?? '');
};
const MENTOR_GRID = [
  MENTOR_HEADERS,
  mentorRow('Н001', 'Громова Алла Игоревна', 'учитель – учитель'),
  mentorRow('Н002', 'Белов Борис Петрович', 'учитель – учитель'),
  mentorRow('Н003', 'Сидорова Вера Николаевна', 'учитель – учитель'),
  mentorRow('Н004', 'Орлов Глеб Ильич', 'ученик – ученик'),
];

const problem = (sheet: string, row: number): TableProblem => ({
  sheet,
  row,
  column: 'A',
  header: '',
  value: '',
  code: 'required',
  message: 'задано тестом',
});

function sources(
  overrides: Partial<Parameters<typeof readRatingInput>[0]> = {},
): Parameters<typeof readRatingInput>[0] {
  const satisfaction = readSatisfactionAnswers(SATISFACTION_GRID);
  const measurement = readMeasurementAnswers(MEASUREMENT_GRID);
  return {
    today: TODAY,
    mentors: MENTOR_GRID,
    points: readPointsTable(undefined),
    achievements: ACHIEVEMENT_GRID,
    pairs: { records: PAIRS, problems: [] },
    meetings: { meetings: MEETINGS, problems: [] },
    answers: {
      satisfaction: satisfaction.answers,
      measurement: measurement.answers,
      problems: [...satisfaction.problems, ...measurement.problems],
    },
    ...overrides,
  };
}

describe('readRatingInput', () => {
  it('gathers the hand-checked year from the sheets: the year of today, mentors, achievements', () => {
    const { input, problems } = readRatingInput(sources());
    expect(problems).toEqual([]);
    expect(input.period).toEqual(academicYear(2025));
    expect(input.today).toBe(TODAY);
    expect(input.mentors.map((m) => m.id)).toEqual(['Н001', 'Н002', 'Н003', 'Н004']);
    expect(input.achievements).toHaveLength(ACHIEVEMENT_GRID.length - 1);
    const totals = computeRating(input).entries.map((e) => [e.mentorId, e.total]);
    expect(totals).toEqual([
      ['Н004', 0],
      ['Н001', 43.5],
      ['Н002', 26],
      ['Н003', 26],
    ]);
  });

  it('takes the period from today: after August the next academic year', () => {
    expect(readRatingInput(sources({ today: '2026-09-01' })).input.period).toEqual(academicYear(2026));
  });

  it('leaves out an achievement of a mentor not in «Наставники» and says where it is', () => {
    const { input, problems } = readRatingInput(
      sources({
        achievements: [
          ...ACHIEVEMENT_GRID,
          ['н002', '', 'Конкурс', 'ОО', '01.10.2025', '', ''],
          ['Н099', '', 'Конкурс', 'ОО', '01.10.2025', '', ''],
        ],
      }),
    );
    expect(input.achievements.map((a) => a.mentorId)).toContain('н002');
    expect(input.achievements.some((a) => a.mentorId === 'Н099')).toBe(false);
    expect(problems.map((p) => `${p.sheet}!${p.column}${p.row} ${p.code}`)).toEqual([
      `Достижения наставников!A${ACHIEVEMENT_GRID.length + 2} unknown-reference`,
    ]);
  });

  it('reads absent «Наставники» and «Достижения наставников» as none, and a header-only registry without complaint', () => {
    for (const mentors of [undefined, null, [MENTOR_HEADERS]]) {
      const { input, problems } = readRatingInput(sources({ mentors, achievements: undefined }));
      expect(input.mentors).toEqual([]);
      expect(input.achievements).toEqual([]);
      expect(problems).toEqual([]);
    }
  });

  it('lists the problems of the points table, «Наставники», pairs, meetings, answers and achievements, in that order', () => {
    const settingsGrid = [headersOf(settingsSheet), ['Баллы: завершённая пара', 'много', '']];
    const points = readPointsTable(settingsGrid);
    expect(points.problems).not.toEqual([]);
    const { problems } = readRatingInput(
      sources({
        points,
        mentors: [...MENTOR_GRID, mentorRow('', 'Без номера', 'учитель – учитель')],
        achievements: [...ACHIEVEMENT_GRID, ['Н001', '', 'Грамота', 'ОО', '01.10.2025', '', '']],
        pairs: { records: PAIRS, problems: [problem('Пары', 3)] },
        meetings: { meetings: MEETINGS, problems: [problem('Встречи', 2)] },
        answers: { satisfaction: [], measurement: [], problems: [problem('Ответы', 4)] },
      }),
    );
    expect(problems.map((p) => p.sheet)).toEqual([
      settingsSheet.name,
      mentorSheet.name,
      'Пары',
      'Встречи',
      'Ответы',
      'Достижения наставников',
    ]);
  });
});
