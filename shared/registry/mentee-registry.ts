// `Наставляемые` grid → Mentee records; bad cells become addressed problems.
import {
  DEFAULT_MENTEE_STATUS,
  consentAnswers,
  forms,
  meetingFormats,
  menteeCategories,
  menteeStatuses,
  weekdays,
} from '../catalogue';
import { RowReader, readTable, sortProblems, type TableProblem } from '../tables';
import { otherAlphabetIds } from './look-alike-ids';
import { menteeSheet, type MenteeColumn } from '../workspace';
import type { RegistryReadOptions } from './mentor-registry';
import { DAY_SEPARATORS, dropUndefined, optional } from './record-fields';
import type { FormCode, Mentee } from './types';
import { UniqueIds } from './unique-ids';

export interface MenteesRead {
  /** Rows without problems, in sheet order. */
  mentees: Mentee[];
  /** The 1-based sheet row of each mentee, by ID. */
  rowOf: Map<string, number>;
  /** Rows with problems are left out; every problem says where and what to do. */
  problems: TableProblem[];
  /** Values corrected and things to check; these rows are kept. */
  notes: TableProblem[];
  /** The rows left out, with the ID written there (may be empty). */
  leftOut: { row: number; id: string }[];
}

export function readMentees(grid: readonly (readonly unknown[])[], options: RegistryReadOptions = {}): MenteesRead {
  const { table, problems } = readTable(grid, menteeSheet, {
    sheet: options.sheet,
    requireRows: options.requireRows ?? true,
  });
  const mentees: Mentee[] = [];
  const rowOf = new Map<string, number>();
  const ids = new UniqueIds();
  const leftOut: { row: number; id: string }[] = [];
  const written: { row: number; id: string }[] = [];
  for (const row of table.rows) {
    const before = problems.length;
    const cell = new RowReader<MenteeColumn>(table, row, problems);
    const id = cell.requiredText('id', 'ID наставляемого');
    const idIsNew = id ? ids.claim(cell, 'id', id) : false;
    if (id) written.push({ row: row.rowNumber, id });
    cell.checkLookAlikes('id');
    cell.checkLookAlikes('fullName');
    const form: FormCode | undefined = cell.term('form', forms, 'форма наставничества');
    if (cell.has('form') && cell.isEmpty('form'))
      cell.report('form', 'required', 'не заполнено: укажите форму наставничества');
    const mentee = {
      id,
      fullName: cell.requiredText('fullName', 'ФИО'),
      category: cell.term('category', menteeCategories, 'категория наставляемого'),
      age: cell.integer('age', { min: 1, max: 120 }),
      grade: cell.grade('grade'),
      experienceYears: cell.number('experienceYears', { min: 0, max: 80 }),
      form,
      requests: cell.list('requests'),
      interests: cell.list('interests'),
      days: cell.terms('days', weekdays, 'день недели', DAY_SEPARATORS),
      format: cell.term('format', meetingFormats, 'формат встреч'),
      preferredMentor: optional(cell.text('preferredMentor')),
      consent: cell.term('consent', consentAnswers, 'согласие: да или нет') === 'да',
      status: cell.term('status', menteeStatuses, 'статус наставляемого') ?? DEFAULT_MENTEE_STATUS,
    };
    if (problems.length === before && idIsNew && form !== undefined) {
      mentees.push(dropUndefined<Mentee>({ ...mentee, form }));
      rowOf.set(id, row.rowNumber);
    } else {
      leftOut.push({ row: row.rowNumber, id });
    }
  }
  const notes = [...(table.notes ?? []), ...otherAlphabetIds(table, 'id', written)];
  return { mentees, rowOf, problems, notes: sortProblems(notes), leftOut };
}
