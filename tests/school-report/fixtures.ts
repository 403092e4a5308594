// A small workspace with personal data in every registry row: names, e-mails, phones.
import type { SatisfactionAnswer } from '../../shared/monitoring';
import type { PairRecord } from '../../shared/registry';
import type { FormCode, Mentee, Mentor, MentorCategory, MenteeCategory } from '../../shared/registry/types';

export const LEGAL_INN = '4205012340';
export const ENTREPRENEUR_INN = '420512345675';
export const BAD_INN = '4205012341';

let phone = 100;
const mentor = (id: string, fullName: string, category: MentorCategory, extra: Partial<Mentor> = {}): Mentor => ({
  id,
  fullName,
  category,
  forms: [],
  competencies: [],
  interests: [],
  days: [],
  capacity: 3,
  preferredMentees: [],
  consent: true,
  status: 'в реестре',
  email: `${id.toLowerCase()}.mentor@example.org`,
  phone: `+7 913 555-0${phone++}`,
  ...extra,
});

const mentee = (
  id: string,
  fullName: string,
  category: MenteeCategory,
  form: FormCode,
  extra: Partial<Mentee> = {},
): Mentee => ({
  id,
  fullName,
  category,
  form,
  requests: [],
  interests: [],
  days: [],
  consent: true,
  status: 'в паре',
  ...extra,
});

export const mentors: Mentor[] = [
  mentor('Н1', 'Ежова Анна Викторовна', 'Педагог', { experienceYears: 22 }),
  mentor('Н2', 'Кравцов Олег Игоревич', 'Представитель предприятия', {
    organization: 'ООО «Сибирские станки»',
    inn: LEGAL_INN,
  }),
  mentor('Н3', 'Мельник Ирина Сергеевна', 'Представитель предприятия', {
    organization: 'ООО "Сибирские станки"',
    inn: LEGAL_INN,
  }),
  mentor('Н4', 'Титов Семён Павлович', 'Обучающийся', { age: 16 }),
  // The same person entered twice under one ID.
  mentor('Н4', 'Титов Семен Павлович', 'Обучающийся', { age: 16 }),
  mentor('Н6', 'Белова Мария Олеговна', 'Обучающийся', { age: 14 }),
  mentor('Н7', 'Гусев Пётр Ильич', 'Представитель предприятия', {
    organization: 'ИП Гусев П. И.',
    inn: ENTREPRENEUR_INN,
  }),
  mentor('Н8', 'Зайцева Ольга Романовна', 'Педагог', { status: 'кандидат' }),
  mentor('Н9', 'Фомин Глеб Андреевич', 'Представитель предприятия', {
    organization: 'АО «Фомин и партнёры»',
    inn: BAD_INN,
  }),
];

export const mentees: Mentee[] = [
  mentee('У1', 'Лосев Кирилл Андреевич', 'Обучающийся', 'teacher-student', { age: 13 }),
  mentee('У2', 'Орлова Дарья Витальевна', 'Обучающийся', 'teacher-student', { age: 9 }),
  mentee('У3', 'Соколов Артём Денисович', 'Студент', 'employer-student', { age: 17 }),
  mentee('У4', 'Ким Алина Сергеевна', 'Обучающийся', 'student-student', { age: 12 }),
  mentee('У6', 'Новикова Юлия Петровна', 'Молодой педагог', 'teacher-teacher', { experienceYears: 2 }),
  mentee('У7', 'Петров Илья Николаевич', 'Педагог', 'teacher-teacher', { experienceYears: 10 }),
  mentee('У8', 'Захаров Максим Ильич', 'Студент', 'employer-student', { age: 18, status: 'завершил' }),
  mentee('У9', 'Лебедева Софья Максимовна', 'Обучающийся', 'student-student', { age: 10 }),
  mentee('У10', 'Волков Даниил Игоревич', 'Студент', 'employer-student', { age: 19 }),
  mentee('У11', 'Медведева Полина Андреевна', 'Студент', 'employer-student', { age: 16, status: 'ожидает' }),
  mentee('У12', 'Егорова Татьяна Львовна', 'Педагог', 'teacher-teacher'),
  // Two rows without an ID: the same person by ФИО and age.
  mentee('', 'Рябова Вера Александровна', 'Обучающийся', 'student-student', { age: 11 }),
  mentee('', 'рябова  вера александровна', 'Обучающийся', 'student-student', { age: 11 }),
];

let row = 2;
const pair = (
  pairId: string,
  form: FormCode | undefined,
  mentorId: string,
  menteeId: string,
  status: PairRecord['status'],
): PairRecord => {
  const name = (list: Array<{ id: string; fullName: string }>, id: string) =>
    list.find((person) => person.id === id)?.fullName ?? '';
  return {
    row: row++,
    pairId,
    ...(form ? { form } : {}),
    mentorId,
    mentorName: name(mentors, mentorId),
    menteeId,
    menteeName: name(mentees, menteeId),
    reasons: 'общие интересы',
    ...(status ? { status } : {}),
    startDate: '01.10.2024',
    order: '№ 15 от 01.10.2024',
  };
};

export const pairs: PairRecord[] = [
  pair('П1', 'teacher-student', 'Н1', 'У1', 'утверждена'),
  pair('П1', 'teacher-student', 'Н1', 'У2', 'утверждена'),
  pair('П2', 'employer-student', 'Н2', 'У3', 'утверждена'),
  pair('П3', 'teacher-teacher', 'Н1', 'У6', 'завершена'),
  pair('П10', 'employer-student', 'Н3', 'У8', 'завершена'),
  pair('П4', 'student-student', 'Н4', 'У4', 'утверждена'),
  pair('П5', 'student-student', 'Н6', 'У9', 'утверждена'),
  pair('П6', 'employer-student', 'Н7', 'У10', 'утверждена'),
  pair('П7', 'employer-student', 'Н9', 'У11', 'предложена'),
  pair('П8', 'teacher-teacher', 'Н1', 'У7', 'утверждена'),
  pair('П9', undefined, 'Н1', 'У12', 'утверждена'),
];

export const satisfaction: SatisfactionAnswer[] = [
  { row: 2, participantId: 'Н1', role: 'mentor', overall: 9 },
  { row: 3, participantId: 'Н2', role: 'mentor', overall: 5 },
  { row: 4, participantId: 'У1', role: 'mentee', overall: 8 },
  { row: 5, participantId: 'У3', role: 'mentee', overall: 7 },
  { row: 6, participantId: 'У4', role: 'mentee', overall: 3 },
  { row: 7, participantId: 'У1', role: 'mentee', overall: 6 },
];

export const school = {
  id: '42-0005',
  name: 'МБОУ «Школа № 5»',
  municipality: 'Новокузнецкий городской округ',
  kind: 'school' as const,
};
export const contingent = { students10to19: 300, students15to19: 120, teachers: 40, youngTeachers: 5 };
