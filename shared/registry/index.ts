// Registry sheets ↔ domain records. Readers take plain grids (first row = headers) and return
// records plus every problem with its sheet, row and column; rows with problems are left out.
export type * from './types';
export {
  formCodeSchema,
  weekdaySchema,
  meetingFormatSchema,
  gradeRangeSchema,
  mentorSchema,
  menteeSchema,
  pairStatusSchema,
  pairRecordSchema,
  pairRefSchema,
  weightsSchema,
  workspaceSettingsSchema,
  type PairRecord,
  type PairRef,
  type WorkspaceSettings,
} from './schemas';
export { readMentors, type MentorsRead, type RegistryReadOptions } from './mentor-registry';
export { readMentees, type MenteesRead } from './mentee-registry';
export { readPairs, type PairsRead } from './pair-registry';
export { readDoNotPair, type DoNotPairEntry } from './do-not-pair-registry';
export { readSettings, settingDateProblem } from './settings-registry';
export {
  readPairingInput,
  isSheetProblem,
  type Grid,
  type PairingInput,
  type PairingInputOptions,
  type SheetLabels,
  type WorkspaceGrids,
} from './pairing-input';
export { preferenceNotes } from './preference-notes';
export {
  writePairs,
  pairSheetRows,
  reasonsText,
  AGAINST_LABEL,
  REASON_SEPARATOR,
  type PairProposal,
  type PairSheetWrite,
} from './pair-writer';
