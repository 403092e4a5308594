import { FORMS, consentAnswers, meetingFormats, mentorCategories, mentorStatuses } from '../catalogue';
import type { SheetSpec } from './sheet-spec';

export type MentorColumn =
  | 'id'
  | 'fullName'
  | 'category'
  | 'organization'
  | 'inn'
  | 'age'
  | 'grade'
  | 'experienceYears'
  | 'forms'
  | 'competencies'
  | 'interests'
  | 'menteeGrades'
  | 'days'
  | 'format'
  | 'capacity'
  | 'preferredMentees'
  | 'consent'
  | 'status'
  | 'email'
  | 'phone';

const formNames = FORMS.map((form) => form.name).join('; ');

/** `Наставники` — the mentor registry. */
export const mentorSheet: SheetSpec<MentorColumn> = {
  name: 'Наставники',
  frozenRows: 1,
  columns: [
    { key: 'id', header: 'ID', required: true, width: 10, note: 'Уникальный код наставника, например Н001' },
    { key: 'fullName', header: 'ФИО', required: true, width: 32 },
    { key: 'category', header: 'Категория', width: 26, dropdown: mentorCategories.labels },
    { key: 'organization', header: 'Организация', width: 28 },
    { key: 'inn', header: 'ИНН организации', width: 16, note: '10 или 12 цифр; для представителей предприятий' },
    { key: 'age', header: 'Возраст', width: 10 },
    { key: 'grade', header: 'Класс/курс', width: 11, note: 'Например: 10А или 3 курс' },
    { key: 'experienceYears', header: 'Стаж, лет', width: 10 },
    {
      key: 'forms',
      header: 'Формы наставничества',
      required: true,
      list: true,
      width: 30,
      note: `Одна или несколько через «;»: ${formNames}`,
    },
    { key: 'competencies', header: 'Компетенции', list: true, width: 34, note: 'Через «;» или «,»' },
    { key: 'interests', header: 'Интересы', list: true, width: 30, note: 'Через «;» или «,»' },
    { key: 'menteeGrades', header: 'Классы/курсы наставляемых', width: 14, note: 'Например: 5-7; пусто — любые' },
    { key: 'days', header: 'Удобные дни', list: true, width: 18, note: 'пн вт ср чт пт сб вс' },
    { key: 'format', header: 'Формат', width: 14, dropdown: meetingFormats.labels },
    {
      key: 'capacity',
      header: 'Макс. наставляемых',
      aliases: ['Максимум наставляемых'],
      width: 12,
      note: 'Целое число от 1; пусто — 1',
    },
    {
      key: 'preferredMentees',
      header: 'Предпочитаемые наставляемые',
      list: true,
      width: 24,
      note: 'ID или ФИО через «;»',
    },
    { key: 'consent', header: 'Согласие на обработку ПДн', required: true, width: 12, dropdown: consentAnswers.labels },
    { key: 'status', header: 'Статус', width: 12, dropdown: mentorStatuses.labels },
    { key: 'email', header: 'Email', aliases: ['E-mail', 'Электронная почта'], width: 24 },
    { key: 'phone', header: 'Телефон', width: 16 },
  ],
};
