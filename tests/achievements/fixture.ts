// A programme year checked by hand (2025/2026, calculated on 20.05.2026, default points):
//   Н001 Громова (учитель – учитель): pair П001 completed; meetings in 4 of its 5 weeks
//     (01.09 → final 29.09); mentee У001 satisfied 9/10 and grew +3 (soft skills 5 → 8);
//     achievements: programme ОО 10×1 + practice regional 8×2 = 26.
//     Total 26 + 3 (completed) + 4 (5×4/5) + 4,5 (5×9/10) + 6 (2×3) = 43,5.
//   Н002 Белов (учитель – учитель): pair П002 at work since 01.04.2026, a meeting every one of its
//     8 weeks; mentee У002 answered 6 and later 8 (the later counts); no measurement;
//     achievements: contest municipal 8×1,5 + sharing ОО 5 = 17. Total 17 + 0 + 5 + 4 + 0 = 26.
//   Н003 Сидорова (учитель – учитель), no pairs: practice municipal 12 + project municipal 9 +
//     sharing ОО 5 = 26 (one more achievement dated 10.06.2025, before the year: not counted).
//     Ties with Белов on 26: both share place 2.
//   Н004 Орлов (ученик – ученик): pair П003 terminated; its mentee's 10/10 does not count. 0 points.
//   Н005 Кузнецова, a candidate with nothing in the year: not in the rating.
import { satisfactionQuestionnaire, measurementQuestionnaire } from '../../shared/monitoring';
import { answerGrid } from '../monitoring/fixtures';
import type { Meeting } from '../../shared/meetings';
import type { Mentor, PairRecord } from '../../shared/registry';
import { ACHIEVEMENT_HEADERS } from '../../shared/achievements';

export const TODAY = '2026-05-20';

function mentor(
  id: string,
  fullName: string,
  form: Mentor['forms'][number],
  status: Mentor['status'] = 'в реестре',
): Mentor {
  return {
    id,
    fullName,
    forms: [form],
    competencies: [],
    interests: [],
    days: [],
    capacity: 1,
    preferredMentees: [],
    consent: true,
    status,
  };
}

export const MENTORS: Mentor[] = [
  mentor('Н001', 'Громова Алла Игоревна', 'teacher-teacher'),
  mentor('Н002', 'Белов Борис Петрович', 'teacher-teacher'),
  mentor('Н003', 'Сидорова Вера Николаевна', 'teacher-teacher'),
  mentor('Н004', 'Орлов Глеб Ильич', 'student-student'),
  mentor('Н005', 'Кузнецова Дарья Олеговна', 'student-student', 'кандидат'),
];

function pair(
  row: number,
  pairId: string,
  mentorId: string,
  menteeId: string,
  form: PairRecord['form'],
  status: PairRecord['status'],
  startDate: string,
): PairRecord {
  return {
    row,
    pairId,
    form,
    mentorId,
    mentorName: '',
    menteeId,
    menteeName: '',
    reasons: '',
    status,
    startDate,
    order: '',
  };
}

export const PAIRS: PairRecord[] = [
  pair(2, 'П001', 'Н001', 'У001', 'teacher-teacher', 'завершена', '01.09.2025'),
  pair(3, 'П002', 'Н002', 'У002', 'teacher-teacher', 'утверждена', '01.04.2026'),
  pair(4, 'П003', 'Н004', 'У003', 'student-student', 'расторгнута', '01.10.2025'),
];

const m = (pairId: string, type: Meeting['type'], date: string): Meeting => ({ pairId, type, date });

export const MEETINGS: Meeting[] = [
  m('П001', 'intro', '2025-09-01'),
  m('П001', 'trial', '2025-09-08'),
  m('П001', 'planning', '2025-09-15'),
  m('П001', 'final', '2025-09-29'),
  m('П002', 'intro', '2026-04-01'),
  m('П002', 'trial', '2026-04-08'),
  m('П002', 'planning', '2026-04-15'),
  m('П002', 'regular', '2026-04-22'),
  m('П002', 'regular', '2026-04-29'),
  m('П002', 'regular', '2026-05-06'),
  m('П002', 'regular', '2026-05-13'),
  m('П002', 'regular', '2026-05-20'),
  // Planned after today: not held.
  m('П002', 'regular', '2026-05-27'),
  m('П003', 'intro', '2025-10-01'),
];

export const SATISFACTION_GRID = answerGrid(satisfactionQuestionnaire, [
  { participantId: 'У001', role: 'наставляемый', overall: 9 },
  { participantId: 'У002', role: 'наставляемый', overall: 6 },
  { participantId: 'У002', role: 'наставляемый', overall: 8 },
  { participantId: 'У003', role: 'наставляемый', overall: 10 },
  { participantId: 'Н001', role: 'наставник', overall: 2 },
]);

export const MEASUREMENT_GRID = answerGrid(measurementQuestionnaire, [
  { participantId: 'У001', role: 'наставляемый', wave: 'входной', 'softSkills.1': 5 },
  { participantId: 'У001', role: 'наставляемый', wave: 'итоговый', 'softSkills.1': 8 },
  { participantId: 'У002', role: 'наставляемый', wave: 'входной', 'softSkills.1': 3 },
]);

const H = ACHIEVEMENT_HEADERS;
export const ACHIEVEMENT_GRID: unknown[][] = [
  [H.mentorId, H.mentorName, H.kind, H.level, H.date, H.evidence, H.source],
  [
    'Н001',
    'Громова Алла Игоревна',
    'Персонализированная программа разработана и реализована',
    'ОО',
    '15.05.2026',
    'Приказ № 12',
    '',
  ],
  [
    'Н001',
    'Громова Алла Игоревна',
    'Практика в банке практик',
    'региональный',
    '10.03.2026',
    'https://region.example/practices/42-0001-a',
    'регион: банк практик (42-0001-a)',
  ],
  ['Н002', 'Белов Борис Петрович', 'Конкурс', 'муниципальный', '20.02.2026', 'Диплом', ''],
  ['Н002', 'Белов Борис Петрович', 'Распространение опыта', 'ОО', '05.11.2025', 'Семинар', ''],
  ['Н003', 'Сидорова Вера Николаевна', 'Практика в банке практик', 'муниципальный', '01.12.2025', '', ''],
  ['Н003', 'Сидорова Вера Николаевна', 'Проект наставничества', 'муниципальный', '01.02.2026', '', ''],
  ['Н003', 'Сидорова Вера Николаевна', 'Распространение опыта', 'оо', '02.02.2026', '', ''],
  ['Н003', 'Сидорова Вера Николаевна', 'Конкурс', 'федеральный', '10.06.2025', 'Прошлый год', ''],
];
