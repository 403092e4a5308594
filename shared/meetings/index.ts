export {
  toDay,
  dayToDate,
  makeDay,
  daysBetween,
  addDays,
  addMonths,
  daysInMonth,
  formatDayRu,
  type Day,
} from '../core/day';
export { meetingTypes, MEETING_TYPE_ORDER, MEETING_TITLES, type MeetingType } from './meeting-type';
export type { Meeting } from './meeting';
export { meetingSheet, type MeetingColumn } from './sheet';
export { pairProgress, pairsProgress, OVERDUE_AFTER_DAYS, type PairInfo, type PairProgress } from './progress';
export { completionCheck, type CompletionCheck } from './completion';
export { overdueDigest, overdueSummary, type OverdueDigest, type OverdueSummary, type PairNames } from './digest';
export { plural, countOf } from './plural';
export { readMeetings, meetingCells, type ReadMeetingsOptions } from './read-meetings';
export { parseMeetingInput, type MeetingInputIssue, type MeetingInputResult } from './meeting-input';
export { pairInfos } from './pair-info';
export { pairsData, type PairsData } from './pairs-data';
export { progressSheet, progressCells, type ProgressColumn } from './progress-sheet';
