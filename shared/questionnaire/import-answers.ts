// The whole import as a pure step: responses grid + mapping + registry grid → the registry model
// to write back, the summary, and the mark for the next import.
import { TableModel, cellText } from '../tables';
import { readAnswer } from './answers';
import { registrySpec } from './mapping';
import { mergeAnswers, type ImportSummary } from './merge';
import { newResponseRows, type ImportMark } from './new-responses';
import type { Registry } from './questions';

export interface ImportInput {
  registry: Registry;
  responses: readonly (readonly unknown[])[];
  /** Registry column key per responses column (null = not imported). */
  mapping: readonly (string | null)[];
  registryGrid: readonly (readonly unknown[])[];
  mark: ImportMark;
}

export interface ImportPlan {
  model: TableModel<string>;
  summary: ImportSummary;
  next: ImportMark;
  /** Number of new responses considered. */
  considered: number;
}

export function planImport(input: ImportInput): ImportPlan {
  if (!input.mapping.includes('fullName')) {
    throw new Error('Укажите, какой вопрос анкеты содержит ФИО: без него ответы нельзя сопоставить с реестром.');
  }
  const headers = (input.responses[0] ?? []).map((h) => cellText(h));
  const { rows, next } = newResponseRows(input.responses, input.mark);
  const answers = rows.map((i) => readAnswer(input.registry, input.responses[i], headers, input.mapping, i + 1));
  const model = TableModel.fromGrid<string>(input.registryGrid, registrySpec(input.registry));
  const summary = mergeAnswers(input.registry, model, answers);
  return { model, summary, next, considered: rows.length };
}
