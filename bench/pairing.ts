// Pairing benchmarks: the exact engine and a greedy baseline (highest score first) on the same
// seeded, realistic input at 500 × 100 and 5,000 mentees × 1,000 mentors.
import { performance } from 'node:perf_hooks';
import {
  greedyPairs,
  matchPairs,
  type AssignmentStats,
  type PairingOptions,
  type PairingResult,
} from '../shared/pairing';
import type { FormCode, MeetingFormat, Mentee, Mentor, MentorCategory, Weekday } from '../shared/registry/types';
import { random as generator } from '../testkit/random';

const GOAL_MS = 1_500;
const RUNS = 3;

const SUBJECTS = [
  'математика',
  'физика',
  'химия',
  'биология',
  'информатика',
  'русский язык',
  'литература',
  'история',
  'обществознание',
  'география',
  'английский язык',
  'немецкий язык',
  'ОГЭ',
  'ЕГЭ',
  'олимпиады',
  'проектная деятельность',
  'исследовательская работа',
  'профориентация',
  'программирование',
  'робототехника',
  'финансовая грамотность',
  'публичные выступления',
  'тайм-менеджмент',
  'адаптация в коллективе',
  'учебная мотивация',
  'конфликты',
  'лидерство',
  'волонтёрство',
  'черчение',
  'электротехника',
  'сварка',
  'автомеханика',
  'поварское дело',
  'бухгалтерия',
  'дизайн',
  'методика преподавания',
  'классное руководство',
  'цифровые инструменты',
  'работа с родителями',
  'подготовка к аттестации',
];
const HOBBIES = [
  'шахматы',
  'футбол',
  'волейбол',
  'баскетбол',
  'плавание',
  'лыжи',
  'туризм',
  'рисование',
  'музыка',
  'гитара',
  'пение',
  'театр',
  'кино',
  'чтение',
  'фотография',
  'видеомонтаж',
  'блогинг',
  'настольные игры',
  'компьютерные игры',
  'аниме',
  'кулинария',
  'рукоделие',
  'танцы',
  'краеведение',
  'экология',
  'животные',
  'астрономия',
  'моделирование',
  'косплей',
  'дебаты',
  'КВН',
  'журналистика',
  'йога',
  'бег',
  'велоспорт',
  'рыбалка',
  'садоводство',
  'история края',
];
const WEEKDAYS: Weekday[] = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'];
const FORMATS: MeetingFormat[] = ['очно', 'очно', 'смешанно', 'дистанционно'];
const SURNAMES = [
  'Ветров',
  'Климов',
  'Лесной',
  'Морозов',
  'Полевой',
  'Речной',
  'Снегирёв',
  'Туманов',
  'Уралов',
  'Яснов',
];
const NAMES = ['Алексей', 'Мирон', 'Глеб', 'Тимур', 'Ярослав', 'Савва', 'Роман', 'Елисей'];

/** Skewed choice: a few popular tags, a long tail (as in real questionnaires). */
function tags(rnd: () => number, pool: readonly string[], min: number, max: number): string[] {
  const count = min + Math.floor(rnd() * (max - min + 1));
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(pool[Math.floor(rnd() ** 1.6 * pool.length)]);
  return [...chosen];
}

function days(rnd: () => number): Weekday[] {
  return WEEKDAYS.filter((day, k) => rnd() < (k < 5 ? 0.55 : 0.15));
}

function name(rnd: () => number, k: number): string {
  return `${SURNAMES[Math.floor(rnd() * SURNAMES.length)]} ${NAMES[Math.floor(rnd() * NAMES.length)]} ${k}`;
}

const MENTEE_FORMS: [FormCode, number][] = [
  ['student-student', 0.35],
  ['teacher-student', 0.25],
  ['student-pupil', 0.15],
  ['employer-student', 0.15],
  ['teacher-teacher', 0.1],
];

