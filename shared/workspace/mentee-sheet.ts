import { FORMS, consentAnswers, meetingFormats, menteeCategories, menteeStatuses } from '../catalogue';
import type { SheetSpec } from './sheet-spec';

export type MenteeColumn =
  | 'id'
  | 'fullName'
  | 'category'
  | 'age'
  | 'grade'
  | 'experienceYears'
  | 'form'
  | 'requests'
  | 'interests'
  | 'days'
  | 'format'
  | 'preferredMentor'
  | 'consent'
  | 'status';

/** `Наставляемые` — the mentee base. */
export const menteeSheet: SheetSpec<MenteeColumn> = {
  name: 'Наставляемые',
  frozenRows: 1,
  columns: [
    { key: 'id', header: 'ID', required: true, width: 10, note: 'Уникальный код наставляемого, например У001' },
    { key: 'fullName', header: 'ФИО', required: true, width: 32 },
    { key: 'category', header: 'Категория', width: 18, dropdown: menteeCategories.labels },
    { key: 'age', header: 'Возраст', width: 10 },
    { key: 'grade', header: 'Класс/курс', width: 11, note: 'Например: 7Б или 1 курс' },
    { key: 'experienceYears', header: 'Стаж, лет', width: 10 },
    {
      key: 'form',
      header: 'Форма наставничества',
      required: true,
      width: 26,
      dropdown: FORMS.map((form) => form.name),
    },
    { key: 'requests', header: 'Запросы', list: true, width: 36, note: 'С чем нужна помощь, через «;» или «,»' },
    { key: 'interests', header: 'Интересы', list: true, width: 30, note: 'Через «;» или «,»' },
    { key: 'days', header: 'Удобные дни', list: true, width: 18, note: 'пн вт ср чт пт сб вс' },
    { key: 'format', header: 'Формат', width: 14, dropdown: meetingFormats.labels },
    { key: 'preferredMentor', header: 'Предпочитаемый наставник', width: 24, note: 'ID или ФИО' },
    { key: 'consent', header: 'Согласие на обработку ПДн', required: true, width: 12, dropdown: consentAnswers.labels },
    { key: 'status', header: 'Статус', width: 12, dropdown: menteeStatuses.labels },
  ],
};
