// «Рейтинг наставников → Обновить рейтинг и шорт-лист»: the product's sheet «Рейтинг наставников»
// written whole (title, formula, ranked table, shortlist) under the document lock; the shortlisted
// rows filled green with one setBackgrounds. The curator's sheets are only read, except that absent
// rows of the points table are added to «Настройки».
import { RATING_COLUMNS, RATING_SHEET_NAME, entryLine, ratingLayout } from '../../../shared/achievements';
import { withDocumentLock } from '../sheets/lock';
import { openPlainSheet, writeWholeSheet } from '../sheets/spec-sheet';
import { activeSpreadsheet, timeZoneOf } from '../sheets/workbook';
import { alertCurator, runMenuAction } from '../ui';
import { leftOutLine, problemLines } from '../year/workspace-data';
import { readRatingData } from './rating-data';

const HEADER_FILL = '#e8eaf6';
const SHORTLIST_FILL = '#d9ead3';
const PIXELS_PER_CHAR = 7;

export interface RatingRefresh {
  year: string;
  mentors: number;
  shortlist: string[];
  addedSettings: string[];
  leftOut: string;
  problems: string[];
}

export function writeRating(): RatingRefresh {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const timeZone = timeZoneOf(ss);
    const data = readRatingData(ss, timeZone);
    const layout = ratingLayout(data.rating, data.lists);
    const { sheet, grid } = openPlainSheet(ss, RATING_SHEET_NAME, timeZone);
    writeWholeSheet(sheet, grid, layout.grid, timeZone);
    const width = Math.max(RATING_COLUMNS.length, ...grid.map((r) => r.length));
    const height = Math.max(layout.grid.length, grid.length);
    // Background of every row from one grid: header rows, shortlisted rows, nothing elsewhere.
    const fills: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
    for (const row of layout.headerRows) fills[row - 1].fill(HEADER_FILL, 0, RATING_COLUMNS.length);
    for (const row of layout.shortlistedRows) fills[row - 1].fill(SHORTLIST_FILL, 0, RATING_COLUMNS.length);
    const all = sheet.getRange(1, 1, height, width);
    all.setFontWeight('normal');
    all.setBackgrounds(fills);
    for (const row of [...layout.titleRows, ...layout.headerRows])
      sheet.getRange(row, 1, 1, width).setFontWeight('bold');
    layout.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w * PIXELS_PER_CHAR));
    return {
      year: data.rating.period.label,
      mentors: data.rating.entries.length,
      shortlist: data.lists.flatMap((l) => [
        `${l.formLabel}: ${l.entries.length ? l.entries.map(entryLine).join('; ') : 'пусто'}`,
        ...l.notes.map((n) => `  ${n}`),
      ]),
      addedSettings: data.addedSettings,
      leftOut: leftOutLine(data.problems),
      problems: problemLines(data.problems),
    };
  });
}

/** Menu: «Рейтинг наставников → Обновить рейтинг и шорт-лист «Наставник года»». */
export function refreshRating(): void {
  runMenuAction('Рейтинг наставников', () => {
    const r = writeRating();
    const lines = [
      `Учебный год ${r.year}: наставников в рейтинге — ${r.mentors}. Лист «${RATING_SHEET_NAME}» обновлён; как считаются баллы — в его начале.`,
    ];
    lines.push('', 'Шорт-лист «Наставник года»:', ...r.shortlist);
    if (r.addedSettings.length) {
      lines.push(
        '',
        `На лист «Настройки» добавлены баллы по умолчанию (их можно изменить): ${r.addedSettings.map((l) => `«${l}»`).join(', ')}.`,
      );
    }
    if (r.problems.length)
      lines.push('', `${r.leftOut} Рейтинг посчитан без них; исправьте и обновите снова:`, ...r.problems);
    alertCurator('Рейтинг наставников', lines.join('\n'));
  });
}
