// Points, rating and shortlist on the hand-checked year of fixture.ts.
import { describe, expect, it } from 'vitest';
import {
  ACHIEVEMENT_KINDS,
  ACHIEVEMENT_LEVELS,
  ACHIEVEMENTS_SHEET,
  POINTS_SETTINGS,
  achievementPoints,
  computeRating,
  defaultPointsTable,
  formulaLines,
  ratingLayout,
  readAchievements,
  readPointsTable,
  shortlists,
  weeksWithMeetings,
  type PointsTable,
  type Rating,
} from '../../shared/achievements';
import { normalizeText } from '../../shared/catalogue';
import { readMeasurementAnswers, readSatisfactionAnswers } from '../../shared/monitoring';
import { academicYear } from '../../shared/roadmap';
import { headersOf, settingsSheet } from '../../shared/workspace';
import { ACHIEVEMENT_GRID, MEASUREMENT_GRID, MEETINGS, MENTORS, PAIRS, SATISFACTION_GRID, TODAY } from './fixture';

function rating(points: PointsTable = defaultPointsTable()): Rating {
  const { achievements, problems } = readAchievements(ACHIEVEMENT_GRID, {
    mentorIds: new Set(MENTORS.map((m) => normalizeText(m.id))),
  });
  expect(problems).toEqual([]);
  return computeRating({
    period: academicYear(2025),
    today: TODAY,
    mentors: MENTORS,
    pairs: PAIRS,
    meetings: MEETINGS,
    satisfaction: readSatisfactionAnswers(SATISFACTION_GRID).answers,
    measurement: readMeasurementAnswers(MEASUREMENT_GRID).answers,
    achievements,
    points,
  });
}

describe('«Достижения наставников»', () => {
  it('has the agreed headers and closed lists', () => {
    expect(headersOf(ACHIEVEMENTS_SHEET)).toEqual([
      'ID наставника',
      'Наставник',
      'Вид достижения',
      'Уровень',
      'Дата',
      'Подтверждающий документ или ссылка',
      'Источник',
    ]);
    expect(ACHIEVEMENT_KINDS).toEqual([
      'Персонализированная программа разработана и реализована',
      'Практика в банке практик',
      'Распространение опыта',
      'Проект наставничества',
      'Конкурс',
    ]);
    expect(ACHIEVEMENT_LEVELS).toEqual(['ОО', 'муниципальный', 'региональный', 'федеральный']);
    expect(ACHIEVEMENTS_SHEET.columns.find((c) => c.key === 'kind')!.dropdown).toEqual(ACHIEVEMENT_KINDS);
    expect(ACHIEVEMENTS_SHEET.columns.find((c) => c.key === 'level')!.dropdown).toEqual(ACHIEVEMENT_LEVELS);
  });

  it('names the sheet, row and column of a bad row and leaves only that row out', () => {
    const grid = [
      ...ACHIEVEMENT_GRID.slice(0, 2),
      ['Н099', '', 'Конкурс', 'ОО', '01.10.2025', '', ''],
      ['Н001', '', 'Грамота', 'ОО', '01.10.2025', '', ''],
      ['Н001', '', 'Конкурс', '', '31.02.2026', '', ''],
    ];
    const { achievements, problems } = readAchievements(grid, { mentorIds: new Set(['н001']) });
    expect(achievements.map((a) => a.row)).toEqual([2]);
    expect(problems.map((p) => `${p.sheet}!${p.column}${p.row} ${p.code}`)).toEqual([
      'Достижения наставников!A3 unknown-reference',
      'Достижения наставников!C4 unknown-value',
      'Достижения наставников!D5 required',
      'Достижения наставников!E5 bad-date',
    ]);
  });
});

