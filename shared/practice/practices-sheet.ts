// «Практики»: the organisation's practice cards as the region's bank sees them — one row per card,
// written whole by the product on each refresh from the service's answer (the curator's own notes
// belong elsewhere: this sheet is rewritten).
import { dayToDate } from '../core/day';
import type { SheetSpec } from '../workspace/sheet-spec';
import { BANK_LEVEL_LABELS, BANK_STATUS_LABELS, dayOfInstant, type PracticeStatus } from './bank-status';

export type PracticeSheetColumn =
  | 'practiceId'
  | 'title'
  | 'authors'
  | 'status'
  | 'level'
  | 'comment'
  | 'revision'
  | 'updatedAt'
  | 'reviewedAt'
  | 'catalogue';

export const practicesSheet: SheetSpec<PracticeSheetColumn> = {
  name: 'Практики',
  frozenRows: 1,
  columns: [
    { key: 'practiceId', header: 'ID практики', width: 24 },
    { key: 'title', header: 'Тема', width: 44 },
    { key: 'authors', header: 'Авторы', width: 32 },
    {
      key: 'status',
      header: 'Статус в банке региона',
      width: 22,
      note: 'на рассмотрении / возвращена на доработку / принята в банк / отклонена',
    },
    {
      key: 'level',
      header: 'Уровень банка',
      width: 16,
      note: 'Для принятых: муниципальный или региональный банк практик',
    },
    { key: 'comment', header: 'Комментарий региона', width: 48 },
    { key: 'revision', header: 'Редакция', width: 10 },
    { key: 'updatedAt', header: 'Отправлена', width: 13, note: 'Дата последней отправленной редакции' },
    { key: 'reviewedAt', header: 'Рассмотрена', width: 13 },
    { key: 'catalogue', header: 'Страница в каталоге', width: 40, note: 'Только для принятых в банк практик' },
  ],
};

/** The page of an accepted practice in the region's catalogue. */
export function cataloguePageUrl(serviceUrl: string, practiceId: string): string {
  return `${serviceUrl.replace(/\/+$/, '')}/catalogue/${encodeURIComponent(practiceId)}`;
}

/**
 * Header row and one row per practice, newest first; dates as `Date` at UTC midnight of the day in
 * `timeZone` (the adapters write them as date cells).
 */
export function practiceSheetRows(
  practices: readonly PracticeStatus[],
  serviceUrl: string,
  timeZone: string,
): unknown[][] {
  const date = (iso: string | undefined) => {
    const day = dayOfInstant(iso, timeZone);
    return day ? dayToDate(day) : '';
  };
  const sorted = [...practices].sort((a, b) =>
    b.updatedAt === a.updatedAt ? a.practiceId.localeCompare(b.practiceId) : b.updatedAt < a.updatedAt ? -1 : 1,
  );
  const rows = sorted.map((p) => {
    const cells: Record<PracticeSheetColumn, unknown> = {
      practiceId: p.practiceId,
      title: p.title,
      authors: p.authors.map((a) => a.fullName).join('; '),
      status: BANK_STATUS_LABELS[p.status],
      level: p.status === 'accepted' && p.level ? BANK_LEVEL_LABELS[p.level] : '',
      comment: p.comment ?? '',
      revision: p.revision,
      updatedAt: date(p.updatedAt),
      reviewedAt: date(p.reviewedAt),
      catalogue: p.status === 'accepted' ? cataloguePageUrl(serviceUrl, p.practiceId) : '',
    };
    return practicesSheet.columns.map((c) => cells[c.key]);
  });
  return [practicesSheet.columns.map((c) => c.header), ...rows];
}
