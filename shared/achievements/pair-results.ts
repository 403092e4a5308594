// The year's results of one mentor's pairs: pairs completed, meetings against the weekly rule,
// mentees' satisfaction and mentees' change between the entry and the exit measurement.
import { normalizeText } from '../catalogue';
import { daysBetween, type Day } from '../core/day';
import type { Meeting } from '../meetings/meeting';
import type { MeasurementAnswer, SatisfactionAnswer } from '../monitoring/answers';
import { PARAMETERS } from '../monitoring/parameters';
import { parameterScore } from '../monitoring/stage2';
import type { PairStatus } from '../catalogue';
import type { FormCode } from '../registry/types';

/** One pair (or group) of «Пары»: the rows sharing an «ID пары». */
export interface YearPair {
  pairId: string;
  mentorId: string;
  form?: FormCode;
  status?: PairStatus;
  startDate?: Day;
  menteeIds: string[];
}

export interface PairResults {
  /** Pairs `утверждена`, `завершена` or `расторгнута`. */
  pairs: number;
  completed: number;
  /** Mean share (0–1) of the weeks of work with a meeting, over pairs that can be judged; null with none. */
  regularity: number | null;
  /** Mean overall score (1–10) of the mentor's mentees in the final questionnaire; null with no answer. */
  satisfaction: number | null;
  satisfactionRespondents: number;
  /** Mean change (exit − entry, on the 1–10 scale) of mentees measured twice; null with none. */
  growth: number | null;
  measured: number;
}

/** A pair's weeks from its start to its final meeting (or today, or the period's end) and how many had a meeting. */
export function weeksWithMeetings(
  pair: YearPair,
  meetings: readonly Meeting[],
  today: Day,
  periodEnd: Day,
): { weeks: number; covered: number } | null {
  if (pair.status !== 'утверждена' && pair.status !== 'завершена') return null;
  const held = meetings
    .filter((m) => m.date <= today)
    .map((m) => m.date)
    .sort();
  const start = pair.startDate ?? held[0];
  if (!start || start > today) return null;
  const final = meetings
    .filter((m) => m.type === 'final' && m.date <= today)
    .map((m) => m.date)
    .sort()[0];
  const stop = today < periodEnd ? today : periodEnd;
  const end = final ?? (pair.status === 'завершена' ? (held[held.length - 1] ?? start) : stop);
  if (end < start) return null;
  const weeks = Math.floor(daysBetween(start, end) / 7) + 1;
  const covered = new Set(held.filter((d) => d >= start && d <= end).map((d) => Math.floor(daysBetween(start, d) / 7)))
    .size;
  return { weeks, covered };
}

function latestBy<T extends { row: number; participantId: string }>(answers: readonly T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const answer of [...answers].sort((a, b) => a.row - b.row))
    latest.set(normalizeText(answer.participantId), answer);
  return latest;
}

export interface AnswersByMentee {
  satisfaction: Map<string, SatisfactionAnswer>;
  entry: Map<string, MeasurementAnswer>;
  exit: Map<string, MeasurementAnswer>;
}

/** Mentees' answers, the later answer of a participant counting, by normalised participant code. */
export function answersByMentee(
  satisfaction: readonly SatisfactionAnswer[],
  measurement: readonly MeasurementAnswer[],
): AnswersByMentee {
  const mentees = <T extends { role: string }>(list: readonly T[]) => list.filter((a) => a.role === 'mentee');
  const measured = mentees(measurement);
  return {
    satisfaction: latestBy(mentees(satisfaction)),
    entry: latestBy(measured.filter((a) => a.wave === 'entry')),
    exit: latestBy(measured.filter((a) => a.wave === 'exit')),
  };
}

/** A mentee's change: the mean over parameters scored at entry and at exit; null without such a parameter. */
export function menteeChange(entry: MeasurementAnswer, exit: MeasurementAnswer): number | null {
  const changes: number[] = [];
  for (const parameter of PARAMETERS) {
    const before = parameterScore(entry, parameter.key);
    const after = parameterScore(exit, parameter.key);
    if (before !== undefined && after !== undefined) changes.push(after - before);
  }
  return changes.length ? mean(changes) : null;
}

export function pairResults(
  pairs: readonly YearPair[],
  meetingsByPair: ReadonlyMap<string, readonly Meeting[]>,
  answers: AnswersByMentee,
  today: Day,
  periodEnd: Day,
): PairResults {
  const shares: number[] = [];
  const mentees = new Set<string>();
  for (const pair of pairs) {
    const weeks = weeksWithMeetings(pair, meetingsByPair.get(pair.pairId) ?? [], today, periodEnd);
    if (weeks) shares.push(Math.min(1, weeks.covered / weeks.weeks));
    if (pair.status === 'утверждена' || pair.status === 'завершена')
      for (const id of pair.menteeIds) mentees.add(normalizeText(id));
  }
  const scores: number[] = [];
  const changes: number[] = [];
  for (const id of mentees) {
    const answer = answers.satisfaction.get(id);
    if (answer) scores.push(answer.overall);
    const entry = answers.entry.get(id);
    const exit = answers.exit.get(id);
    const change = entry && exit ? menteeChange(entry, exit) : null;
    if (change !== null) changes.push(change);
  }
  return {
    pairs: pairs.length,
    completed: pairs.filter((p) => p.status === 'завершена').length,
    regularity: shares.length ? mean(shares) : null,
    satisfaction: scores.length ? mean(scores) : null,
    satisfactionRespondents: scores.length,
    growth: changes.length ? mean(changes) : null,
    measured: changes.length,
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
