// Columns kept as text exactly as typed. In the General format Excel and Google Sheets turn
// «5-7» into a date and drop the leading zero of an ID, an ИНН or a phone; `init` and the
// add-on's workspace give these columns the text format («@») before anyone types into them.
import { doNotPairSheet } from './do-not-pair-sheet';
import { menteeSheet } from './mentee-sheet';
import { mentorSheet } from './mentor-sheet';
import { pairSheet } from './pair-sheet';
import type { SheetSpec } from './sheet-spec';
import { ACHIEVEMENTS_SHEET_NAME } from '../achievements/achievement-sheet';

/** Column keys in the text format, by sheet name. */
export const TEXT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  [mentorSheet.name]: ['id', 'inn', 'grade', 'menteeGrades', 'phone'],
  [menteeSheet.name]: ['id', 'grade'],
  [pairSheet.name]: ['pairId', 'mentorId', 'menteeId'],
  [doNotPairSheet.name]: ['mentorId', 'menteeId'],
  [ACHIEVEMENTS_SHEET_NAME]: ['mentorId'],
};

/** The number format of text cells, in Excel and in Google Sheets alike. */
export const TEXT_FORMAT = '@';

/** Positions (0-based) of the sheet's text columns. */
export function textColumnIndexes(spec: SheetSpec): number[] {
  const keys = TEXT_COLUMNS[spec.name] ?? [];
  return spec.columns.flatMap((column, index) => (keys.includes(column.key) ? [index] : []));
}
