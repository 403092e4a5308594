// «Достижения наставников»: one row per achievement of a mentor, kept by the curator. The product
// only appends rows it takes from the region's bank of practices (marked in «Источник»).
import type { SheetSpec } from '../workspace/sheet-spec';
import { ACHIEVEMENT_KINDS, ACHIEVEMENT_LEVELS } from './kinds';

export type AchievementColumn = 'mentorId' | 'mentorName' | 'kind' | 'level' | 'date' | 'evidence' | 'source';

export const ACHIEVEMENTS_SHEET_NAME = 'Достижения наставников';

export const ACHIEVEMENT_HEADERS: Readonly<Record<AchievementColumn, string>> = {
  mentorId: 'ID наставника',
  mentorName: 'Наставник',
  kind: 'Вид достижения',
  level: 'Уровень',
  date: 'Дата',
  evidence: 'Подтверждающий документ или ссылка',
  source: 'Источник',
};

export const ACHIEVEMENTS_SHEET: SheetSpec<AchievementColumn> = {
  name: ACHIEVEMENTS_SHEET_NAME,
  frozenRows: 1,
  columns: [
    {
      key: 'mentorId',
      header: ACHIEVEMENT_HEADERS.mentorId,
      aliases: ['Наставник ID'],
      required: true,
      width: 14,
      note: 'Как в листе «Наставники»',
    },
    { key: 'mentorName', header: ACHIEVEMENT_HEADERS.mentorName, width: 30, note: 'ФИО для удобства; учитывается ID' },
    { key: 'kind', header: ACHIEVEMENT_HEADERS.kind, required: true, width: 40, dropdown: ACHIEVEMENT_KINDS },
    { key: 'level', header: ACHIEVEMENT_HEADERS.level, required: true, width: 16, dropdown: ACHIEVEMENT_LEVELS },
    {
      key: 'date',
      header: ACHIEVEMENT_HEADERS.date,
      required: true,
      width: 12,
      note: 'ДД.ММ.ГГГГ; баллы идут в учебный год этой даты',
    },
    { key: 'evidence', header: ACHIEVEMENT_HEADERS.evidence, width: 44, note: 'Номер приказа, диплома или ссылка' },
    {
      key: 'source',
      header: ACHIEVEMENT_HEADERS.source,
      width: 30,
      note: 'Пусто — внесено куратором; «регион: банк практик (…)» — добавлено надстройкой из банка практик региона',
    },
  ],
};

/** «Источник» of a row the product takes from the region's bank of practices. */
export function regionPracticeSource(practiceId: string): string {
  return `регион: банк практик (${practiceId})`;
}
