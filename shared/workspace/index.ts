// The workspace: every sheet the product uses, in workbook order.
import { doNotPairSheet } from './do-not-pair-sheet';
import { menteeSheet } from './mentee-sheet';
import { mentorSheet } from './mentor-sheet';
import { monitoringReportSheet } from './monitoring-sheet';
import { pairSheet } from './pair-sheet';
import { settingsSheet } from './settings-sheet';
import type { SheetSpec } from './sheet-spec';
import { normalizeText } from '../catalogue';
import { indicatorSheet } from '../indicators/sheet';
import { meetingSheet } from '../meetings/sheet';
import { progressSheet } from '../meetings/progress-sheet';
import { answerSheet } from '../monitoring/answer-sheet';
import { measurementQuestionnaire } from '../monitoring/measurement-questionnaire';
import { satisfactionQuestionnaire } from '../monitoring/satisfaction-questionnaire';
import { swotQuestionnaire } from '../monitoring/swot-questionnaire';
import { roadmapSheet } from '../roadmap/sheet';
import { ACHIEVEMENTS_SHEET } from '../achievements/achievement-sheet';
import { RATING_SHEET } from '../achievements/rating-report-sheet';

export { headersOf, type ColumnSpec, type SheetSpec } from './sheet-spec';
export { mentorSheet, type MentorColumn } from './mentor-sheet';
export { menteeSheet, type MenteeColumn } from './mentee-sheet';
export { pairSheet, type PairColumn } from './pair-sheet';
export { doNotPairSheet, type DoNotPairColumn } from './do-not-pair-sheet';
export { TEXT_COLUMNS, TEXT_FORMAT, textColumnIndexes } from './text-columns';
export {
  settingsSheet,
  SETTINGS,
  WEIGHT_LABELS,
  type SettingsColumn,
  type SettingKey,
  type SettingKind,
  type SettingSpec,
  type WeightKey,
} from './settings-sheet';
export {
  REPORT_SETTINGS,
  REPORT_SETTINGS_ROWS,
  type ContingentKey,
  type ReportSettingKey,
  type ReportSettingSpec,
} from './report-settings';
export { monitoringReportSheet } from './monitoring-sheet';

/** Where the answers of each questionnaire land (the response sheet of its form, or pasted by hand). */
export const measurementAnswerSheet = answerSheet(measurementQuestionnaire);
export const satisfactionAnswerSheet = answerSheet(satisfactionQuestionnaire);
export const swotAnswerSheet = answerSheet(swotQuestionnaire);

/**
 * Sheets created by `init` and the add-on's «create or repair», in the order of the programme
 * year: registries and pairs, meetings and their progress, the roadmap, questionnaire answers,
 * the product's monitoring and indicators, mentors' achievements and rating, then `Настройки`.
 */
export const WORKSPACE_SHEETS: readonly SheetSpec[] = [
  mentorSheet,
  menteeSheet,
  pairSheet,
  doNotPairSheet,
  meetingSheet,
  progressSheet,
  roadmapSheet,
  measurementAnswerSheet,
  satisfactionAnswerSheet,
  swotAnswerSheet,
  monitoringReportSheet,
  indicatorSheet,
  ACHIEVEMENTS_SHEET,
  RATING_SHEET,
  settingsSheet,
];

/** The sheet name as it appears in a workbook, matched like headers; undefined when absent. */
export function findSheetName(names: readonly string[], wanted: string): string | undefined {
  const key = normalizeText(wanted);
  return names.find((name) => normalizeText(name) === key);
}
