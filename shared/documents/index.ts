export type { Block, DocumentModel } from './model';
export { parseTemplate } from './template-parser';
export {
  fillTemplate,
  BLANK,
  type FilledDocument,
  type TemplateRecord,
  type TemplateValue,
  type TemplateValues,
} from './fill-template';
export { renderText } from './render-text';
export { shortName, decimalRu } from './names';
export {
  PROGRAMME_TEMPLATE,
  PROGRAMME_FIELDS,
  programmeDocument,
  programmeValues,
  programmePlan,
  programmeEnd,
  type ProgrammeInput,
} from './programme';
export {
  PRACTICE_CARD_TEMPLATE,
  PRACTICE_CARD_FIELDS,
  practiceCardDocument,
  practiceCardValues,
  meetingResults,
  type PracticeCardInput,
} from './practice-card';
