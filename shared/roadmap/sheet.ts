import type { SheetSpec } from '../workspace/sheet-spec';
import { roadmapStatuses } from './status';

export type RoadmapColumn =
  | 'code'
  | 'stage'
  | 'title'
  | 'start'
  | 'due'
  | 'responsible'
  | 'result'
  | 'controlPoint'
  | 'status'
  | 'doneDate'
  | 'comment';

export const CONTROL_POINT_ANSWERS = ['да', 'нет'] as const;

/** `Дорожная карта` — created from the template for the academic year, then kept by the curator. */
export const roadmapSheet: SheetSpec<RoadmapColumn> = {
  name: 'Дорожная карта',
  frozenRows: 1,
  columns: [
    { key: 'code', header: '№', aliases: ['№ п/п', 'Номер'], width: 6 },
    { key: 'stage', header: 'Этап', width: 30 },
    { key: 'title', header: 'Мероприятие', required: true, width: 60 },
    { key: 'start', header: 'Начало', width: 12, note: 'ДД.ММ.ГГГГ' },
    {
      key: 'due',
      header: 'Срок',
      aliases: ['Срок выполнения', 'Сроки'],
      required: true,
      width: 12,
      note: 'ДД.ММ.ГГГГ; после него невыполненное мероприятие подсвечивается',
    },
    { key: 'responsible', header: 'Ответственный', aliases: ['Ответственные'], width: 24 },
    { key: 'result', header: 'Результат (документ)', aliases: ['Результат', 'Вид документа'], width: 44 },
    { key: 'controlPoint', header: 'Контрольная точка', width: 12, dropdown: CONTROL_POINT_ANSWERS },
    { key: 'status', header: 'Статус', required: true, width: 14, dropdown: roadmapStatuses.labels },
    { key: 'doneDate', header: 'Дата выполнения', width: 14 },
    { key: 'comment', header: 'Комментарий', width: 30 },
  ],
};
