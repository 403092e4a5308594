export { quarter, quarterOf, previousQuarter, type Quarter } from './quarter';
export {
  takeSnapshot,
  MENTOR_CATEGORIES,
  MENTEE_CATEGORIES,
  type ParticipationSnapshot,
  type SnapshotInput,
} from './snapshot';
export {
  participationSheet,
  PARTICIPATION_HEADERS,
  PARTICIPATION_SHEET_WHEN,
  CHART_COLUMNS,
  FIRST_SNAPSHOT,
  RETAKE,
  hasSnapshotOf,
  snapshotRow,
  snapshotLines,
} from './sheet';
export { snapshotFromWorkspace, type SnapshotGrids } from './from-workspace';
