// Plausible school reports v1 for the demo organisations: the current year and the one before.
import type { SchoolKind, SchoolReport } from '../../../shared/report';
import { seeded, type Random } from './random';
import type { DemoEnterprise, DemoOrganisation } from './region';

type Pairs = SchoolReport['pairs'];

interface Profile {
  students10to19: [number, number];
  olderShare: [number, number];
  studentsPerTeacher: [number, number];
  menteeShare: number;
  mentorShare: number;
  partners: [number, number];
  partnerChance: number;
}

const PROFILES: Record<SchoolKind, Profile> = {
  school: {
    students10to19: [220, 900],
    olderShare: [0.22, 0.34],
    studentsPerTeacher: [11, 15],
    menteeShare: 0.66,
    mentorShare: 0.085,
    partners: [1, 2],
    partnerChance: 0.35,
  },
  college: {
    students10to19: [520, 1500],
    olderShare: [0.86, 0.97],
    studentsPerTeacher: [13, 18],
    menteeShare: 0.58,
    mentorShare: 0.12,
    partners: [3, 6],
    partnerChance: 1,
  },
  additional: {
    students10to19: [300, 950],
    olderShare: [0.2, 0.32],
    studentsPerTeacher: [20, 30],
    menteeShare: 0.4,
    mentorShare: 0.07,
    partners: [1, 1],
    partnerChance: 0.5,
  },
};

/** How far the programme had come in each year: the year before, schools were behind. */
const PROGRESS = { current: 1, previous: 0.78 } as const;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The organisation's partner enterprises this year: mostly local, colleges also with the regional centre's. */
function partnersOf(org: DemoOrganisation, enterprises: DemoEnterprise[], random: Random): DemoEnterprise[] {
  const profile = PROFILES[org.kind];
  if (random.next() >= profile.partnerChance) return [];
  const local = enterprises.filter((e) => e.municipality === org.municipality);
  const centre = enterprises.filter(
    (e) => e.municipality !== org.municipality && e.municipality === enterprises[0].municipality,
  );
  const chosen = random.sample(local, random.int(...profile.partners));
  if (org.kind === 'college') chosen.push(...random.sample(centre, random.int(1, 2)));
  return chosen;
}

function pairsOf(
  kind: SchoolKind,
  p: SchoolReport['participants'],
  hasPartners: boolean,
  progress: number,
  random: Random,
): Pairs {
  const toPairs = (mentees: number) => {
    const active = Math.round(mentees * random.between(0.45, 0.75));
    return { active, completed: Math.round((active * random.between(0.2, 0.45)) / progress) };
  };
  const employerShare = hasPartners ? random.between(0.1, 0.25) : 0;
  const peerShare = random.between(0.35, 0.55);
  const students = p.menteeStudents10to19;
  const pairs: Pairs = [
    { form: 'student-student', ...toPairs(students * peerShare) },
    { form: 'teacher-student', ...toPairs(students * (1 - peerShare - employerShare)) },
    { form: 'teacher-teacher', ...toPairs(p.menteeYoungTeachers * random.between(1.2, 1.8)) },
  ];
  if (employerShare > 0) pairs.push({ form: 'employer-student', ...toPairs(students * employerShare) });
  if (kind === 'college')
    pairs.push({ form: 'student-pupil', ...toPairs(p.mentorStudents15to19 * random.between(1.5, 3)) });
  return pairs.filter((x) => x.active + x.completed > 0);
}

export function demoReport(
  org: DemoOrganisation,
  period: string,
  year: keyof typeof PROGRESS,
  enterprises: DemoEnterprise[],
): SchoolReport {
  const profile = PROFILES[org.kind];
  // Stable across years: the organisation's size, its engagement and its partners.
  const base = seeded(`organisation:${org.id}`);
  const students10to19Now = Math.round(base.int(...profile.students10to19) * org.size);
  const olderShare = base.between(...profile.olderShare);
  const studentsPerTeacher = base.between(...profile.studentsPerTeacher);
  const youngShare = base.between(0.07, 0.2);
  const engagement = base.between(0.7, 1.25);
  const partners = partnersOf(org, enterprises, base);

  const random = seeded(`report:${org.id}:${period}`);
  const progress = PROGRESS[year];
  const students10to19 = Math.round(students10to19Now * random.between(0.95, 1.05));
  const students15to19 = Math.round(students10to19 * olderShare);
  const teachers = Math.max(6, Math.round(students10to19 / studentsPerTeacher));
  const youngTeachers = Math.max(1, Math.round(teachers * youngShare));
  const level = engagement * progress;

  const yearPartners = year === 'current' ? partners : partners.filter(() => random.next() < 0.7);
  const participants = {
    menteeStudents10to19: Math.round(students10to19 * clamp01(profile.menteeShare * level * random.between(0.9, 1.1))),
    mentorStudents15to19: Math.round(
      students15to19 * clamp01(profile.mentorShare * level * random.between(0.85, 1.15)),
    ),
    menteeYoungTeachers: Math.round(youngTeachers * clamp01(random.between(0.55, 1) * progress)),
    mentorTeachers: Math.round(teachers * clamp01(random.between(0.15, 0.35) * level)),
    mentorEmployees: yearPartners.reduce((n) => n + random.int(1, 3), 0),
  };
  const mentors = participants.mentorStudents15to19 + participants.mentorTeachers + participants.mentorEmployees;
  const mentees = participants.menteeStudents10to19 + participants.menteeYoungTeachers;
  const answered = (people: number, satisfiedShare: number) => {
    const respondents = Math.round(people * random.between(0.55, 0.9));
    return { respondents, satisfied: Math.round(respondents * clamp01(satisfiedShare + random.between(-0.08, 0.08))) };
  };

  return {
    schemaVersion: 1,
    school: { id: org.id, name: org.name, municipality: org.municipality, kind: org.kind },
    period,
    contingent: { students10to19, students15to19, teachers, youngTeachers },
    participants,
    enterprises: yearPartners.map((e) => ({ inn: e.inn, name: e.name })),
    pairs: pairsOf(org.kind, participants, yearPartners.length > 0, progress, random),
    satisfaction: {
      mentors: answered(mentors, 0.72 + 0.06 * progress),
      mentees: answered(mentees, 0.56 + 0.08 * progress),
    },
    programs: Math.max(1, Math.round(mentees / random.between(8, 14))),
    practices: random.int(0, year === 'current' ? 4 : 2),
  };
}
