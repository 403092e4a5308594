// Questionnaires: the mentor and mentee Google Forms as data, mapping of a responses sheet to
// registry columns, and the import of new answers into the registries.
export { listsSheet, readLists, type ListsColumn, type QuestionnaireLists } from './lists-sheet';
export {
  mentorQuestionnaire,
  menteeQuestionnaire,
  questionnaireFor,
  MENTOR_QUESTIONNAIRE_TITLE,
  MENTEE_QUESTIONNAIRE_TITLE,
  WEEKDAY_CHOICES,
  type Question,
  type QuestionType,
  type Questionnaire,
  type Registry,
} from './questions';
export {
  suggestMapping,
  applyRememberedMapping,
  mappingTargets,
  registrySpec,
  isTimestampHeader,
  similarity,
  TIMESTAMP_HEADERS,
  type MappingTarget,
} from './mapping';
export { readAnswer, type AnswerRow } from './answers';
export {
  mergeAnswers,
  personKey,
  type ImportSummary,
  type ImportedPerson,
  type SkippedAnswer,
  type ImportWarning,
} from './merge';
export { newResponseRows, NOTHING_IMPORTED, type ImportMark } from './new-responses';
export { planImport, type ImportInput, type ImportPlan } from './import-answers';
