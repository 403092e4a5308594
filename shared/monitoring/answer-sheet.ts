// The sheet a questionnaire's answers land in: the response sheet of its Google Form (headers =
// question texts, after «Отметка времени») or the same columns filled by hand.
import type { ColumnSpec, SheetSpec } from '../workspace/sheet-spec';
import type { Question, Questionnaire } from './questionnaire';

export const TIMESTAMP_KEY = 'timestamp';

export function answerSheet(questionnaire: Questionnaire): SheetSpec {
  return {
    name: questionnaire.sheetName,
    frozenRows: 1,
    columns: [
      { key: TIMESTAMP_KEY, header: 'Отметка времени', aliases: ['Timestamp'], width: 18 },
      ...questionnaire.questions.map(questionColumn),
    ],
  };
}

function questionColumn(question: Question): ColumnSpec {
  const column: ColumnSpec = { key: question.key, header: question.text, width: 24 };
  // A curator may drop measurement items from the form; the other required answers identify the row.
  if (question.required && (question.kind !== 'scale' || question.parameter === undefined)) column.required = true;
  if (question.kind === 'choice') column.dropdown = question.options;
  if (question.kind === 'scale') {
    column.width = 14;
    column.note = `От ${question.min} (${question.minLabel}) до ${question.max} (${question.maxLabel})`;
  }
  if (question.kind === 'paragraph') column.width = 48;
  return column;
}