function menteeForm(rnd: () => number): FormCode {
  let x = rnd();
  for (const [form, share] of MENTEE_FORMS) if ((x -= share) < 0) return form;
  return 'student-student';
}

interface Input {
  mentors: Mentor[];
  mentees: Mentee[];
  options: PairingOptions;
}

/** Seeded realistic registries: 5 forms, categories behind them, grades, tags, capacities 1–5. */
export function realisticInput(menteeCount: number, mentorCount: number, seed: number): Input {
  const rnd = generator(seed);
  const mentors: Mentor[] = [];
  for (let k = 1; k <= mentorCount; k++) {
    const roll = rnd();
    const category: MentorCategory = roll < 0.4 ? 'Обучающийся' : roll < 0.8 ? 'Педагог' : 'Представитель предприятия';
    let forms: FormCode[];
    if (category === 'Обучающийся') forms = rnd() < 0.7 ? ['student-student'] : ['student-student', 'student-pupil'];
    else if (category === 'Педагог')
      forms =
        rnd() < 0.6 ? ['teacher-student'] : rnd() < 0.5 ? ['teacher-teacher'] : ['teacher-student', 'teacher-teacher'];
    else forms = rnd() < 0.8 ? ['employer-student'] : ['employer-student', 'student-pupil'];
    const learner = category === 'Обучающийся';
    const grade = learner ? 7 + Math.floor(rnd() * 5) : undefined;
    const low = 1 + Math.floor(rnd() * 8);
    mentors.push({
      id: `Н-${String(k).padStart(5, '0')}`,
      fullName: name(rnd, k),
      category,
      age: learner ? (grade ?? 9) + 6 : 23 + Math.floor(rnd() * 35),
      grade,
      experienceYears: learner ? undefined : Math.floor(rnd() * 30),
      forms,
      competencies: tags(rnd, SUBJECTS, 3, 8),
      interests: tags(rnd, HOBBIES, 2, 6),
      menteeGrades: rnd() < 0.3 ? { min: low, max: low + 2 + Math.floor(rnd() * 3) } : undefined,
      days: days(rnd),
      format: FORMATS[Math.floor(rnd() * FORMATS.length)],
      capacity: 1 + Math.floor(rnd() * 5),
      preferredMentees: [],
      consent: rnd() < 0.96,
      status: rnd() < 0.05 ? 'выбыл' : rnd() < 0.7 ? 'в реестре' : 'кандидат',
    });
  }
  const mentees: Mentee[] = [];
  for (let k = 1; k <= menteeCount; k++) {
    const form = menteeForm(rnd);
    const teacher = form === 'teacher-teacher';
    const grade = teacher ? undefined : 1 + Math.floor(rnd() * 10);
    mentees.push({
      id: `У-${String(k).padStart(5, '0')}`,
      fullName: name(rnd, k),
      category: teacher ? 'Молодой педагог' : 'Обучающийся',
      age: teacher ? 22 + Math.floor(rnd() * 6) : (grade ?? 5) + 6,
      grade,
      experienceYears: teacher ? Math.floor(rnd() * 4) : undefined,
      form,
      requests: tags(rnd, SUBJECTS, 1, 4),
      interests: tags(rnd, HOBBIES, 1, 5),
      days: days(rnd),
      format: FORMATS[Math.floor(rnd() * FORMATS.length)],
      consent: rnd() < 0.95,
      status: rnd() < 0.04 ? 'в паре' : rnd() < 0.05 ? 'без пары' : 'ожидает',
    });
  }
  const ofForm = (form: FormCode) => mentors.filter((one) => one.forms.includes(form));
  const pinned: PairingOptions['pinned'] = [];
  const used = new Map<string, number>();
  for (const one of mentees) {
    const candidates = ofForm(one.form);
    if (rnd() < 0.2 && candidates.length) {
      const chosen = candidates[Math.floor(rnd() * candidates.length)];
      one.preferredMentor = rnd() < 0.5 ? chosen.id : chosen.fullName;
      if (rnd() < 0.5) chosen.preferredMentees.push(one.id);
    }
    if (one.status === 'в паре' && candidates.length) {
      const chosen = candidates[Math.floor(rnd() * candidates.length)];
      if ((used.get(chosen.id) ?? 0) < chosen.capacity) {
        used.set(chosen.id, (used.get(chosen.id) ?? 0) + 1);
        pinned.push({ mentorId: chosen.id, menteeId: one.id });
      }
    }
  }
  for (const one of mentors) {
    if (rnd() < 0.1) one.preferredMentees.push(mentees[Math.floor(rnd() * menteeCount)].fullName);
  }
  const doNotPair = Array.from({ length: Math.round(menteeCount / 100) }, () => ({
    mentorId: mentors[Math.floor(rnd() * mentorCount)].id,
    menteeId: mentees[Math.floor(rnd() * menteeCount)].id,
  }));
  return { mentors, mentees, options: { pinned, doNotPair } };
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function line(name: string, value: string, note = ''): void {
  console.log(`    ${name.padEnd(30)} ${value.padStart(16)}   ${note}`);
}

function benchSize(menteeCount: number, mentorCount: number, seed: number): boolean {
  const input = realisticInput(menteeCount, mentorCount, seed);
  const places = input.mentors.reduce((sum, one) => sum + one.capacity, 0);
  console.log(
    `  ${menteeCount.toLocaleString('en')} mentees × ${mentorCount.toLocaleString('en')} mentors (places ${places}, seed ${seed})`,
  );

  const times: number[] = [];
  const stats: AssignmentStats = { arcs: 0, phases: 0, augmentations: 0 };
  let exact: PairingResult | undefined;
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  for (let run = 0; run < RUNS; run++) {
    const result = timed(() => matchPairs(input.mentors, input.mentees, input.options, stats));
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    times.push(result.ms);
    exact = result.value;
  }
  const greedy = timed(() => greedyPairs(input.mentors, input.mentees, input.options));
  if (!exact) return false;

  const first = times[0];
  const best = Math.min(...times);
  line('exact: time, first run', `${first.toFixed(0)} ms`, `goal ≤ ${GOAL_MS} ms ${first <= GOAL_MS ? '✓' : '✗'}`);
  line(
    `exact: time, best of ${RUNS}`,
    `${best.toFixed(0)} ms`,
    `${stats.phases} phases, ${stats.augmentations} augmentations`,
  );
  line(
    'exact: matched / total score',
    `${exact.matched} / ${exact.totalScore}`,
    `unmatched ${exact.unmatched.length}, candidate pairs ${stats.arcs}`,
  );
  line('greedy: time', `${greedy.ms.toFixed(0)} ms`);
  line('greedy: matched / total score', `${greedy.value.matched} / ${greedy.value.totalScore}`);
  line('heap after runs (peak sampled)', mb(heapPeak));
  line('process peak RSS (maxRSS)', mb(process.resourceUsage().maxRSS * 1024));
  const notFewer = exact.matched >= greedy.value.matched;
  const notLower = exact.matched > greedy.value.matched || exact.totalScore >= greedy.value.totalScore;
  const ok = notFewer && notLower;
  console.log(
    `    ${ok ? '✓' : '✗'} exact ≥ greedy: matched ${exact.matched - greedy.value.matched >= 0 ? '+' : ''}${exact.matched - greedy.value.matched}, ` +
      `score ${exact.totalScore - greedy.value.totalScore >= 0 ? '+' : ''}${exact.totalScore - greedy.value.totalScore}`,
  );
  return ok && first <= GOAL_MS;
}

export async function benchPairing(): Promise<void> {
  console.log('Pairing (exact min-cost max-flow vs greedy)');
  const small = benchSize(500, 100, 2024);
  const large = benchSize(5_000, 1_000, 2025);
  if (!small || !large) process.exitCode = 1;
}
