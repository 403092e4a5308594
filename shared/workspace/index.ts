// The workspace: every sheet the product uses, in workbook order.
import { doNotPairSheet } from './do-not-pair-sheet';
import { menteeSheet } from './mentee-sheet';
import { mentorSheet } from './mentor-sheet';
import { pairSheet } from './pair-sheet';
import { settingsSheet } from './settings-sheet';
import type { SheetSpec } from './sheet-spec';
import { normalizeText } from '../catalogue';

export { headersOf, type ColumnSpec, type SheetSpec } from './sheet-spec';
export { mentorSheet, type MentorColumn } from './mentor-sheet';
export { menteeSheet, type MenteeColumn } from './mentee-sheet';
export { pairSheet, type PairColumn } from './pair-sheet';
export { doNotPairSheet, type DoNotPairColumn } from './do-not-pair-sheet';
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

/**
 * Sheets created by `init` and the add-on, in this order. Sheets of later stages (meetings,
 * monitoring, indicators, roadmap) are added here as further SheetSpec entries before `Настройки`.
 */
export const WORKSPACE_SHEETS: readonly SheetSpec[] = [mentorSheet, menteeSheet, pairSheet, doNotPairSheet, settingsSheet];

/** The sheet name as it appears in a workbook, matched like headers; undefined when absent. */
export function findSheetName(names: readonly string[], wanted: string): string | undefined {
  const key = normalizeText(wanted);
  return names.find((name) => normalizeText(name) === key);
}
