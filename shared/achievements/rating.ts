// «Рейтинг наставников»: the points of each mentor for an academic year — achievements (kind ×
// level weight) plus the year's results of the mentor's pairs — ranked within each form; equal
// totals share a place. Every number is rounded to one decimal before it is added, so the sheet's
// columns add up to its total by hand.
import { FORM_CODES, normalizeText } from '../catalogue';
import { toDay, type Day } from '../core/day';
import type { Meeting } from '../meetings/meeting';
import type { MeasurementAnswer, SatisfactionAnswer } from '../monitoring/answers';
import type { PairRecord } from '../registry/schemas';
import type { FormCode, Mentor } from '../registry/types';
import type { AcademicYear } from '../roadmap/academic-year';
import { KIND_ORDER, type AchievementKind } from './kinds';
import { answersByMentee, pairResults, type PairResults, type YearPair } from './pair-results';
import { achievementPoints, round, type PointsTable } from './points';
import type { Achievement } from './read-achievements';

export interface RatingInput {
  period: AcademicYear;
  today: Day;
  mentors: readonly Mentor[];
  pairs: readonly PairRecord[];
  meetings: readonly Meeting[];
  satisfaction: readonly SatisfactionAnswer[];
  measurement: readonly MeasurementAnswer[];
  achievements: readonly Achievement[];
  points: PointsTable;
}

export interface RatingEntry {
  mentorId: string;
  fullName: string;
  /** The form the mentor is ranked in; undefined when neither pairs nor the registry name one. */
  form?: FormCode;
  /** 1 + the number of mentors of the same form with more points. */
  place: number;
  total: number;
  achievementPoints: number;
  /** Achievements of the period by kind. */
  achievements: Record<AchievementKind, number>;
  achievementCount: number;
  results: PairResults;
  pairIds: string[];
  completedPoints: number;
  regularityPoints: number;
  satisfactionPoints: number;
  growthPoints: number;
}

export interface Rating {
  period: AcademicYear;
  today: Day;
  points: PointsTable;
  /** By form (catalogue order, no form last), then place, then name. */
  entries: RatingEntry[];
  /** Achievements dated outside the period: not counted. */
  outsidePeriod: number;
}

const STARTED = new Set(['утверждена', 'завершена', 'расторгнута']);

/** `Пары` rows → pairs of the year (started, not starting after the period), by «ID пары». */
export function yearPairs(records: readonly PairRecord[], periodEnd: Day): YearPair[] {
  const byId = new Map<string, YearPair>();
  for (const r of records) {
    if (!r.pairId || !r.status || !STARTED.has(r.status)) continue;
    const pair: YearPair = byId.get(r.pairId) ?? {
      pairId: r.pairId,
      mentorId: r.mentorId,
      form: r.form,
      status: r.status,
      menteeIds: [],
    };
    byId.set(r.pairId, pair);
    pair.menteeIds.push(r.menteeId);
    const start = toDay(r.startDate);
    if (start && (!pair.startDate || start < pair.startDate)) pair.startDate = start;
  }
  return [...byId.values()].filter((p) => !p.startDate || p.startDate <= periodEnd);
}

/** The form with most of the mentor's pairs (catalogue order on a tie); without pairs, the registry's first. */
function mainForm(pairs: readonly YearPair[], mentor: Mentor | undefined): FormCode | undefined {
  let best: FormCode | undefined;
  let most = 0;
  for (const form of FORM_CODES) {
    const n = pairs.filter((p) => p.form === form).length;
    if (n > most) [best, most] = [form, n];
  }
  return best ?? mentor?.forms[0];
}

export function computeRating(input: RatingInput): Rating {
  const { period, today, points } = input;
  const pairs = yearPairs(input.pairs, period.end);
  const meetingsByPair = new Map<string, Meeting[]>();
  for (const m of input.meetings) {
    const list = meetingsByPair.get(m.pairId) ?? [];
    list.push(m);
    meetingsByPair.set(m.pairId, list);
  }
  const answers = answersByMentee(input.satisfaction, input.measurement);
  const inPeriod = input.achievements.filter((a) => a.date >= period.start && a.date <= period.end);

  const pairsOf = new Map<string, YearPair[]>();
  for (const p of pairs) {
    const key = normalizeText(p.mentorId);
    pairsOf.set(key, [...(pairsOf.get(key) ?? []), p]);
  }
  const achievementsOf = new Map<string, Achievement[]>();
  for (const a of inPeriod) {
    const key = normalizeText(a.mentorId);
    achievementsOf.set(key, [...(achievementsOf.get(key) ?? []), a]);
  }

  const entries: RatingEntry[] = [];
  for (const mentor of input.mentors) {
    const key = normalizeText(mentor.id);
    const own = pairsOf.get(key) ?? [];
    const earned = achievementsOf.get(key) ?? [];
    if (mentor.status !== 'в реестре' && own.length === 0 && earned.length === 0) continue;
    const byKind = Object.fromEntries(KIND_ORDER.map((kind) => [kind, 0])) as Record<AchievementKind, number>;
    for (const a of earned) byKind[a.kind] += 1;
    const results = pairResults(own, meetingsByPair, answers, today, period.end);
    const achievementTotal = round(earned.reduce((sum, a) => sum + achievementPoints(a.kind, a.level, points), 0));
    const completedPoints = round(results.completed * points.pairs.completedPair);
    const regularityPoints = results.regularity === null ? 0 : round(results.regularity * points.pairs.regularity);
    const satisfactionPoints =
      results.satisfaction === null ? 0 : round((results.satisfaction / 10) * points.pairs.satisfaction);
    const growthPoints = results.growth === null ? 0 : round(Math.max(0, results.growth) * points.pairs.growth);
    entries.push({
      mentorId: mentor.id,
      fullName: mentor.fullName,
      form: mainForm(own, mentor),
      place: 0,
      total: round(achievementTotal + completedPoints + regularityPoints + satisfactionPoints + growthPoints),
      achievementPoints: achievementTotal,
      achievements: byKind,
      achievementCount: earned.length,
      results,
      pairIds: own.map((p) => p.pairId),
      completedPoints,
      regularityPoints,
      satisfactionPoints,
      growthPoints,
    });
  }
  for (const entry of entries) {
    entry.place = 1 + entries.filter((other) => other.form === entry.form && other.total > entry.total).length;
  }
  const formIndex = (form?: FormCode) => (form === undefined ? FORM_CODES.length : FORM_CODES.indexOf(form));
  entries.sort(
    (a, b) => formIndex(a.form) - formIndex(b.form) || a.place - b.place || a.fullName.localeCompare(b.fullName, 'ru'),
  );
  return { period, today, points, entries, outsidePeriod: input.achievements.length - inPeriod.length };
}
