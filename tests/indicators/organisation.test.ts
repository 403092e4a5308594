// The organisation's own `Показатели`: Table 5 from its school report, against the year's targets.
import { describe, expect, it } from 'vitest';
import { indicatorCells, indicatorSheet, organisationIndicators } from '../../shared/indicators';
import { parseSchoolReport, type SchoolReport } from '../../shared/report';
import { headersOf } from '../../shared/workspace';

function report(period: string): SchoolReport {
  const parsed = parseSchoolReport({
    schemaVersion: 1,
    school: { id: '42-0005', name: 'МБОУ «Школа № 5»', municipality: 'Новокузнецкий ГО', kind: 'school' },
    period,
    contingent: { students10to19: 300, students15to19: 120, teachers: 40, youngTeachers: 0 },
    participants: {
      menteeStudents10to19: 190,
      mentorStudents15to19: 9,
      menteeYoungTeachers: 0,
      mentorTeachers: 12,
      mentorEmployees: 3,
    },
    enterprises: [{ inn: '4205012340', name: 'ООО «Сибирские станки»' }],
    pairs: [],
    satisfaction: { mentors: { respondents: 12, satisfied: 7 }, mentees: { respondents: 3, satisfied: 2 } },
    programs: 0,
    practices: 0,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.report;
}

describe('organisation indicators', () => {
  it('computes each share by hand-checked numbers and sets it against the 2024 targets', () => {
    const byKey = Object.fromEntries(organisationIndicators(report('2024')).map((row) => [row.key, row]));
    // 190/300 = 63.3 % ≥ 60; 9/120 = 7.5 % < 8; 7/12 = 58.3 % < 65; 2/3 = 66.7 % ≥ 65.
    expect(byKey.menteeStudentsShare).toEqual({
      key: 'menteeStudentsShare',
      numerator: 190,
      denominator: 300,
      percent: 63.3,
      target: 60,
      status: 'met',
    });
    expect(byKey.mentorStudentsShare).toMatchObject({ percent: 7.5, target: 8, status: 'below' });
    expect(byKey.menteeYoungTeachersShare).toMatchObject({
      numerator: 0,
      denominator: 0,
      percent: null,
      status: 'no-data',
    });
    expect(byKey.enterprisesShare).toMatchObject({
      numerator: 1,
      denominator: null,
      percent: null,
      status: 'region-only',
    });
    expect(byKey.mentorSatisfaction).toMatchObject({ percent: 58.3, target: 65, status: 'below' });
    expect(byKey.menteeSatisfaction).toMatchObject({ percent: 66.7, target: 65, status: 'met' });
  });

  it('takes the region’s targets over Table 5 and has none before 2022', () => {
    const own = organisationIndicators(report('2024'), { '2024': { mentorStudentsShare: 7 } });
    expect(own.find((row) => row.key === 'mentorStudentsShare')).toMatchObject({ target: 7, status: 'met' });
    const early = organisationIndicators(report('2021'));
    expect(early.find((row) => row.key === 'menteeStudentsShare')).toMatchObject({ target: null, status: 'no-target' });
  });

  it('fills a `Показатели` row with numbers, blanks for unknowns and a Russian status', () => {
    const rows = organisationIndicators(report('2024')).map((row) => indicatorCells(row, '2024'));
    expect(Object.keys(rows[0])).toEqual(indicatorSheet.columns.map((column) => column.key));
    expect(rows[0]).toMatchObject({
      indicator: 'Наставляемые 10–19 лет',
      numerator: 190,
      denominator: 300,
      percent: 63.3,
      target: 60,
      status: 'цель достигнута',
      period: '2024',
    });
    expect(rows[2]).toMatchObject({ denominator: 0, percent: '', status: 'нет данных' });
    expect(rows[3]).toMatchObject({ denominator: '', status: 'считается по региону' });
    expect(headersOf(indicatorSheet)[0]).toBe('Показатель');
    expect(indicatorSheet.initialRows!.map((row) => row[0])).toEqual(rows.map((row) => row.indicator));
  });
});
