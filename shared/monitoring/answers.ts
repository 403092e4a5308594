// Reading questionnaire answers. A row with a bad cell is reported (sheet, row, column) and left
// out of the statistics; the other rows still count.
import { tidyText, type Vocabulary } from '../catalogue';
import { cellText, readTable, RowReader, type ReadTableOptions, type TableProblem } from '../tables';
import { answerSheet } from './answer-sheet';
import { measurementItems, measurementQuestionnaire } from './measurement-questionnaire';
import type { Questionnaire } from './questionnaire';
import { satisfactionQuestionnaire } from './satisfaction-questionnaire';
import { SWOT_KEYS, swotQuestionnaire, type SwotKey } from './swot-questionnaire';
import { participantRoles, swotRoles, waves, type ParticipantRole, type SwotRole, type Wave } from './vocabularies';

export interface MeasurementAnswer {
  /** Sheet row, so that a later answer of the same participant replaces an earlier one. */
  row: number;
  participantId: string;
  role: ParticipantRole;
  wave: Wave;
  /** Scores 1–10 by item key (`softSkills.1` …); items left blank are absent. */
  scores: Record<string, number>;
}

export interface SatisfactionAnswer {
  row: number;
  participantId: string;
  role: ParticipantRole;
  /** Overall satisfaction 1–10. */
  overall: number;
}

export interface SwotAnswer {
  row: number;
  role?: SwotRole;
  /** Items of each answer, split at `;` and line breaks. */
  items: Record<SwotKey, string[]>;
}

interface Read<T> {
  answers: T[];
  problems: TableProblem[];
}

export function readMeasurementAnswers(
  grid: readonly (readonly unknown[])[],
  options: ReadTableOptions = {},
): Read<MeasurementAnswer> {
  return readAnswers(grid, measurementQuestionnaire, options, (cells) => {
    const participantId = cells.requiredText('participantId', 'код участника');
    const role = requiredTerm(cells, 'role', participantRoles, 'роль в программе');
    const wave = requiredTerm(cells, 'wave', waves, 'замер: входной или итоговый');
    const scores: Record<string, number> = {};
    for (const item of measurementItems) {
      const score = cells.integer(item.key, { min: item.min, max: item.max });
      if (score !== undefined) scores[item.key] = score;
    }
    return participantId && role && wave ? { row: cells.rowNumber, participantId, role, wave, scores } : undefined;
  });
}

export function readSatisfactionAnswers(
  grid: readonly (readonly unknown[])[],
  options: ReadTableOptions = {},
): Read<SatisfactionAnswer> {
  return readAnswers(grid, satisfactionQuestionnaire, options, (cells) => {
    const participantId = cells.requiredText('participantId', 'код участника');
    const role = requiredTerm(cells, 'role', participantRoles, 'роль в программе');
    const overall = cells.integer('overall', { min: 1, max: 10 });
    if (overall === undefined && cells.isEmpty('overall'))
      cells.report('overall', 'required', 'не заполнено: нужна общая оценка от 1 до 10');
    return participantId && role && overall !== undefined
      ? { row: cells.rowNumber, participantId, role, overall }
      : undefined;
  });
}

export function readSwotAnswers(
  grid: readonly (readonly unknown[])[],
  options: ReadTableOptions = {},
): Read<SwotAnswer> {
  return readAnswers(grid, swotQuestionnaire, options, (cells) => {
    const role = cells.term('role', swotRoles, 'роль в программе');
    const items = {} as Record<SwotKey, string[]>;
    for (const key of SWOT_KEYS) items[key] = swotItems(cells.raw(key));
    return { row: cells.rowNumber, ...(role ? { role } : {}), items };
  });
}

function readAnswers<T>(
  grid: readonly (readonly unknown[])[],
  questionnaire: Questionnaire,
  options: ReadTableOptions,
  readRow: (cells: RowReader<string>) => T | undefined,
): Read<T> {
  const { table, problems } = readTable(grid, answerSheet(questionnaire), options);
  const answers: T[] = [];
  if (problems.some((problem) => problem.code === 'missing-column' || problem.code === 'empty-sheet'))
    return { answers, problems };
  for (const row of table.rows) {
    const before = problems.length;
    const answer = readRow(new RowReader(table, row, problems));
    if (answer !== undefined && problems.length === before) answers.push(answer);
  }
  return { answers, problems };
}

function requiredTerm<T extends string>(
  cells: RowReader<string>,
  key: string,
  vocabulary: Vocabulary<T>,
  what: string,
): T | undefined {
  if (cells.isEmpty(key)) {
    cells.report(key, 'required', `не заполнено: укажите ${what} (${vocabulary.labels.join(' / ')})`);
    return undefined;
  }
  return cells.term(key, vocabulary, what);
}

/** Items of a free answer: split at `;` and line breaks (not commas, which live inside phrases), list marks dropped. */
function swotItems(raw: unknown): string[] {
  const text = typeof raw === 'string' ? raw : cellText(raw);
  return text
    .split(/[;\r\n]+/)
    .map((item) => tidyText(item.replace(/^\s*(?:[-–—•*·]|\d+[.)])\s*/, '')))
    .filter((item) => item !== '');
}
