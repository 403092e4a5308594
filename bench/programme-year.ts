// Programme-year benchmarks: meeting progress, stage 1 and 2 monitoring and the school report on a
// large organisation (a college with 5,000 mentees, 1,000 mentors, a year of weekly meetings).
import { performance } from 'node:perf_hooks';
import { addDays, pairsProgress, type Meeting, type PairInfo } from '../shared/meetings';
import { signedRankTest, stage1Report, stage2Report, type MeasurementAnswer } from '../shared/monitoring';
import type { PairRecord } from '../shared/registry';
import type { Mentee, Mentor } from '../shared/registry/types';
import { buildSchoolReport } from '../shared/school-report';
import { random as generator } from '../testkit/random';

const RUNS = 5;

function median(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

function line(label: string, ms: number): void {
  console.log(`  ${label.padEnd(62)} ${ms.toFixed(1).padStart(8)} ms`);
}

export async function benchProgrammeYear(): Promise<void> {
  const rnd = generator(2024);
  const mentorCount = 1_000;
  const menteeCount = 5_000;
  const today = '2025-04-15';

  const mentors: Mentor[] = Array.from({ length: mentorCount }, (_, k) => ({
    id: `Н${k}`,
    fullName: `Наставник ${k}`,
    category: k % 5 === 0 ? 'Представитель предприятия' : k % 3 === 0 ? 'Обучающийся' : 'Педагог',
    age: 15 + Math.floor(rnd() * 40),
    inn: k % 5 === 0 ? ['4205012340', '4205998877', '4217001110'][k % 3] : undefined,
    organization: k % 5 === 0 ? `ООО «Партнёр ${k % 3}»` : undefined,
    forms: [],
    competencies: [],
    interests: [],
    days: [],
    capacity: 5,
    preferredMentees: [],
    consent: true,
    status: 'в реестре',
  }));
  const mentees: Mentee[] = Array.from({ length: menteeCount }, (_, k) => ({
    id: `У${k}`,
    fullName: `Наставляемый ${k}`,
    category: k % 10 === 0 ? 'Молодой педагог' : 'Студент',
    age: 10 + Math.floor(rnd() * 12),
    experienceYears: k % 10 === 0 ? Math.floor(rnd() * 5) : undefined,
    form: k % 10 === 0 ? 'teacher-teacher' : 'teacher-student',
    requests: [],
    interests: [],
    days: [],
    consent: true,
    status: 'в паре',
  }));
  const records: PairRecord[] = mentees.map((mentee, k) => ({
    row: k + 2,
    pairId: `П${Math.floor(k / 5)}`,
    form: mentee.form,
    mentorId: `Н${Math.floor(k / 5)}`,
    mentorName: '',
    menteeId: mentee.id,
    menteeName: '',
    reasons: '',
    status: rnd() < 0.2 ? 'завершена' : 'утверждена',
    startDate: '01.10.2024',
    order: '',
  }));
  const pairs: PairInfo[] = Array.from({ length: mentorCount }, (_, k) => ({
    pairId: `П${k}`,
    status: records[k * 5].status,
    startDate: '2024-10-01',
  }));
  const meetings: Meeting[] = [];
  for (const pair of pairs) {
    let day = addDays('2024-10-01', Math.floor(rnd() * 7));
    for (let n = 0; n < 28; n++) {
      meetings.push({
        pairId: pair.pairId,
        type: n === 0 ? 'intro' : n === 1 ? 'trial' : n === 2 ? 'planning' : 'regular',
        date: day,
        mentorScore: 6 + Math.floor(rnd() * 5),
      });
      day = addDays(day, 5 + Math.floor(rnd() * 5));
    }
  }
  const answers: MeasurementAnswer[] = [];
  mentees.forEach((mentee, k) => {
    const scores = (shift: number) => {
      const result: Record<string, number> = {};
      for (const key of ['softSkills.1', 'softSkills.2', 'motivation.1', 'involvement.1', 'climate.1', 'climate.2']) {
        result[key] = Math.max(1, Math.min(10, Math.round(5 + shift + rnd() * 4 - 2)));
      }
      return result;
    };
    answers.push({ row: 2 * k + 2, participantId: mentee.id, role: 'mentee', wave: 'entry', scores: scores(0) });
    answers.push({ row: 2 * k + 3, participantId: mentee.id, role: 'mentee', wave: 'exit', scores: scores(0.6) });
  });

  console.log(
    `Programme year: ${mentorCount} mentors, ${menteeCount} mentees, ${meetings.length} meetings, ${answers.length} measurement answers`,
  );
  const exactEntry = Array.from({ length: 49 }, (_, k) => k);
  const exactExit = exactEntry.map((value, k) => value + (k % 7 === 0 ? -(k + 1) : k + 1));
  line(
    'Wilcoxon exact distribution, n = 49',
    median(() => signedRankTest(exactEntry, exactExit)),
  );
  line(
    `meeting progress of ${pairs.length} pairs`,
    median(() => pairsProgress(pairs, meetings, today)),
  );
  line(
    'stage 1 report (completion, regularity, feedback)',
    median(() => stage1Report(pairs, meetings, today)),
  );
  line(
    `stage 2 report, ${menteeCount} participants × 6 parameters`,
    median(() => stage2Report(answers)),
  );
  line(
    `school report from ${menteeCount + mentorCount} registry rows, ${records.length} pair rows`,
    median(() =>
      buildSchoolReport({
        school: { id: '42-0001', name: 'Колледж', municipality: 'Город', kind: 'college' },
        period: '2025',
        contingent: { students10to19: 6000, students15to19: 4000, teachers: 600, youngTeachers: 600 },
        mentors,
        mentees,
        pairs: records,
        satisfaction: [],
      }),
    ),
  );
}
