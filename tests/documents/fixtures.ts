import type { Mentee, Mentor } from '../../shared/registry/types';

export const mentor: Mentor = {
  id: 'Н1',
  fullName: 'Ежова Анна Викторовна',
  category: 'Педагог',
  organization: 'МБОУ «Школа № 5»',
  experienceYears: 22,
  forms: ['student-student', 'teacher-student'],
  competencies: ['проектная деятельность'],
  interests: [],
  days: ['вт'],
  format: 'очно',
  capacity: 2,
  preferredMentees: [],
  consent: true,
  status: 'в реестре',
  email: 'ezhova@example.org',
  phone: '+7 900 000-00-01',
};

const mentee = (id: string, fullName: string, requests: string[]): Mentee => ({
  id,
  fullName,
  category: 'Обучающийся',
  age: 14,
  grade: 8,
  form: 'teacher-student',
  requests,
  interests: [],
  days: ['вт'],
  consent: true,
  status: 'в паре',
});

export const losev = mentee('У1', 'Лосев Кирилл Андреевич', ['проектная деятельность', 'подготовка к олимпиаде']);
export const orlova = mentee('У2', 'Орлова Дарья', ['Проектная деятельность', 'публичные выступления']);
