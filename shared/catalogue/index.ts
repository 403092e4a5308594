export { normalizeText, tidyText } from './normalize';
export { createVocabulary, type Term, type TermMatch, type Vocabulary } from './vocabulary';
export { describeLatinLetters, editDistance, latinLetters, lookAlikeKey, mixedScriptWords } from './look-alike';
export { FORMS, FORM_CODES, forms, resolveForm, formInfo, formName, type MentoringForm } from './forms';
export { mentorCategories, menteeCategories } from './categories';
export {
  mentorStatuses,
  menteeStatuses,
  pairStatuses,
  DEFAULT_MENTOR_STATUS,
  DEFAULT_MENTEE_STATUS,
  type PairStatus,
} from './statuses';
export { weekdays, WEEKDAYS } from './weekdays';
export { meetingFormats } from './meeting-formats';
export { mentoringFormats, type MentoringFormat } from './mentoring-formats';
export { consentAnswers, type ConsentAnswer } from './consent';
export { plural, countOf, type NounForms } from './plural';
