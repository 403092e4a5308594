// Russian labels of the school report v1 scalar fields, by path (the report's own fields and the `Ключ` column of the report spreadsheet).

export const REPORT_FIELD_LABELS = {
  schemaVersion: 'Версия формата отчёта',
  'school.id': 'Код организации',
  'school.name': 'Наименование организации',
  'school.municipality': 'Муниципалитет',
  'school.kind': 'Тип организации',
  period: 'Отчётный год',
  'contingent.students10to19': 'Обучающиеся 10–19 лет',
  'contingent.students15to19': 'Обучающиеся 15–19 лет',
  'contingent.teachers': 'Педагоги',
  'contingent.youngTeachers': 'Молодые педагоги (стаж 0–3 года)',
  'participants.menteeStudents10to19': 'Наставляемые обучающиеся 10–19 лет',
  'participants.mentorStudents15to19': 'Наставники-обучающиеся 15–19 лет',
  'participants.menteeYoungTeachers': 'Наставляемые молодые педагоги',
  'participants.mentorTeachers': 'Наставники-педагоги',
  'participants.mentorEmployees': 'Наставники — сотрудники предприятий',
  'satisfaction.mentors.respondents': 'Наставники, ответившие на итоговую анкету',
  'satisfaction.mentors.satisfied': 'Наставники, удовлетворённые участием (оценка ≥ 7 из 10)',
  'satisfaction.mentees.respondents': 'Наставляемые, ответившие на итоговую анкету',
  'satisfaction.mentees.satisfied': 'Наставляемые, удовлетворённые участием (оценка ≥ 7 из 10)',
  programs: 'Персонализированные программы наставничества',
  practices: 'Наставнические практики',
} as const;

export type ReportFieldPath = keyof typeof REPORT_FIELD_LABELS;

/** Russian names of `school.kind`. */
export const SCHOOL_KIND_LABELS = {
  school: 'Школа',
  college: 'Колледж / техникум',
  additional: 'Организация дополнительного образования',
} as const;
