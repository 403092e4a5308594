export { normalCdf, normalDensity } from './normal';
export {
  signedRankTest,
  averageRanks,
  signedRankCounts,
  exactLowerTail,
  EXACT_MAX_N,
  type SignedRankResult,
  type SignedRankMethod,
} from './signed-rank';
export { PARAMETERS, parameterInfo, type ParameterKey, type ParameterInfo } from './parameters';
export type {
  Question,
  ScaleQuestion,
  ChoiceQuestion,
  TextQuestion,
  Questionnaire,
  QuestionnaireKey,
} from './questionnaire';
export { participantRoles, swotRoles, waves, type ParticipantRole, type SwotRole, type Wave } from './vocabularies';
export { measurementQuestionnaire, measurementItems } from './measurement-questionnaire';
export { satisfactionQuestionnaire, SATISFIED_FROM, CONTINUE_OPTIONS } from './satisfaction-questionnaire';
export { swotQuestionnaire, SWOT_KEYS, SWOT_LABELS, type SwotKey } from './swot-questionnaire';
export { answerSheet } from './answer-sheet';
export {
  readMeasurementAnswers,
  readSatisfactionAnswers,
  readSwotAnswers,
  type MeasurementAnswer,
  type SatisfactionAnswer,
  type SwotAnswer,
} from './answers';
export { satisfactionSummary, type SatisfactionCounts, type SatisfactionSummary } from './satisfaction';
export { swotSummary, type SwotItem, type SwotSummary } from './swot';
export { stage1Report, type Stage1Report } from './stage1';
export {
  stage2Report,
  parameterScore,
  DEFAULT_ALPHA,
  type ParameterChange,
  type Stage2Report,
  type Stage2Options,
} from './stage2';
export {
  monitoringSheet,
  conclusion,
  effectLabel,
  MONITORING_SHEET_NAME,
  STAGE2_NOTE,
  MIN_N_FOR_SIGNIFICANCE,
  type ChartSpec,
  type MonitoringInput,
  type MonitoringSheet,
} from './monitoring-sheet';

import { measurementQuestionnaire } from './measurement-questionnaire';
import { satisfactionQuestionnaire } from './satisfaction-questionnaire';
import { swotQuestionnaire } from './swot-questionnaire';

/** Every questionnaire the add-on offers as a Google Form or an answer sheet. */
export const QUESTIONNAIRES = [measurementQuestionnaire, satisfactionQuestionnaire, swotQuestionnaire] as const;
