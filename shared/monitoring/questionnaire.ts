// Questionnaires as data: the add-on turns them into Google Forms (or answer sheets to paste
// into), and the readers find each answer by the question's text, which is also its column header.
import type { ParameterKey } from './parameters';

interface QuestionBase<K extends string> {
  key: K;
  /** The question as asked; Google Forms uses it as the answer column's header. */
  text: string;
  /** A hint under the question. */
  help?: string;
  required: boolean;
}

export interface ScaleQuestion<K extends string = string> extends QuestionBase<K> {
  kind: 'scale';
  min: 1;
  max: 10;
  minLabel: string;
  maxLabel: string;
  /** The stage 2 parameter this item measures. */
  parameter?: ParameterKey;
}

export interface ChoiceQuestion<K extends string = string> extends QuestionBase<K> {
  kind: 'choice';
  options: readonly string[];
}

export interface TextQuestion<K extends string = string> extends QuestionBase<K> {
  kind: 'text' | 'paragraph';
}

export type Question<K extends string = string> = ScaleQuestion<K> | ChoiceQuestion<K> | TextQuestion<K>;

export type QuestionnaireKey = 'measurement' | 'satisfaction' | 'swot';

export interface Questionnaire<K extends string = string> {
  key: QuestionnaireKey;
  title: string;
  description: string;
  /** The workspace sheet its answers land in (the form's response sheet is renamed to it). */
  sheetName: string;
  questions: readonly Question<K>[];
}

export const AGREEMENT_SCALE = {
  min: 1,
  max: 10,
  minLabel: 'совсем не согласен',
  maxLabel: 'полностью согласен',
} as const;
