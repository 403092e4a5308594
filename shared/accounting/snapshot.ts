// A snapshot of who takes part at a date, for the quarterly personalised accounting. Who counts and
// how people are told apart are the school report's rules (countParticipants, pairsByForm,
// personKey); the snapshot adds the state of every pair AT the date:
// - a pair counts from its «Дата начала» (a pair without one counts from the start);
// - a «завершена» / «расторгнута» pair ended on the day of its last meeting in «Встречи»; before
//   that day it was still active. One with no meetings ended on an unknown day (counted as ended).
// Unlike the report, a mentee's own status does not make them count: only pairs carry dates.
// New in the quarter: taking part at the date, first pair started within the quarter.
// Left in the quarter: took part, no active pair at the date, the last pair ended within the quarter.
import { toDay, type Day } from '../meetings';
import type { PairRecord } from '../registry/schemas';
import type { FormCode, Mentee, MenteeCategory, Mentor, MentorCategory } from '../registry/types';
import { percentOf } from '../indicators';
import { FORM_CODES } from '../catalogue/forms';
import { countParticipants } from '../school-report/participants';
import { pairsByForm } from '../school-report/pairs-by-form';
import { personKey } from '../school-report/person-key';
import { quarterOf, type Quarter } from './quarter';

export const MENTOR_CATEGORIES: readonly MentorCategory[] = [
  'Обучающийся',
  'Педагог',
  'Выпускник',
  'Представитель предприятия',
  'Родитель',
  'Социальный партнёр',
];
export const MENTEE_CATEGORIES: readonly MenteeCategory[] = ['Обучающийся', 'Студент', 'Молодой педагог', 'Педагог'];

export interface SnapshotInput {
  mentors: readonly Mentor[];
  mentees: readonly Mentee[];
  pairs: readonly PairRecord[];
  /** Meeting days by «ID пары» (any order); used for the day a pair ended. */
  meetingDays?: ReadonlyMap<string, readonly Day[]>;
  /** Contingent from «Настройки»; absent = not filled in. */
  students10to19?: number;
  teachers?: number;
}

export interface ParticipationSnapshot {
  date: Day;
  quarter: Quarter;
  mentors: number;
  mentees: number;
  mentorsByCategory: Record<MentorCategory | 'без категории', number>;
  menteesByCategory: Record<MenteeCategory | 'без категории', number>;
  byForm: Record<FormCode, { mentors: number; mentees: number }>;
  activePairs: number;
  completedPairs: number;
  newMentors: number;
  newMentees: number;
  leftMentors: number;
  leftMentees: number;
  /** % of students 10–19 (mentees 10–19 and mentors 15–19) of the contingent; null without it. */
  studentsShare: number | null;
  /** % of teachers (mentors «Педагог», young teachers mentored) of the contingent; null without it. */
  teachersShare: number | null;
  /** Russian notes (counts only, no names). */
  notes: string[];
}

interface PairAt {
  record: PairRecord;
  start?: Day;
  end?: Day;
  ended: boolean;
}

const isWorking = (status: PairRecord['status']) =>
  status === 'утверждена' || status === 'завершена' || status === 'расторгнута';

