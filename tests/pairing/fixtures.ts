// Builders for pairing records (invented people) and seeded random small instances.
import type { FormCode, Mentee, Mentor, Weekday } from '../../shared/registry/types';
import { random } from '../../testkit/random';

export { random };

export function mentor(id: string, fields: Partial<Mentor> = {}): Mentor {
  return {
    id,
    fullName: `Наставник ${id}`,
    forms: ['teacher-student'],
    competencies: [],
    interests: [],
    days: [],
    capacity: 1,
    preferredMentees: [],
    consent: true,
    status: 'в реестре',
    ...fields,
  };
}

export function mentee(id: string, fields: Partial<Mentee> = {}): Mentee {
  return {
    id,
    fullName: `Наставляемый ${id}`,
    form: 'teacher-student',
    requests: [],
    interests: [],
    days: [],
    consent: true,
    status: 'ожидает',
    ...fields,
  };
}

const TAGS = ['математика', 'физика', 'шахматы', 'робототехника', 'английский', 'музыка'];
const DAYS: Weekday[] = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'];
const SMALL_FORMS: FormCode[] = ['student-student', 'teacher-student'];

function pick<T>(rnd: () => number, items: readonly T[], max: number): T[] {
  return items.filter(() => rnd() < max / items.length);
}

export interface SmallInstance {
  mentors: Mentor[];
  mentees: Mentee[];
}

/** A few mentors and mentees over two forms, with grades, tags, capacities 1–3 and preferences. */
export function smallInstance(seed: number, mentorCount: number, menteeCount: number): SmallInstance {
  const rnd = random(seed);
  const mentors = Array.from({ length: mentorCount }, (_, k) => {
    const forms = pick(rnd, SMALL_FORMS, 1.3);
    return mentor(`M${k + 1}`, {
      forms: forms.length > 0 ? forms : ['teacher-student'],
      grade: 5 + Math.floor(rnd() * 6),
      age: 12 + Math.floor(rnd() * 30),
      competencies: pick(rnd, TAGS, 2.5),
      interests: pick(rnd, TAGS, 2),
      days: pick(rnd, DAYS, 3),
      format: rnd() < 0.3 ? 'очно' : rnd() < 0.5 ? 'дистанционно' : 'смешанно',
      capacity: 1 + Math.floor(rnd() * 3),
      menteeGrades: rnd() < 0.2 ? { min: 4, max: 8 } : undefined,
    });
  });
  const mentees = Array.from({ length: menteeCount }, (_, k) =>
    mentee(`E${k + 1}`, {
      form: SMALL_FORMS[Math.floor(rnd() * SMALL_FORMS.length)],
      grade: 3 + Math.floor(rnd() * 6),
      age: 9 + Math.floor(rnd() * 10),
      requests: pick(rnd, TAGS, 2),
      interests: pick(rnd, TAGS, 2),
      days: pick(rnd, DAYS, 3),
      format: rnd() < 0.5 ? 'очно' : 'смешанно',
      preferredMentor: rnd() < 0.3 ? `m${1 + Math.floor(rnd() * mentorCount)}` : undefined,
    }),
  );
  for (const one of mentors) {
    if (rnd() < 0.3) one.preferredMentees = [`Наставляемый E${1 + Math.floor(rnd() * menteeCount)}`];
  }
  return { mentors, mentees };
}
