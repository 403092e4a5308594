import { describe, expect, it } from 'vitest';
import type { Meeting, PairInfo } from '../../shared/meetings';
import { stage1Report } from '../../shared/monitoring';

const pairs: PairInfo[] = [
  { pairId: 'П1', status: 'утверждена', startDate: '2024-10-01' },
  { pairId: 'П2', status: 'утверждена', startDate: '2024-10-01' },
  { pairId: 'П3', status: 'завершена', startDate: '2024-09-20' },
  { pairId: 'П4', status: 'расторгнута', startDate: '2024-09-20' },
  { pairId: 'П5', status: 'предложена' },
];
const m = (
  pairId: string,
  type: Meeting['type'],
  date: string,
  mentorScore?: number,
  menteeScore?: number,
): Meeting => ({
  pairId,
  type,
  date,
  ...(mentorScore ? { mentorScore } : {}),
  ...(menteeScore ? { menteeScore } : {}),
});
const meetings: Meeting[] = [
  m('П1', 'intro', '2024-10-02', 8, 9),
  m('П1', 'trial', '2024-10-09', 9, 9),
  m('П1', 'planning', '2024-10-16', 10),
  m('П2', 'intro', '2024-10-03', 6, 7),
  m('П3', 'intro', '2024-09-21', 7, 8),
  m('П3', 'trial', '2024-09-28'),
  m('П3', 'planning', '2024-10-05'),
  m('П3', 'regular', '2024-10-15'),
  m('П3', 'final', '2024-10-20', 9, 10),
  m('П4', 'intro', '2024-09-21', 2, 3),
  m('П5', 'intro', '2024-10-10', 10, 10),
  m('П1', 'regular', '2024-10-30', 10, 10),
];

describe('stage 1 report', () => {
  // Today 20.10.2024; the meeting of П1 on 30.10 is planned, not held.
  // Started: П1–П4 (П5 is only proposed) → 4; working П1, П2; completed П3; cancelled П4 → completed 1/4 = 25 %.
  // Gaps: П1 7, 7 and 4 days since 16.10 → regular; П2 17 days since 03.10 → not regular, overdue;
  // П3 (completed) 7, 7, 10, 5 → not regular; П4 cancelled, not judged → 1 regular of 3 = 33,3 %.
  // Intervals between meetings held: 7, 7 (П1); 7, 7, 10, 5 (П3) → 43/6 = 7,1667 days (П4 has one meeting).
  // Held meetings of started pairs: 3 + 1 + 5 + 1 = 10; mentor scores 8 9 10 6 7 9 2 → 51/7; mentee 9 9 7 8 10 3 → 46/6.
  const report = stage1Report(pairs, meetings, '2024-10-20');

  it('counts pairs started, working, completed and cancelled', () => {
    expect(report).toMatchObject({ started: 4, working: 2, completed: 1, cancelled: 1, completedPercent: 25 });
  });

  it('judges the regularity of meetings by the weekly rule', () => {
    expect(report.regularity).toEqual({ counted: 3, regular: 1, regularPercent: 33.3, overdue: 1 });
    expect(report.meanIntervalDays).toBeCloseTo(43 / 6, 12);
  });

  it('averages the feedback of meetings held', () => {
    expect(report.meetingsHeld).toBe(10);
    expect(report.mentorScore).toBeCloseTo(51 / 7, 12);
    expect(report.menteeScore).toBeCloseTo(46 / 6, 12);
  });

  it('has no shares without pairs', () => {
    expect(stage1Report([], [], '2024-10-20')).toMatchObject({
      started: 0,
      completedPercent: null,
      regularity: { counted: 0, regular: 0, regularPercent: null, overdue: 0 },
      meanIntervalDays: null,
      mentorScore: null,
    });
  });
});
