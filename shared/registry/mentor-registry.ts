// `Наставники` grid → Mentor records; bad cells become addressed problems.
import {
  DEFAULT_MENTOR_STATUS,
  consentAnswers,
  forms,
  meetingFormats,
  mentorCategories,
  mentorStatuses,
  weekdays,
} from '../catalogue';
import { isValidInn } from '../core/inn';
import { RowReader, readTable, sortProblems, type TableProblem } from '../tables';
import { otherAlphabetIds } from './look-alike-ids';
import { mentorSheet, type MentorColumn } from '../workspace';
import type { Mentor } from './types';
import { DAY_SEPARATORS, dropUndefined, optional } from './record-fields';
import { UniqueIds } from './unique-ids';

export interface RegistryReadOptions {
  /** Name used in problems, e.g. `Наставники (mentors.csv)`; defaults to the sheet name. */
  sheet?: string;
  /** A sheet with no data rows is a problem (default true). */
  requireRows?: boolean;
  /**
   * Read for pairing: the ИНН plays no part in it, so a wrong one is a note and the mentor takes
   * part. Elsewhere (the school report counts partner enterprises by ИНН) it leaves the row out.
   */
  forPairing?: boolean;
}

export interface MentorsRead {
  /** Rows without problems, in sheet order. */
  mentors: Mentor[];
  /** The 1-based sheet row of each mentor, by ID. */
  rowOf: Map<string, number>;
  /** Rows with problems are left out; every problem says where and what to do. */
  problems: TableProblem[];
  /** Values corrected and things to check; these rows are kept. */
  notes: TableProblem[];
  /** The rows left out, with the ID written there (may be empty). */
  leftOut: { row: number; id: string }[];
}

export function readMentors(grid: readonly (readonly unknown[])[], options: RegistryReadOptions = {}): MentorsRead {
  const { table, problems } = readTable(grid, mentorSheet, {
    sheet: options.sheet,
    requireRows: options.requireRows ?? true,
  });
  const mentors: Mentor[] = [];
  const rowOf = new Map<string, number>();
  const ids = new UniqueIds();
  const leftOut: { row: number; id: string }[] = [];
  const written: { row: number; id: string }[] = [];
  for (const row of table.rows) {
    const before = problems.length;
    const cell = new RowReader<MentorColumn>(table, row, problems);
    const id = cell.requiredText('id', 'ID наставника');
    const idIsNew = id ? ids.claim(cell, 'id', id) : false;
    if (id) written.push({ row: row.rowNumber, id });
    cell.checkLookAlikes('id');
    cell.checkLookAlikes('fullName');
    const mentor: Mentor = {
      id,
      fullName: cell.requiredText('fullName', 'ФИО'),
      category: cell.term('category', mentorCategories, 'категория наставника'),
      organization: optional(cell.text('organization')),
      inn: readInn(cell, options.forPairing === true),
      age: cell.integer('age', { min: 1, max: 120 }),
      grade: cell.grade('grade'),
      experienceYears: cell.number('experienceYears', { min: 0, max: 80 }),
      forms: cell.terms('forms', forms, 'форма наставничества'),
      competencies: cell.list('competencies'),
      interests: cell.list('interests'),
      menteeGrades: cell.gradeRange('menteeGrades'),
      days: cell.terms('days', weekdays, 'день недели', DAY_SEPARATORS),
      format: cell.term('format', meetingFormats, 'формат встреч'),
      capacity: cell.integer('capacity', { min: 1, max: 100 }) ?? 1,
      preferredMentees: cell.list('preferredMentees'),
      consent: cell.term('consent', consentAnswers, 'согласие: да или нет') === 'да',
      status: cell.term('status', mentorStatuses, 'статус наставника') ?? DEFAULT_MENTOR_STATUS,
      email: optional(cell.text('email')),
      phone: optional(cell.text('phone')),
    };
    if (cell.has('forms') && cell.list('forms').length === 0) {
      cell.report('forms', 'required', 'не заполнено: укажите хотя бы одну форму наставничества');
    }
    if (problems.length === before && idIsNew) {
      mentors.push(dropUndefined(mentor));
      rowOf.set(mentor.id, row.rowNumber);
    } else {
      leftOut.push({ row: row.rowNumber, id });
    }
  }
  const notes = [...(table.notes ?? []), ...otherAlphabetIds(table, 'id', written)];
  return { mentors, rowOf, problems, notes: sortProblems(notes), leftOut };
}

function readInn(cell: RowReader<MentorColumn>, forPairing: boolean): string | undefined {
  const inn = cell.text('inn').replace(/\s/g, '');
  if (!inn) return undefined;
  if (!isValidInn(inn)) {
    const message = 'ИНН должен состоять из 10 или 12 цифр с верными контрольными цифрами';
    if (forPairing) cell.note('inn', 'bad-inn', `${message}; для подбора пар ИНН не нужен, наставник участвует`);
    else cell.report('inn', 'bad-inn', message);
    return undefined;
  }
  return inn;
}
