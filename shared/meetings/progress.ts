// Where each pair stands: the furthest meeting of the sequence, the last meeting held and whether
// the weekly rule (the Target Model roadmap, 6.4: «не реже одного раза в неделю») is broken.
import type { PairStatus } from '../catalogue';
import { daysBetween, type Day } from '../core/day';
import type { Meeting } from './meeting';
import { MEETING_TYPE_ORDER, type MeetingType } from './meeting-type';

/** A pair is overdue when more than this many days pass without a meeting. */
export const OVERDUE_AFTER_DAYS = 7;

/** What progress needs to know about a pair (or group) of `Пары`. */
export interface PairInfo {
  pairId: string;
  status?: PairStatus;
  /** `Дата начала`: the overdue clock starts here until the first meeting. */
  startDate?: Day;
}

export interface PairProgress {
  pairId: string;
  status?: PairStatus;
  /** The furthest type of the sequence among meetings held; undefined before the first one. */
  stage?: MeetingType;
  /** Meetings dated today or earlier. */
  held: number;
  /** Held meetings by type. */
  heldByType: Record<MeetingType, number>;
  /** Held meetings lacking the mentor's or the mentee's feedback score. */
  withoutFeedback: number;
  lastMeeting?: Day;
  /** The earliest meeting dated after today (a planned one). */
  nextMeeting?: Day;
  /** Days since the last meeting, or since the start date when none was held. */
  daysWithoutMeeting?: number;
  /** Working pair (`утверждена`, no final meeting yet) with more than 7 days without a meeting. */
  overdue: boolean;
  /** The final meeting was held but the pair is not `завершена` yet. */
  readyToComplete: boolean;
  /** Earlier steps of the sequence skipped on the way to `stage`. */
  skipped: MeetingType[];
  /** Mean feedback scores over held meetings, when any were given. */
  mentorScore?: number;
  menteeScore?: number;
}

/** Progress of every pair, in the order given; meetings of other pairs are ignored. */
export function pairsProgress(pairs: readonly PairInfo[], meetings: readonly Meeting[], today: Day): PairProgress[] {
  const byPair = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const list = byPair.get(meeting.pairId);
    if (list) list.push(meeting);
    else byPair.set(meeting.pairId, [meeting]);
  }
  return pairs.map((pair) => pairProgress(pair, byPair.get(pair.pairId) ?? [], today));
}

export function pairProgress(pair: PairInfo, meetings: readonly Meeting[], today: Day): PairProgress {
  const own = meetings.filter((meeting) => meeting.pairId === pair.pairId);
  const held = own.filter((meeting) => meeting.date <= today);
  const planned = own.filter((meeting) => meeting.date > today);

  const heldByType: Record<MeetingType, number> = { intro: 0, trial: 0, planning: 0, regular: 0, final: 0 };
  for (const meeting of held) heldByType[meeting.type] += 1;
  const reached = new Set(held.map((meeting) => meeting.type));
  const stageIndex = Math.max(-1, ...held.map((meeting) => MEETING_TYPE_ORDER.indexOf(meeting.type)));
  const stage = stageIndex >= 0 ? MEETING_TYPE_ORDER[stageIndex] : undefined;
  const skipped = MEETING_TYPE_ORDER.slice(0, Math.max(0, stageIndex)).filter((type) => !reached.has(type));

  const lastMeeting = latest(held.map((meeting) => meeting.date));
  const nextMeeting = earliest(planned.map((meeting) => meeting.date));
  const since = lastMeeting ?? pair.startDate;
  const daysWithoutMeeting = since !== undefined && since <= today ? daysBetween(since, today) : undefined;

  const working = pair.status === 'утверждена' && !reached.has('final');
  return {
    pairId: pair.pairId,
    status: pair.status,
    stage,
    held: held.length,
    heldByType,
    withoutFeedback: held.filter((meeting) => meeting.mentorScore === undefined || meeting.menteeScore === undefined)
      .length,
    lastMeeting,
    nextMeeting,
    daysWithoutMeeting,
    overdue: working && daysWithoutMeeting !== undefined && daysWithoutMeeting > OVERDUE_AFTER_DAYS,
    readyToComplete: pair.status === 'утверждена' && reached.has('final'),
    skipped,
    mentorScore: mean(held.map((meeting) => meeting.mentorScore)),
    menteeScore: mean(held.map((meeting) => meeting.menteeScore)),
  };
}

function latest(days: readonly Day[]): Day | undefined {
  return days.reduce<Day | undefined>((best, day) => (best === undefined || day > best ? day : best), undefined);
}

function earliest(days: readonly Day[]): Day | undefined {
  return days.reduce<Day | undefined>((best, day) => (best === undefined || day < best ? day : best), undefined);
}

function mean(values: readonly (number | undefined)[]): number | undefined {
  const given = values.filter((value): value is number => value !== undefined);
  if (given.length === 0) return undefined;
  return given.reduce((sum, value) => sum + value, 0) / given.length;
}