describe('points table on «Настройки»', () => {
  it('weights levels: a kind’s points times the level’s coefficient', () => {
    const points = defaultPointsTable();
    expect(achievementPoints('programme', 'school', points)).toBe(10);
    expect(achievementPoints('practice', 'school', points)).toBe(8);
    expect(achievementPoints('practice', 'municipal', points)).toBe(12);
    expect(achievementPoints('practice', 'regional', points)).toBe(16);
    expect(achievementPoints('contest', 'federal', points)).toBe(24);
  });

  it('reads the curator’s values, takes defaults for empty or missing rows and reports a bad value', () => {
    const rows = POINTS_SETTINGS.map((s) => [s.label, s.initial, s.hint]);
    const at = (label: string) => rows.findIndex((r) => r[0] === label);
    rows[at('Баллы: завершённая пара')][1] = '4,5';
    rows[at('Коэффициент уровня: региональный')][1] = '';
    rows[at('Баллы: Конкурс')][1] = 'много';
    rows[at('Наставник года: мест в шорт-листе каждой формы')][1] = 2;
    rows.splice(at('Баллы: рост наставляемых за 1 балл'), 1);
    const grid = [headersOf(settingsSheet), ['Наименование организации', 'МБОУ СОШ № 1', ''], ...rows];
    const { points, problems, missing } = readPointsTable(grid);
    expect(points.pairs.completedPair).toBe(4.5);
    expect(points.levels.regional).toBe(2);
    expect(points.kinds.contest).toBe(8);
    expect(points.shortlistSize).toBe(2);
    expect(missing.map((s) => s.label)).toEqual(['Баллы: рост наставляемых за 1 балл']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: 'Настройки', column: 'B', code: 'not-number' });
  });

  it('is on «Настройки» from the start, after the other settings', () => {
    const labels = settingsSheet.initialRows!.map((r) => r[0]);
    expect(labels.slice(-POINTS_SETTINGS.length)).toEqual(POINTS_SETTINGS.map((s) => s.label));
    expect(
      readPointsTable([headersOf(settingsSheet), ...settingsSheet.initialRows!.map((r) => [...r])]).points,
    ).toEqual(defaultPointsTable());
  });
});

describe('the weekly rule', () => {
  it('counts the weeks from the start to the final meeting and those with a meeting', () => {
    const p1 = {
      pairId: 'П001',
      mentorId: 'Н001',
      status: 'завершена' as const,
      startDate: '2025-09-01',
      menteeIds: ['У001'],
    };
    expect(
      weeksWithMeetings(
        p1,
        MEETINGS.filter((m) => m.pairId === 'П001'),
        TODAY,
        '2026-08-31',
      ),
    ).toEqual({ weeks: 5, covered: 4 });
    const p2 = {
      pairId: 'П002',
      mentorId: 'Н002',
      status: 'утверждена' as const,
      startDate: '2026-04-01',
      menteeIds: ['У002'],
    };
    expect(
      weeksWithMeetings(
        p2,
        MEETINGS.filter((m) => m.pairId === 'П002'),
        TODAY,
        '2026-08-31',
      ),
    ).toEqual({ weeks: 8, covered: 8 });
    // Two meetings in one week are one week with a meeting.
    const twice = [
      { pairId: 'П002', type: 'intro' as const, date: '2026-04-01' },
      { pairId: 'П002', type: 'trial' as const, date: '2026-04-02' },
    ];
    expect(weeksWithMeetings(p2, twice, '2026-04-14', '2026-08-31')).toEqual({ weeks: 2, covered: 1 });
    expect(weeksWithMeetings({ ...p2, status: 'расторгнута' }, twice, TODAY, '2026-08-31')).toBeNull();
  });
});

