import { meetingSheet } from '../meetings/sheet';
import { measurementQuestionnaire } from '../monitoring/measurement-questionnaire';
import { satisfactionQuestionnaire } from '../monitoring/satisfaction-questionnaire';
import { swotQuestionnaire } from '../monitoring/swot-questionnaire';
import { pairSheet } from './pair-sheet';
import type { SheetSpec } from './sheet-spec';

const sources = [
  pairSheet.name,
  meetingSheet.name,
  measurementQuestionnaire.sheetName,
  satisfactionQuestionnaire.sheetName,
  swotQuestionnaire.sheetName,
];

/**
 * `Мониторинг` — written whole by the product (shared/monitoring `monitoringSheet`): stage 1 and
 * stage 2 tables, SWOT groups, charts. Its first cell is the report's title, which serves as the
 * header a repair looks for; the row under it says how the sheet gets filled.
 */
export const monitoringReportSheet: SheetSpec<'title'> = {
  name: 'Мониторинг',
  frozenRows: 1,
  columns: [{ key: 'title', header: 'Мониторинг программы наставничества', width: 46 }],
  initialRows: [
    [
      `Лист заполняется расчётом мониторинга из листов ${sources.map((name) => `«${name}»`).join(', ')} ` +
        'и при каждом расчёте переписывается целиком: свои записи ведите на других листах.',
    ],
  ],
};
