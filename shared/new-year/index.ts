export {
  planNewYear,
  archivedAlready,
  archiveTitle,
  archiveSetting,
  SUMMARY_SHEET,
  YEAR_SETTING,
  type ActivePairsChoice,
  type Grid,
  type NewYearCounts,
  type NewYearPlan,
  type NewYearRequest,
  type SheetGrid,
} from './plan';
