import { describe, expect, it } from 'vitest';
import { consolidate, type RegionSettings, type RegisteredSchool } from '../../shared/indicators/consolidate';
import type { SchoolReport } from '../../shared/report/schema';
import { sampleReport } from '../report/sample-report';

const X = { inn: '7707083893', name: 'ООО «Икс»' };
const Y = { inn: '500100732259', name: 'ИП Петров' };
const Z = { inn: '7736207543', name: 'АО «Зет»' };

function report(
  id: string,
  contingent: [number, number, number, number],
  participants: [number, number, number],
  enterprises: { inn: string; name: string }[],
  mentors: [number, number],
  mentees: [number, number],
): SchoolReport {
  const r = sampleReport({ id });
  const [students10to19, students15to19, teachers, youngTeachers] = contingent;
  r.contingent = { students10to19, students15to19, teachers, youngTeachers };
  const [menteeStudents10to19, mentorStudents15to19, menteeYoungTeachers] = participants;
  r.participants = {
    menteeStudents10to19,
    mentorStudents15to19,
    menteeYoungTeachers,
    mentorTeachers: 1,
    mentorEmployees: 1,
  };
  r.enterprises = enterprises;
  r.satisfaction = {
    mentors: { respondents: mentors[0], satisfied: mentors[1] },
    mentees: { respondents: mentees[0], satisfied: mentees[1] },
  };
  return r;
}

const schools: RegisteredSchool[] = [
  { id: 'A', name: 'МБОУ «СОШ № 10»', municipality: 'Киселёвский ГО', kind: 'school' },
  { id: 'B', name: 'МБОУ «СОШ № 2»', municipality: 'Киселёвский ГО', kind: 'school' },
  { id: 'C', name: 'ГПОУ «Беловский техникум»', municipality: 'Беловский МО', kind: 'college' },
  { id: 'D', name: 'МБОУ «ООШ № 7»', municipality: 'Беловский МО', kind: 'school' },
  { id: 'E', name: 'МБУ ДО «Дом творчества»', municipality: 'Тайгинский ГО', kind: 'additional' },
];

// X mentors in all three reporting schools, in two municipalities: it counts once everywhere above a school.
const reports = [
  {
    schoolId: 'A',
    receivedAt: '2024-05-01T10:00:00.000Z',
    report: report('A', [100, 40, 20, 4], [25, 3, 1], [X, Y], [10, 7], [50, 40]),
  },
  {
    schoolId: 'B',
    receivedAt: '2024-05-02T10:00:00.000Z',
    report: report('B', [200, 80, 30, 6], [30, 5, 3], [X], [0, 0], [20, 10]),
  },
  {
    schoolId: 'C',
    receivedAt: '2024-05-03T10:00:00.000Z',
    report: report('C', [300, 100, 50, 10], [45, 2, 0], [Z, X], [5, 5], [30, 30]),
  },
];

const region: RegionSettings = { name: 'Кемеровская область', enterprises: 40, population: {}, targets: {} };

const value = (numerator: number, denominator: number | null, percent: number | null, target: number | null) => ({
  numerator,
  denominator,
  percent,
  target,
});

