// The look and guard rails of a workspace sheet, from its SheetSpec: bold header row, notes,
// dropdowns from the catalogue (warning-only: a pasted value is flagged, never refused), plain
// text format where Sheets would otherwise turn «+7 913…» into an error or «007» into 7, frozen
// header, a warning-only protection of the header row, and widths for columns the add-on adds.
import type { SheetSpec } from '../../../shared/workspace';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const HEADER_PROTECTION = 'Заголовки «Наставничество»: по ним дополнение находит столбцы';
const HEADER_BACKGROUND = '#e8eaf6';
/** Columns holding codes, names, contacts and ranges: stored exactly as typed. */
const TEXT_KEYS = new Set([
  'id',
  'fullName',
  'inn',
  'grade',
  'menteeGrades',
  'phone',
  'email',
  'preferredMentor',
  'pairId',
  'mentorId',
  'menteeId',
  'mentorName',
  'menteeName',
  'order',
  'parameter',
  // Free text people type or answer in a questionnaire, and codes such as «1.1».
  'organization',
  'reasons',
  'reason',
  'code',
  'topic',
  'outcome',
  'comment',
  'responsible',
  'result',
  'mentor',
  'mentees',
  'hint',
]);

const PIXELS_PER_CHAR = 7;

export interface LayoutTarget {
  spec: SheetSpec;
  /** 1-based sheet column of each spec column. */
  columnOf: (key: string) => number;
  /** Width of the header row (the curator's columns included). */
  width: number;
  /** Spec columns the add-on has just created (they get the spec's width). */
  newColumns: ReadonlySet<string>;
}

export function applyLayout(sheet: Sheet, target: LayoutTarget): void {
  const { spec, columnOf, width } = target;
  if (sheet.getMaxRows() < 2) sheet.insertRowsAfter(sheet.getMaxRows(), 2 - sheet.getMaxRows());
  const dataRows = sheet.getMaxRows() - 1;
  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  for (const column of spec.columns) {
    const c = columnOf(column.key);
    if (column.note) sheet.getRange(1, c).setNote(column.note);
    const data = sheet.getRange(2, c, dataRows, 1);
    if (column.dropdown) {
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList([...column.dropdown], true)
        .setAllowInvalid(true)
        .setHelpText(`Выберите из списка: ${column.dropdown.join(', ')}`)
        .build();
      data.setDataValidation(rule);
    }
    if (column.list || TEXT_KEYS.has(column.key)) data.setNumberFormat('@');
    if (target.newColumns.has(column.key)) sheet.setColumnWidth(c, column.width * PIXELS_PER_CHAR + 12);
  }
  if (sheet.getFrozenRows() < spec.frozenRows) sheet.setFrozenRows(spec.frozenRows);
  protectHeader(sheet, header);
}

function protectHeader(sheet: Sheet, header: GoogleAppsScript.Spreadsheet.Range): void {
  const existing = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .find((p) => p.getDescription() === HEADER_PROTECTION);
  if (existing) {
    existing.setRange(header);
    return;
  }
  header.protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
}
