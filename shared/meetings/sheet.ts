import type { SheetSpec } from '../workspace/sheet-spec';
import { meetingTypes } from './meeting-type';

export type MeetingColumn =
  'pairId' | 'type' | 'date' | 'topic' | 'outcome' | 'mentorScore' | 'menteeScore' | 'comment';

/** `Встречи` — one row per meeting of a pair (or group), added by the curator or the meeting dialog. */
export const meetingSheet: SheetSpec<MeetingColumn> = {
  name: 'Встречи',
  frozenRows: 1,
  columns: [
    { key: 'pairId', header: 'ID пары', required: true, width: 14, note: 'Как в листе «Пары»' },
    {
      key: 'type',
      header: 'Тип встречи',
      required: true,
      width: 16,
      dropdown: meetingTypes.labels,
      note: 'Порядок: знакомство → пробная → планирование → регулярные (не реже раза в неделю) → итоговая',
    },
    { key: 'date', header: 'Дата', required: true, width: 12, note: 'ДД.ММ.ГГГГ' },
    { key: 'topic', header: 'Тема', width: 36 },
    { key: 'outcome', header: 'Итог', aliases: ['Результат', 'Итог встречи'], width: 44 },
    {
      key: 'mentorScore',
      header: 'Оценка наставника',
      aliases: ['Оценка наставника (1–10)'],
      width: 12,
      note: 'Обратная связь наставника о встрече: от 1 до 10',
    },
    {
      key: 'menteeScore',
      header: 'Оценка наставляемого',
      aliases: ['Оценка наставляемого (1–10)'],
      width: 12,
      note: 'Обратная связь наставляемого о встрече: от 1 до 10',
    },
    { key: 'comment', header: 'Комментарий', width: 30 },
  ],
};
