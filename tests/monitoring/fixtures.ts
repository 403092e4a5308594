// Builds answer sheets the way Google Forms fills them: headers = question texts.
import { answerSheet, type Questionnaire } from '../../shared/monitoring';
import { headersOf } from '../../shared/workspace';

export function answerGrid(questionnaire: Questionnaire, rows: ReadonlyArray<Record<string, unknown>>): unknown[][] {
  const spec = answerSheet(questionnaire);
  const keys = spec.columns.map((column) => column.key);
  return [headersOf(spec), ...rows.map((row) => keys.map((key) => row[key] ?? ''))];
}

/** Every item of the parameter given the same score. */
export function allItems(parameter: string, score: number, count: number): Record<string, number> {
  const items: Record<string, number> = {};
  for (let i = 1; i <= count; i++) items[`${parameter}.${i}`] = score;
  return items;
}
