export {
  ACHIEVEMENT_KINDS,
  ACHIEVEMENT_LEVELS,
  ACHIEVEMENT_KIND_LABELS,
  ACHIEVEMENT_LEVEL_LABELS,
  KIND_ORDER,
  LEVEL_ORDER,
  achievementKinds,
  achievementLevels,
  type AchievementKind,
  type AchievementLevel,
} from './kinds';
export {
  ACHIEVEMENTS_SHEET,
  ACHIEVEMENTS_SHEET_NAME,
  ACHIEVEMENT_HEADERS,
  regionPracticeSource,
  type AchievementColumn,
} from './achievement-sheet';
export { readAchievements, type Achievement, type ReadAchievementsOptions } from './read-achievements';
export {
  POINTS_SETTINGS,
  POINTS_SETTINGS_ROWS,
  DEFAULT_KIND_POINTS,
  DEFAULT_LEVEL_WEIGHTS,
  DEFAULT_PAIR_POINTS,
  DEFAULT_SHORTLIST_SIZE,
  type PointsSettingSpec,
  type PairPointsKey,
} from './points-settings';
export {
  readPointsTable,
  defaultPointsTable,
  achievementPoints,
  round,
  type PointsTable,
  type PointsRead,
} from './points';
export { weeksWithMeetings, menteeChange, type PairResults, type YearPair } from './pair-results';
export { computeRating, yearPairs, type Rating, type RatingEntry, type RatingInput } from './rating';
export { readRatingInput, type RatingSources, type RatingInputRead } from './rating-input';
export { shortlists, formLabel, NO_FORM, type FormShortlist } from './shortlist';
export { ratingLayout, formulaLines, entryLine, RATING_COLUMNS, type RatingLayout } from './rating-sheet';
export { RATING_SHEET, RATING_SHEET_NAME, RATING_TITLE } from './rating-report-sheet';
export { numberRu, pointsRu } from './points-text';
export {
  COMMISSION_TEMPLATE,
  COMMISSION_FIELDS,
  THANKS_TEMPLATE,
  THANKS_FIELDS,
  commissionValues,
  thanksValues,
  thanksResults,
  thanksRecipients,
  type SchoolNames,
} from './documents';