describe('consolidation', () => {
  it('sums numerators and denominators per municipality, counting an enterprise once', () => {
    const tables = consolidate({ period: '2024', region, schools, reports });
    expect(tables.municipalities).toEqual([
      {
        name: 'Беловский МО',
        schoolsRegistered: 2,
        schoolsReporting: 1,
        indicators: {
          menteeStudentsShare: value(45, 300, 15, 60),
          mentorStudentsShare: value(2, 100, 2, 8),
          menteeYoungTeachersShare: value(0, 10, 0, 10),
          enterprisesShare: value(2, null, null, 15),
          mentorSatisfaction: value(5, 5, 100, 65),
          menteeSatisfaction: value(30, 30, 100, 65),
        },
      },
      {
        name: 'Киселёвский ГО',
        schoolsRegistered: 2,
        schoolsReporting: 2,
        indicators: {
          menteeStudentsShare: value(55, 300, 18.3, 60),
          mentorStudentsShare: value(8, 120, 6.7, 8),
          menteeYoungTeachersShare: value(4, 10, 40, 10),
          enterprisesShare: value(2, null, null, 15),
          mentorSatisfaction: value(7, 10, 70, 65),
          menteeSatisfaction: value(50, 70, 71.4, 65),
        },
      },
      {
        name: 'Тайгинский ГО',
        schoolsRegistered: 1,
        schoolsReporting: 0,
        indicators: {
          menteeStudentsShare: value(0, 0, null, 60),
          mentorStudentsShare: value(0, 0, null, 8),
          menteeYoungTeachersShare: value(0, 0, null, 10),
          enterprisesShare: value(0, null, null, 15),
          mentorSatisfaction: value(0, 0, null, 65),
          menteeSatisfaction: value(0, 0, null, 65),
        },
      },
    ]);
  });

  it('computes the region from sums, never from an average of percentages', () => {
    const tables = consolidate({ period: '2024', region, schools, reports });
    expect(tables.region).toEqual({
      name: 'Кемеровская область',
      schoolsRegistered: 5,
      schoolsReporting: 3,
      indicators: {
        // 100/600; the mean of the schools' 25 %, 15 % and 15 % would be 18.3.
        menteeStudentsShare: value(100, 600, 16.7, 60),
        mentorStudentsShare: value(10, 220, 4.5, 8),
        menteeYoungTeachersShare: value(4, 20, 20, 10),
        // X, Y, Z over the region's 40 enterprises.
        enterprisesShare: value(3, 40, 7.5, 15),
        mentorSatisfaction: value(12, 15, 80, 65),
        menteeSatisfaction: value(80, 100, 80, 65),
      },
    });
  });

  it('uses the population override as the region denominator where given', () => {
    const withPopulation = { ...region, population: { children10to19: 2000, children15to19: null, youngTeachers: 50 } };
    const { region: r, municipalities } = consolidate({ period: '2024', region: withPopulation, schools, reports });
    expect(r.indicators.menteeStudentsShare).toEqual(value(100, 2000, 5, 60));
    expect(r.indicators.mentorStudentsShare).toEqual(value(10, 220, 4.5, 8));
    expect(r.indicators.menteeYoungTeachersShare).toEqual(value(4, 50, 8, 10));
    expect(municipalities[1].indicators.menteeStudentsShare).toEqual(value(55, 300, 18.3, 60));
  });

  it('leaves enterprisesShare without a percent when the region has not set its number of enterprises', () => {
    const { region: r } = consolidate({ period: '2024', region: { ...region, enterprises: null }, schools, reports });
    expect(r.indicators.enterprisesShare).toEqual(value(3, null, null, 15));
  });

  it('lists each reporting school with its own values, sorted by municipality then name', () => {
    const tables = consolidate({ period: '2024', region, schools, reports });
    expect(tables.schools.map((s) => s.id)).toEqual(['C', 'B', 'A']);
    const a = tables.schools[2];
    expect(a).toMatchObject({
      id: 'A',
      name: 'МБОУ «СОШ № 10»',
      municipality: 'Киселёвский ГО',
      kind: 'school',
      reportedAt: '2024-05-01T10:00:00.000Z',
    });
    expect(a.indicators).toEqual({
      menteeStudentsShare: value(25, 100, 25, 60),
      mentorStudentsShare: value(3, 40, 7.5, 8),
      menteeYoungTeachersShare: value(1, 4, 25, 10),
      enterprisesShare: value(2, null, null, 15),
      mentorSatisfaction: value(7, 10, 70, 65),
      menteeSatisfaction: value(40, 50, 80, 65),
    });
    expect(tables.schools[1].indicators.mentorSatisfaction).toEqual(value(0, 0, null, 65));
  });

  it('lists registered schools without a report', () => {
    const tables = consolidate({ period: '2024', region, schools, reports });
    expect(tables.missing).toEqual([
      { id: 'D', name: 'МБОУ «ООШ № 7»', municipality: 'Беловский МО' },
      { id: 'E', name: 'МБУ ДО «Дом творчества»', municipality: 'Тайгинский ГО' },
    ]);
  });

  it('takes the targets of the period year, with the region overriding', () => {
    const t2022 = consolidate({ period: '2022', region, schools, reports: [] }).region.indicators;
    expect(t2022.menteeStudentsShare.target).toBe(20);
    const overridden = consolidate({
      period: '2024',
      region: { ...region, targets: { '2024': { menteeStudentsShare: 55 } } },
      schools,
      reports,
    }).region.indicators;
    expect(overridden.menteeStudentsShare.target).toBe(55);
    expect(overridden.mentorStudentsShare.target).toBe(8);
  });

  it('describes a report of an unregistered school by the report itself', () => {
    const r = report('Q', [10, 5, 2, 1], [1, 1, 1], [], [0, 0], [0, 0]);
    r.school.name = 'МБОУ «Лицей»';
    r.school.municipality = 'Юргинский ГО';
    const tables = consolidate({
      period: '2024',
      region,
      schools: [],
      reports: [{ schoolId: 'Q', receivedAt: '2024-05-01T00:00:00.000Z', report: r }],
    });
    expect(tables.schools[0]).toMatchObject({ id: 'Q', name: 'МБОУ «Лицей»', municipality: 'Юргинский ГО' });
    expect(tables.municipalities.map((m) => [m.name, m.schoolsRegistered, m.schoolsReporting])).toEqual([
      ['Юргинский ГО', 0, 1],
    ]);
  });
});
