// `Ход работы пар`: one row per pair, written whole by the product after meetings change, so the
// curator sees each pair's stage, last meeting and the weekly rule at a glance.
import type { CellValue } from '../tables';
import type { SheetSpec } from '../workspace/sheet-spec';
import { dayToDate } from '../core/day';
import type { PairNames } from './digest';
import { meetingTypes } from './meeting-type';
import type { PairProgress } from './progress';

export type ProgressColumn =
  | 'pairId'
  | 'mentor'
  | 'mentees'
  | 'status'
  | 'stage'
  | 'held'
  | 'lastMeeting'
  | 'daysWithoutMeeting'
  | 'nextMeeting'
  | 'overdue'
  | 'mentorScore'
  | 'menteeScore';

export const progressSheet: SheetSpec<ProgressColumn> = {
  name: 'Ход работы пар',
  frozenRows: 1,
  columns: [
    { key: 'pairId', header: 'ID пары', width: 14 },
    { key: 'mentor', header: 'Наставник', width: 28 },
    { key: 'mentees', header: 'Наставляемые', width: 36 },
    { key: 'status', header: 'Статус пары', width: 14 },
    { key: 'stage', header: 'Этап', width: 16, note: 'Последний тип проведённой встречи' },
    { key: 'held', header: 'Проведено встреч', width: 12 },
    { key: 'lastMeeting', header: 'Последняя встреча', width: 14 },
    { key: 'daysWithoutMeeting', header: 'Дней без встречи', width: 12 },
    { key: 'nextMeeting', header: 'Следующая встреча', width: 14 },
    { key: 'overdue', header: 'Больше недели без встречи', width: 14 },
    { key: 'mentorScore', header: 'Средняя оценка наставника', width: 14 },
    { key: 'menteeScore', header: 'Средняя оценка наставляемых', width: 14 },
  ],
};

/** The row of a pair; `overdue` rows are the ones the add-on highlights. */
export function progressCells(progress: PairProgress, names: PairNames = {}): Record<ProgressColumn, CellValue> {
  const score = (value: number | undefined) => (value === undefined ? '' : Math.round(value * 10) / 10);
  return {
    pairId: progress.pairId,
    mentor: names.mentor ?? '',
    mentees: (names.mentees ?? []).join(', '),
    status: progress.status ?? '',
    stage: progress.stage ? meetingTypes.labelOf(progress.stage) : 'нет встреч',
    held: progress.held,
    lastMeeting: progress.lastMeeting ? dayToDate(progress.lastMeeting) : '',
    daysWithoutMeeting: progress.daysWithoutMeeting ?? '',
    nextMeeting: progress.nextMeeting ? dayToDate(progress.nextMeeting) : '',
    overdue: progress.overdue ? 'да' : '',
    mentorScore: score(progress.mentorScore),
    menteeScore: score(progress.menteeScore),
  };
}
