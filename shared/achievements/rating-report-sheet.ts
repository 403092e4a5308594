import type { SheetSpec } from '../workspace/sheet-spec';
import { ACHIEVEMENTS_SHEET_NAME } from './achievement-sheet';

export const RATING_SHEET_NAME = 'Рейтинг наставников';
export const RATING_TITLE = 'Рейтинг наставников и шорт-лист «Наставник года»';

/**
 * `Рейтинг наставников` — written whole by the product (rating-sheet.ts `ratingLayout`): how the
 * points are counted, the ranked table, the shortlist. Its first cell is the title, which serves as
 * the header a repair looks for; the row under it says how the sheet gets filled.
 */
export const RATING_SHEET: SheetSpec<'title'> = {
  name: RATING_SHEET_NAME,
  frozenRows: 1,
  columns: [{ key: 'title', header: RATING_TITLE, width: 22 }],
  initialRows: [
    [
      `Лист заполняется расчётом рейтинга из листов «Наставники», «Пары», «Встречи», анкет и «${ACHIEVEMENTS_SHEET_NAME}» ` +
        '(баллы — на листе «Настройки») и при каждом расчёте переписывается целиком: свои записи ведите на других листах.',
    ],
  ],
};
