export {
  MAX_AUTHORS,
  MAX_MATERIALS,
  MAX_MEASUREMENTS,
  MAX_RESULTS,
  PRACTICE_ID_PATTERN,
  parsePracticeCard,
  practiceCardSchema,
  publicAuthor,
  publicCard,
} from './card';
export type { ParsePracticeResult, PracticeAuthor, PracticeCard } from './card';
