// Stage 1 monitoring: the quality of the programme — pairs completed, regularity of meetings,
// feedback scores (the programme's monitoring section; the Target Model roadmap, 1.6 and 6.6).
import { percentOf } from '../core/percent';
import { daysBetween, type Day } from '../core/day';
import type { Meeting } from '../meetings/meeting';
import { OVERDUE_AFTER_DAYS, pairsProgress, type PairInfo } from '../meetings/progress';

export interface Stage1Report {
  /** Pairs started: `утверждена`, `завершена` or `расторгнута` (proposals are not pairs yet). */
  started: number;
  working: number;
  completed: number;
  cancelled: number;
  /** 100 · completed / started, one decimal; null with no pair started. */
  completedPercent: number | null;
  /**
   * A pair meets regularly when no gap between consecutive meetings held — and, while it is at
   * work, none since the last one — exceeds 7 days. Pairs with no gap to judge yet are not counted.
   */
  regularity: { counted: number; regular: number; regularPercent: number | null; overdue: number };
  /** Mean days between consecutive meetings held, over all pairs; null with no such interval. */
  meanIntervalDays: number | null;
  meetingsHeld: number;
  /** Mean feedback scores (1–10) over meetings held. */
  mentorScore: number | null;
  menteeScore: number | null;
}

export function stage1Report(pairs: readonly PairInfo[], meetings: readonly Meeting[], today: Day): Stage1Report {
  const started = pairs.filter(
    (pair) => pair.status === 'утверждена' || pair.status === 'завершена' || pair.status === 'расторгнута',
  );
  const ids = new Set(started.map((pair) => pair.pairId));
  const held = meetings.filter((meeting) => ids.has(meeting.pairId) && meeting.date <= today);
  const progress = pairsProgress(started, held, today);

  let counted = 0;
  let regular = 0;
  const intervals: number[] = [];
  const datesByPair = new Map<string, Day[]>();
  for (const meeting of held) {
    const dates = datesByPair.get(meeting.pairId);
    if (dates) dates.push(meeting.date);
    else datesByPair.set(meeting.pairId, [meeting.date]);
  }
  for (const pair of progress) {
    if (pair.status === 'расторгнута') continue;
    const dates = (datesByPair.get(pair.pairId) ?? []).sort();
    const gaps = dates.slice(1).map((date, index) => daysBetween(dates[index], date));
    intervals.push(...gaps);
    const atWork = pair.status === 'утверждена' && pair.heldByType.final === 0;
    if (atWork && pair.daysWithoutMeeting !== undefined) gaps.push(pair.daysWithoutMeeting);
    if (gaps.length === 0) continue;
    counted += 1;
    if (Math.max(...gaps) <= OVERDUE_AFTER_DAYS) regular += 1;
  }

  const completed = started.filter((pair) => pair.status === 'завершена').length;
  return {
    started: started.length,
    working: started.filter((pair) => pair.status === 'утверждена').length,
    completed,
    cancelled: started.filter((pair) => pair.status === 'расторгнута').length,
    completedPercent: percentOf(completed, started.length),
    regularity: {
      counted,
      regular,
      regularPercent: percentOf(regular, counted),
      overdue: progress.filter((pair) => pair.overdue).length,
    },
    meanIntervalDays: meanOrNull(intervals),
    meetingsHeld: held.length,
    mentorScore: meanOrNull(held.map((meeting) => meeting.mentorScore)),
    menteeScore: meanOrNull(held.map((meeting) => meeting.menteeScore)),
  };
}

function meanOrNull(values: readonly (number | undefined)[]): number | null {
  const given = values.filter((value): value is number => value !== undefined);
  return given.length === 0 ? null : given.reduce((sum, value) => sum + value, 0) / given.length;
}