describe('rating', () => {
  it('adds achievements and the pairs’ results as checked by hand', () => {
    const r = rating();
    const row = (id: string) => r.entries.find((e) => e.mentorId === id)!;
    expect(row('Н001')).toMatchObject({
      form: 'teacher-teacher',
      achievementPoints: 26,
      completedPoints: 3,
      regularityPoints: 4,
      satisfactionPoints: 4.5,
      growthPoints: 6,
      total: 43.5,
      place: 1,
      results: { pairs: 1, completed: 1, regularity: 0.8, satisfaction: 9, growth: 3, measured: 1 },
    });
    expect(row('Н002')).toMatchObject({
      achievementPoints: 17,
      completedPoints: 0,
      regularityPoints: 5,
      satisfactionPoints: 4,
      growthPoints: 0,
      total: 26,
      place: 2,
      results: { satisfaction: 8, growth: null },
    });
    // No pairs: ranked in the registry's form on achievements only; the year-old contest is not counted.
    expect(row('Н003')).toMatchObject({
      form: 'teacher-teacher',
      achievementPoints: 26,
      total: 26,
      place: 2,
      achievementCount: 3,
      results: { pairs: 0, completed: 0, regularity: null, satisfaction: null, growth: null },
    });
    // A terminated pair: no regularity, its mentee's answer does not count.
    expect(row('Н004')).toMatchObject({
      form: 'student-student',
      total: 0,
      place: 1,
      results: { pairs: 1, regularity: null, satisfaction: null },
    });
    // Forms in the catalogue's order («ученик – ученик» first), then places.
    expect(r.entries.map((e) => e.mentorId)).toEqual(['Н004', 'Н001', 'Н002', 'Н003']);
    expect(r.outsidePeriod).toBe(1);
  });

  it('follows the curator’s points', () => {
    const points = defaultPointsTable();
    points.pairs.completedPair = 10;
    points.levels.municipal = 1;
    const r = rating(points);
    expect(r.entries.find((e) => e.mentorId === 'Н001')!.total).toBe(50.5);
    // Сидорова: 8 + 6 + 5 = 19; Белов: 8 + 5 + 9 = 22 — the tie is gone.
    expect(r.entries.filter((e) => e.form === 'teacher-teacher').map((e) => [e.mentorId, e.total, e.place])).toEqual([
      ['Н001', 50.5, 1],
      ['Н002', 22, 2],
      ['Н003', 19, 3],
    ]);
  });
});

describe('«Наставник года» shortlist', () => {
  it('takes everyone on a shared last place and says why the list is longer', () => {
    const points = defaultPointsTable();
    points.shortlistSize = 2;
    const [students, teachers] = shortlists(rating(points));
    expect(teachers.formLabel).toBe('учитель – учитель');
    expect(teachers.entries.map((e) => e.mentorId)).toEqual(['Н001', 'Н002', 'Н003']);
    expect(teachers.notes[0]).toBe(
      'Белов Б. П., Сидорова В. Н. набрали поровну (26 баллов) и делят 2-е место: места с 2-го по 3-е выходят за 2, ' +
        'поэтому в шорт-лист вошли все, и в нём 3 наставника вместо 2.',
    );
    expect(teachers.notes[1]).toContain('Равные баллы не разводятся автоматически');
    expect(students.entries).toEqual([]);
    expect(students.notes).toEqual(['Ни у одного наставника формы нет баллов за год — шорт-лист пуст.']);
  });

  it('names a tie inside the list without lengthening it', () => {
    const [, teachers] = shortlists(rating());
    expect(teachers.entries).toHaveLength(3);
    expect(teachers.notes[0]).toBe('Белов Б. П., Сидорова В. Н. набрали поровну (26 баллов) и делят 2-е место.');
  });

  it('puts the formula with the values in force, the table and the shortlist on the sheet', () => {
    const r = rating();
    const layout = ratingLayout(r, shortlists(r));
    const text = layout.grid.map((row) => row.join(' | '));
    expect(text[0]).toBe('Рейтинг наставников и шорт-лист «Наставник года»');
    expect(text[1]).toBe('Учебный год 2025/2026, расчёт на 20.05.2026');
    for (const line of formulaLines(r.points)) expect(text).toContain(line);
    expect(text.join('\n')).toContain('Уровни: ОО × 1, муниципальный × 1,5, региональный × 2, федеральный × 3');
    const header = layout.headerRows[0] - 1;
    expect(layout.grid[header].slice(0, 5)).toEqual(['Форма', 'Место', 'ID наставника', 'Наставник', 'Итого баллов']);
    expect(layout.grid[header + 2]).toEqual([
      'учитель – учитель',
      1,
      'Н001',
      'Громова Алла Игоревна',
      43.5,
      26,
      2,
      1,
      'П001',
      1,
      3,
      80,
      4,
      9,
      4.5,
      3,
      6,
      'да',
    ]);
    expect(layout.grid[header + 1].slice(0, 5)).toEqual(['ученик – ученик', 1, 'Н004', 'Орлов Глеб Ильич', 0]);
    expect(layout.grid[header + 1].at(-1)).toBe('');
    expect(layout.shortlistedRows).toEqual([header + 3, header + 4, header + 5]);
    expect(text).toContain('учитель – учитель | 2 | Сидорова В. Н. | 26');
    expect(text.some((line) => line.startsWith('ученик – ученик |  | Ни у одного наставника'))).toBe(true);
  });
});
