import { FORMS, pairStatuses } from '../catalogue';
import type { SheetSpec } from './sheet-spec';

export type PairColumn =
  | 'pairId'
  | 'form'
  | 'mentorId'
  | 'mentorName'
  | 'menteeId'
  | 'menteeName'
  | 'score'
  | 'reasons'
  | 'status'
  | 'startDate'
  | 'order';

/** `Пары` — written by the product, one row per mentee; a group shares one `ID пары`. */
export const pairSheet: SheetSpec<PairColumn> = {
  name: 'Пары',
  frozenRows: 1,
  columns: [
    { key: 'pairId', header: 'ID пары', width: 14 },
    { key: 'form', header: 'Форма', width: 24, dropdown: FORMS.map((form) => form.name) },
    { key: 'mentorId', header: 'Наставник ID', required: true, width: 12 },
    { key: 'mentorName', header: 'Наставник', width: 30 },
    { key: 'menteeId', header: 'Наставляемый ID', required: true, width: 14 },
    { key: 'menteeName', header: 'Наставляемый', width: 30 },
    { key: 'score', header: 'Совместимость', width: 14, note: '0–100' },
    { key: 'reasons', header: 'Почему подобраны', width: 60 },
    {
      key: 'status',
      header: 'Статус',
      required: true,
      width: 14,
      dropdown: pairStatuses.labels,
      note: 'Подбор заменяет только строки «предложена»; «утверждена» сохраняется',
    },
    { key: 'startDate', header: 'Дата начала', width: 12 },
    { key: 'order', header: 'Приказ', width: 16, note: 'Номер приказа о закреплении' },
  ],
};
