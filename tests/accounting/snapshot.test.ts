// Quarterly snapshots over a simulated academic year: people join and leave each quarter; every
// count is worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import {
  hasSnapshotOf,
  PARTICIPATION_HEADERS,
  quarterOf,
  RETAKE,
  snapshotRow,
  takeSnapshot,
  FIRST_SNAPSHOT,
} from '../../shared/accounting';
import type { PairRecord } from '../../shared/registry';
import type { Mentee, Mentor } from '../../shared/registry/types';

const mentor = (id: string, category: Mentor['category'], age?: number): Mentor => ({
  id,
  fullName: `Наставник ${id}`,
  category,
  age,
  forms: ['teacher-student'],
  competencies: [],
  interests: [],
  days: [],
  capacity: 2,
  preferredMentees: [],
  consent: true,
  status: 'в реестре',
});
const mentee = (
  id: string,
  category: Mentee['category'],
  age?: number,
  form: Mentee['form'] = 'teacher-student',
): Mentee => ({
  id,
  fullName: `Наставляемый ${id}`,
  category,
  age,
  form,
  requests: [],
  interests: [],
  days: [],
  consent: true,
  status: 'в паре',
});
let row = 2;
const pair = (
  pairId: string,
  mentorId: string,
  menteeId: string,
  status: PairRecord['status'],
  startDate: string,
  form?: PairRecord['form'],
): PairRecord => ({
  row: row++,
  pairId,
  form,
  mentorId,
  mentorName: '',
  menteeId,
  menteeName: '',
  reasons: '',
  status,
  startDate,
  order: '',
});

const mentors = [
  mentor('Н1', 'Педагог'),
  mentor('Н2', 'Педагог'),
  mentor('Н3', 'Обучающийся', 16),
  mentor('Н4', 'Представитель предприятия'),
];
const mentees = [
  mentee('У1', 'Обучающийся', 13),
  mentee('У2', 'Обучающийся', 12, 'student-student'),
  mentee('У3', 'Молодой педагог', 24, 'teacher-teacher'),
  mentee('У4', 'Студент', 17, 'employer-student'),
  mentee('У5', 'Обучающийся', 14),
];
// The year as the sheets stand at its end (statuses are today's; dates tell the story):
// П1 Н1–У1 from 15.09.2026, completed: last meeting 20.03.2027 (left in Q1 2027)
// П2 Н3–У2 from 01.10.2026 (Q4 2026), still active
// П3 Н2–У3 from 10.11.2026 (Q4 2026), terminated: last meeting 05.12.2026 (left in Q4 2026)
// П4 Н4–У4 from 15.02.2027 (Q1 2027), still active
// П5 Н1–У5 from 01.04.2027 (Q2 2027), completed: last meeting 30.05.2027 (left in Q2 2027)
const pairs = [
  pair('П1', 'Н1', 'У1', 'завершена', '15.09.2026', 'teacher-student'),
  pair('П2', 'Н3', 'У2', 'утверждена', '01.10.2026', 'student-student'),
  pair('П3', 'Н2', 'У3', 'расторгнута', '10.11.2026', 'teacher-teacher'),
  pair('П4', 'Н4', 'У4', 'утверждена', '15.02.2027', 'employer-student'),
  pair('П5', 'Н1', 'У5', 'завершена', '01.04.2027'),
  pair('П6', 'Н2', 'У5', 'предложена', ''),
];
const meetingDays = new Map([
  ['П1', ['2026-09-20', '2027-03-20', '2026-12-01']],
  ['П3', ['2026-11-15', '2026-12-05']],
  ['П5', ['2027-04-10', '2027-05-30']],
]);
const input = { mentors, mentees, pairs, meetingDays, students10to19: 200, teachers: 40 };

