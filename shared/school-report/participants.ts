// Who counts in the school report, distinct people only.
//
// Taking part: a mentee in a row of `Пары` that is «утверждена» or «завершена», or whose own status
// is «в паре» / «завершил»; a mentor of such a pair row. Proposed and cancelled pairs do not count.
// - mentee students 10–19: category «Обучающийся» or «Студент», age 10…19;
// - mentor students 15–19: category «Обучающийся», age 15…19 (graduates are not the school's students);
// - mentee young teachers: «Молодой педагог» or «Педагог» with 0–3 years of experience
//   (a «Молодой педагог» with no experience given counts; a stated experience over 3 years does not);
// - mentor teachers: «Педагог»;
// - mentor employees: «Представитель предприятия» or «Социальный партнёр».
import type { PairRecord } from '../registry/schemas';
import type { Mentee, Mentor } from '../registry/types';
import { personKey } from './person-key';

export interface ParticipantCounts {
  menteeStudents10to19: number;
  mentorStudents15to19: number;
  menteeYoungTeachers: number;
  mentorTeachers: number;
  mentorEmployees: number;
}

export interface Participation {
  counts: ParticipantCounts;
  /** Mentors taking part (distinct), for the enterprises list. */
  mentors: Mentor[];
  /** Mentees taking part (distinct). */
  mentees: Mentee[];
  /** Russian notes for the curator: people left out and why (no names; counts and IDs only). */
  notes: string[];
}

const inWork = (pair: PairRecord) => pair.status === 'утверждена' || pair.status === 'завершена';

export function countParticipants(
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
  pairs: readonly PairRecord[],
): Participation {
  const notes: string[] = [];
  const working = pairs.filter(inWork);
  const pairedMentees = new Set(working.map((pair) => personKey({ id: pair.menteeId })));
  const pairedMentors = new Set(working.map((pair) => personKey({ id: pair.mentorId })));

  const menteesIn = distinct(
    mentees.filter((m) => pairedMentees.has(personKey(m)) || m.status === 'в паре' || m.status === 'завершил'),
  );
  const mentorsIn = distinct(mentors.filter((m) => pairedMentors.has(personKey(m))));

  const menteeKeys = new Set(mentees.map(personKey));
  const mentorKeys = new Set(mentors.map(personKey));
  const unknownMentees = [...pairedMentees].filter((key) => !menteeKeys.has(key)).length;
  const unknownMentors = [...pairedMentors].filter((key) => !mentorKeys.has(key)).length;
  if (unknownMentees > 0)
    notes.push(`Наставляемых из листа «Пары», которых нет в листе «Наставляемые»: ${unknownMentees} — они не учтены`);
  if (unknownMentors > 0)
    notes.push(`Наставников из листа «Пары», которых нет в листе «Наставники»: ${unknownMentors} — они не учтены`);

  const students = menteesIn.filter((m) => m.category === 'Обучающийся' || m.category === 'Студент');
  const mentorStudents = mentorsIn.filter((m) => m.category === 'Обучающийся');
  noteMissingAge(students, 'Наставляемых-обучающихся', notes);
  noteMissingAge(mentorStudents, 'Наставников-обучающихся', notes);

  const teacherMentees = menteesIn.filter((m) => m.category === 'Молодой педагог' || m.category === 'Педагог');
  const youngTeachers = teacherMentees.filter((m) =>
    m.experienceYears === undefined
      ? m.category === 'Молодой педагог'
      : m.experienceYears >= 0 && m.experienceYears <= 3,
  );
  const unknownExperience = teacherMentees.filter(
    (m) => m.category === 'Педагог' && m.experienceYears === undefined,
  ).length;
  if (unknownExperience > 0) {
    notes.push(
      `Наставляемых педагогов без стажа: ${unknownExperience} — не учтены как молодые педагоги; заполните «Стаж, лет»`,
    );
  }

  return {
    counts: {
      menteeStudents10to19: students.filter((m) => within(m.age, 10, 19)).length,
      mentorStudents15to19: mentorStudents.filter((m) => within(m.age, 15, 19)).length,
      menteeYoungTeachers: youngTeachers.length,
      mentorTeachers: mentorsIn.filter((m) => m.category === 'Педагог').length,
      mentorEmployees: mentorsIn.filter(
        (m) => m.category === 'Представитель предприятия' || m.category === 'Социальный партнёр',
      ).length,
    },
    mentors: mentorsIn,
    mentees: menteesIn,
    notes,
  };
}

function distinct<T extends { id?: string; fullName?: string; age?: number }>(people: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const person of people) if (!seen.has(personKey(person))) seen.set(personKey(person), person);
  return [...seen.values()];
}

function within(age: number | undefined, min: number, max: number): boolean {
  return age !== undefined && age >= min && age <= max;
}

function noteMissingAge(people: readonly { age?: number }[], who: string, notes: string[]): void {
  const missing = people.filter((person) => person.age === undefined).length;
  if (missing > 0)
    notes.push(`${who} без возраста: ${missing} — не учтены в показателях по возрасту; заполните «Возраст»`);
}