export function takeSnapshot(input: SnapshotInput, date: Day): ParticipationSnapshot {
  const quarter = quarterOf(date);
  const notes: string[] = [];
  const pairs: PairAt[] = [];
  let endUnknown = 0;
  for (const record of input.pairs) {
    if (!isWorking(record.status)) continue;
    const start = toDay(record.startDate);
    if (start && start > date) continue;
    const days = input.meetingDays?.get(record.pairId) ?? [];
    const finished = record.status !== 'утверждена';
    const end = finished && days.length > 0 ? [...days].sort().pop() : undefined;
    if (finished && !end) endUnknown++;
    pairs.push({ record, start, end, ended: finished && (end === undefined || end <= date) });
  }
  if (endUnknown > 0)
    notes.push(
      `Завершённых или расторгнутых пар без встреч: ${endUnknown} — день окончания неизвестен, они считаются завершившимися`,
    );

  // The pairs as they stood on the date, in the school report's terms.
  const asOf: PairRecord[] = pairs
    .filter((p) => p.record.status !== 'расторгнута' || !p.ended)
    .map((p) => ({ ...p.record, status: p.ended ? 'завершена' : 'утверждена' }));
  // Taking part is read from the pairs only: a mentee's own «в паре» says nothing about when.
  const menteesByPairs = input.mentees.map((m): Mentee => ({ ...m, status: 'ожидает' }));
  const participation = countParticipants(input.mentors, menteesByPairs, asOf);
  const forms = pairsByForm(asOf, input.mentees);
  notes.push(...participation.notes, ...forms.notes);

  const mentorsByCategory = tally(
    MENTOR_CATEGORIES,
    participation.mentors.map((m) => m.category),
  );
  const menteesByCategory = tally(
    MENTEE_CATEGORIES,
    participation.mentees.map((m) => m.category),
  );
  const menteeForm = new Map(input.mentees.map((m) => [personKey(m), m.form]));
  const byForm = Object.fromEntries(
    FORM_CODES.map((f) => [f, { mentors: new Set<string>(), mentees: new Set<string>() }]),
  );
  for (const pair of asOf) {
    const form = pair.form ?? menteeForm.get(personKey({ id: pair.menteeId }));
    if (!form) continue;
    byForm[form].mentors.add(personKey({ id: pair.mentorId }));
    byForm[form].mentees.add(personKey({ id: pair.menteeId }));
  }

  const moves = joinedAndLeft(pairs, quarter, date);
  const counts = participation.counts;
  return {
    date,
    quarter,
    mentors: participation.mentors.length,
    mentees: participation.mentees.length,
    mentorsByCategory,
    menteesByCategory,
    byForm: Object.fromEntries(
      FORM_CODES.map((f) => [f, { mentors: byForm[f].mentors.size, mentees: byForm[f].mentees.size }]),
    ) as ParticipationSnapshot['byForm'],
    activePairs: forms.pairs.reduce((sum, row) => sum + row.active, 0),
    completedPairs: forms.pairs.reduce((sum, row) => sum + row.completed, 0),
    ...moves,
    studentsShare:
      input.students10to19 === undefined
        ? null
        : percentOf(counts.menteeStudents10to19 + counts.mentorStudents15to19, input.students10to19),
    teachersShare:
      input.teachers === undefined
        ? null
        : percentOf(counts.mentorTeachers + counts.menteeYoungTeachers, input.teachers),
    notes,
  };
}

function tally<C extends string>(
  categories: readonly C[],
  values: readonly (C | undefined)[],
): Record<C | 'без категории', number> {
  const result = Object.fromEntries([...categories, 'без категории'].map((c) => [c, 0])) as Record<
    C | 'без категории',
    number
  >;
  for (const value of values) result[value ?? 'без категории']++;
  return result;
}

function joinedAndLeft(pairs: readonly PairAt[], quarter: Quarter, date: Day) {
  const people = new Map<string, { first?: Day; lastEnd?: Day; active: boolean; endUnknown: boolean }>();
  const touch = (key: string, pair: PairAt) => {
    const person = people.get(key) ?? { active: false, endUnknown: false };
    people.set(key, person);
    if (pair.start && (!person.first || pair.start < person.first)) person.first = pair.start;
    if (!pair.ended) person.active = true;
    else if (pair.end === undefined) person.endUnknown = true;
    else if (!person.lastEnd || pair.end > person.lastEnd) person.lastEnd = pair.end;
  };
  for (const pair of pairs) {
    touch(`mentor:${personKey({ id: pair.record.mentorId })}`, pair);
    touch(`mentee:${personKey({ id: pair.record.menteeId })}`, pair);
  }
  const within = (day: Day | undefined) => day !== undefined && day >= quarter.start && day <= date;
  const count = (
    role: string,
    test: (p: { first?: Day; lastEnd?: Day; active: boolean; endUnknown: boolean }) => boolean,
  ) => [...people].filter(([key, p]) => key.startsWith(role) && test(p)).length;
  return {
    newMentors: count('mentor:', (p) => within(p.first)),
    newMentees: count('mentee:', (p) => within(p.first)),
    leftMentors: count('mentor:', (p) => !p.active && !p.endUnknown && within(p.lastEnd)),
    leftMentees: count('mentee:', (p) => !p.active && !p.endUnknown && within(p.lastEnd)),
  };
}