describe('quarterly snapshots over a year', () => {
  it('III квартал 2026 (30.09): one pair started, nobody left', () => {
    const s = takeSnapshot(input, '2026-09-30');
    expect(s.quarter.label).toBe('III квартал 2026');
    expect([s.mentors, s.mentees, s.activePairs, s.completedPairs]).toEqual([1, 1, 1, 0]);
    expect([s.newMentors, s.newMentees, s.leftMentors, s.leftMentees]).toEqual([1, 1, 0, 0]);
    expect(s.mentorsByCategory.Педагог).toBe(1);
    expect(s.byForm['teacher-student']).toEqual({ mentors: 1, mentees: 1 });
    // У1 13 years: 1 of 200 students → 0.5 %; Н1 a teacher: 1 of 40 → 2.5 %
    expect([s.studentsShare, s.teachersShare]).toEqual([0.5, 2.5]);
  });

  it('IV квартал 2026 (31.12): two joined, the terminated pair left in the quarter', () => {
    const s = takeSnapshot(input, '2026-12-31');
    // П1, П2 active; П3 ended 05.12 (terminated: its people took part but left).
    expect([s.activePairs, s.completedPairs]).toEqual([2, 0]);
    expect([s.mentors, s.mentees]).toEqual([2, 2]);
    expect([s.newMentors, s.newMentees]).toEqual([2, 2]); // Н3, Н2 / У2, У3
    expect([s.leftMentors, s.leftMentees]).toEqual([1, 1]); // Н2 / У3
    expect(s.menteesByCategory['Молодой педагог']).toBe(0);
  });

  it('I квартал 2027 (31.03): П4 joined, П1 completed on 20.03', () => {
    const s = takeSnapshot(input, '2027-03-31');
    expect([s.activePairs, s.completedPairs]).toEqual([2, 1]);
    expect([s.mentors, s.mentees]).toEqual([3, 3]); // Н1 Н3 Н4 / У1 У2 У4
    expect([s.newMentors, s.newMentees]).toEqual([1, 1]); // Н4 / У4
    expect([s.leftMentors, s.leftMentees]).toEqual([1, 1]); // Н1 / У1 (no active pair left on 31.03)
    expect(s.mentorsByCategory['Представитель предприятия']).toBe(1);
    expect(s.menteesByCategory.Студент).toBe(1);
    expect(s.byForm['employer-student']).toEqual({ mentors: 1, mentees: 1 });
  });

  it('II квартал 2027 (30.06): Н1 came back with У5 and both left again; a proposal never counts', () => {
    const s = takeSnapshot(input, '2027-06-30');
    expect([s.activePairs, s.completedPairs]).toEqual([2, 2]);
    expect([s.newMentors, s.newMentees]).toEqual([0, 1]); // Н1 started in September; У5 is new
    expect([s.leftMentors, s.leftMentees]).toEqual([1, 1]); // Н1 (П5 ended 30.05) / У5
    expect(s.mentees).toBe(4);
    expect(s.byForm['teacher-student']).toEqual({ mentors: 1, mentees: 2 }); // П5 takes the mentee's form
  });

  it('without the contingent the shares are unknown, not zero', () => {
    const s = takeSnapshot({ mentors, mentees, pairs, meetingDays }, '2027-06-30');
    expect([s.studentsShare, s.teachersShare]).toEqual([null, null]);
  });
});

describe('«Учёт участников» rows', () => {
  it('a second snapshot of a quarter is a new row marked as a retake', () => {
    const first = takeSnapshot(input, '2027-03-31');
    const grid: unknown[][] = [[...PARTICIPATION_HEADERS]];
    const a = snapshotRow(grid, first);
    expect(a[2]).toBe(FIRST_SNAPSHOT);
    grid.push(a);
    expect(hasSnapshotOf(grid, quarterOf('2027-02-01').label)).toBe(true);
    const b = snapshotRow(grid, takeSnapshot(input, '2027-03-31'));
    expect(b[2]).toBe(RETAKE);
    expect(b.slice(3)).toEqual(a.slice(3));
  });

  it('columns are found by header: the curator may reorder them and add own ones', () => {
    const headers = ['Моя пометка', ...PARTICIPATION_HEADERS].reverse();
    const cells = snapshotRow([headers], takeSnapshot(input, '2026-12-31'));
    expect(cells[headers.indexOf('Моя пометка')]).toBe('');
    expect(cells[headers.indexOf('Квартал')]).toBe('IV квартал 2026');
    expect(cells[headers.indexOf('Наставников')]).toBe(2);
  });
});
