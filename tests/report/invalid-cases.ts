// Every rule of school report v1 as a change to a valid report and the issue it must give.
// Shared by the schema unit tests and the HTTP integration tests.
import type { SchoolReport } from '../../shared/report/schema';

type Json = Record<string, any>;

export interface InvalidReportCase {
  rule: string;
  change: (report: Json) => void;
  path: string;
  message: RegExp;
}

export const INVALID_REPORT_CASES: InvalidReportCase[] = [
  {
    rule: 'schemaVersion is 1',
    change: (r) => (r.schemaVersion = 2),
    path: 'schemaVersion',
    message: /только версия формата 1/,
  },
  { rule: 'school.id required', change: (r) => delete r.school.id, path: 'school.id', message: /Обязательное поле/ },
  { rule: 'school.name not empty', change: (r) => (r.school.name = '   '), path: 'school.name', message: /пустым/ },
  {
    rule: 'school.municipality is text',
    change: (r) => (r.school.municipality = 5),
    path: 'school.municipality',
    message: /Ожидается строка/,
  },
  {
    rule: 'school.kind from the list',
    change: (r) => (r.school.kind = 'university'),
    path: 'school.kind',
    message: /school .* college .* additional/,
  },
  { rule: 'period is YYYY', change: (r) => (r.period = '24'), path: 'period', message: /четырёх цифр/ },
  { rule: 'period is a string', change: (r) => (r.period = 2024), path: 'period', message: /четырёх цифр/ },
  {
    rule: 'counts are numbers',
    change: (r) => (r.contingent.teachers = '70'),
    path: 'contingent.teachers',
    message: /целое число не меньше 0, получено: строка «70»/,
  },
  {
    rule: 'counts are integers',
    change: (r) => (r.participants.mentorTeachers = 2.5),
    path: 'participants.mentorTeachers',
    message: /целое число не меньше 0, получено: число 2.5/,
  },
  { rule: 'counts are ≥ 0', change: (r) => (r.programs = -1), path: 'programs', message: /целое число не меньше 0/ },
  { rule: 'counts required', change: (r) => delete r.practices, path: 'practices', message: /Обязательное поле/ },
  {
    rule: 'pair counts are counts',
    change: (r) => (r.pairs[0].active = -3),
    path: 'pairs.0.active',
    message: /целое число не меньше 0/,
  },
  {
    rule: 'satisfaction counts are counts',
    change: (r) => (r.satisfaction.mentors.respondents = null),
    path: 'satisfaction.mentors.respondents',
    message: /получено: null/,
  },
  {
    rule: 'menteeStudents10to19 ≤ students10to19',
    change: (r) => (r.participants.menteeStudents10to19 = 541),
    path: 'participants.menteeStudents10to19',
    message: /«Наставляемые обучающиеся 10–19 лет» \(541\) больше, чем «Обучающиеся 10–19 лет» \(540/,
  },
  {
    rule: 'mentorStudents15to19 ≤ students15to19',
    change: (r) => (r.participants.mentorStudents15to19 = 211),
    path: 'participants.mentorStudents15to19',
    message: /\(211\) больше, чем «Обучающиеся 15–19 лет» \(210/,
  },
  {
    rule: 'menteeYoungTeachers ≤ youngTeachers',
    change: (r) => (r.participants.menteeYoungTeachers = 13),
    path: 'participants.menteeYoungTeachers',
    message: /\(13\) больше, чем «Молодые педагоги \(стаж 0–3 года\)» \(12/,
  },
  {
    rule: 'students15to19 ≤ students10to19',
    change: (r) => (r.contingent.students15to19 = 600),
    path: 'contingent.students15to19',
    message: /\(600\) больше, чем «Обучающиеся 10–19 лет» \(540/,
  },
  {
    rule: 'youngTeachers ≤ teachers',
    change: (r) => (r.contingent.teachers = 11),
    path: 'contingent.youngTeachers',
    message: /\(12\) больше, чем «Педагоги» \(11/,
  },
  {
    rule: 'mentors satisfied ≤ respondents',
    change: (r) => (r.satisfaction.mentors.satisfied = 19),
    path: 'satisfaction.mentors.satisfied',
    message: /\(19\) больше, чем «Наставники, ответившие на итоговую анкету» \(18/,
  },
  {
    rule: 'mentees satisfied ≤ respondents',
    change: (r) => (r.satisfaction.mentees.respondents = 70),
    path: 'satisfaction.mentees.satisfied',
    message: /\(71\) больше, чем «Наставляемые, ответившие на итоговую анкету» \(70/,
  },
  {
    rule: 'INN has 10 or 12 digits',
    change: (r) => (r.enterprises[0].inn = '770708389'),
    path: 'enterprises.0.inn',
    message: /10 цифр .* 12 цифр/,
  },
  {
    rule: 'INN check digits',
    change: (r) => (r.enterprises[0].inn = '7707083894'),
    path: 'enterprises.0.inn',
    message: /неверные контрольные цифры/,
  },
  {
    rule: 'INN of an entrepreneur',
    change: (r) => (r.enterprises[0].inn = '500100732250'),
    path: 'enterprises.0.inn',
    message: /неверные контрольные цифры/,
  },
  {
    rule: 'no INN twice',
    change: (r) =>
      r.enterprises.push({ inn: '500100732259', name: 'ИП Иванов' }, { inn: '7707083893', name: 'Тот же' }),
    path: 'enterprises.2.inn',
    message: /ИНН «7707083893» уже указан в enterprises\.0\.inn/,
  },
  {
    rule: 'enterprise name',
    change: (r) => (r.enterprises[0].name = ''),
    path: 'enterprises.0.name',
    message: /пустым/,
  },
  {
    rule: 'enterprises is a list',
    change: (r) => (r.enterprises = {}),
    path: 'enterprises',
    message: /список предприятий/,
  },
  {
    rule: 'pairs form from the catalogue',
    change: (r) => (r.pairs[0].form = 'ученик – ученик'),
    path: 'pairs.0.form',
    message: /Неизвестная форма наставничества .*student-student/,
  },
];

export function reportWith(base: SchoolReport, change: (r: Json) => void): Json {
  const copy = structuredClone(base) as Json;
  change(copy);
  return copy;
}
