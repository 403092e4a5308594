// Everything pairing needs from a workspace, read and cross-checked in one place, so the add-on
// and the CLI feed the engine the same way.
import { normalizeText } from '../catalogue';
import { columnLetter, sortProblems, type TableProblem } from '../tables';
import { doNotPairSheet, menteeSheet, mentorSheet, pairSheet, settingsSheet, type WeightKey } from '../workspace';
import { readDoNotPair } from './do-not-pair-registry';
import { readMentees } from './mentee-registry';
import { readMentors } from './mentor-registry';
import { readPairs } from './pair-registry';
import type { PairRecord, PairRef, WorkspaceSettings } from './schemas';
import { readSettings } from './settings-registry';
import type { Mentee, Mentor } from './types';

export type Grid = readonly (readonly unknown[])[];

/** The sheets as grids; optional sheets may be absent from the workbook. */
export interface WorkspaceGrids {
  mentors: Grid;
  mentees: Grid;
  pairs?: Grid;
  doNotPair?: Grid;
  settings?: Grid;
}

/** Names used in problems instead of the sheet names (e.g. CSV file names). */
export type SheetLabels = Partial<Record<keyof WorkspaceGrids, string>>;

/** Structurally the `PairingOptions` of shared/pairing. */
export interface PairingInputOptions {
  weights: Partial<Record<WeightKey, number>>;
  minScore?: number;
  doNotPair: PairRef[];
  pinned: PairRef[];
}

export interface PairingInput {
  /** Mentors who take part: rows without problems (and not excluded by a problem elsewhere). */
  mentors: Mentor[];
  /** Mentees who take part, the same way. */
  mentees: Mentee[];
  /** Every row of `Пары`. */
  pairRecords: PairRecord[];
  settings: WorkspaceSettings;
  options: PairingInputOptions;
  /**
   * Every problem of every sheet, in sheet, row and column order. A row with a problem is left
   * out; a problem of a whole sheet (`isSheetProblem`) leaves nothing to pair.
   */
  problems: TableProblem[];
  /** Values corrected and things to check; nobody is left out for these. */
  notes: TableProblem[];
  /** How many people of each registry do not take part because of problems. */
  leftOut: { mentors: number; mentees: number };
  /** The 1-based sheet row of each person, by ID, and the names the sheets go by in problems. */
  rowOf: { mentors: ReadonlyMap<string, number>; mentees: ReadonlyMap<string, number> };
  sheets: { mentors: string; mentees: string };
}

/** Problems of a whole sheet or file: nothing can be read from it, so nothing is paired. */
export function isSheetProblem(problem: TableProblem): boolean {
  return SHEET_PROBLEMS.has(problem.code);
}

const SHEET_PROBLEMS = new Set<TableProblem['code']>([
  'empty-sheet',
  'no-rows',
  'missing-sheet',
  'missing-column',
  'duplicate-column',
  'bad-file',
]);

export function readPairingInput(grids: WorkspaceGrids, labels: SheetLabels = {}): PairingInput {
  const mentorLabel = labels.mentors ?? mentorSheet.name;
  const menteeLabel = labels.mentees ?? menteeSheet.name;
  const mentorsRead = readMentors(grids.mentors, { sheet: mentorLabel, forPairing: true });
  const menteesRead = readMentees(grids.mentees, { sheet: menteeLabel });
  const pairsRead = readPairs(grids.pairs ?? [pairSheet.columns.map((column) => column.header)], {
    sheet: labels.pairs,
  });
  const doNotPairRead = readDoNotPair(grids.doNotPair ?? [doNotPairSheet.columns.map((column) => column.header)], {
    sheet: labels.doNotPair,
  });
  const settingsRead = grids.settings
    ? readSettings(grids.settings, { sheet: labels.settings })
    : { settings: { weights: {} }, problems: [] };

  const problems = [...mentorsRead.problems, ...menteesRead.problems, ...pairsRead.problems];
  const notes = [...mentorsRead.notes, ...menteesRead.notes];
  const mentorIds = canonicalIds(mentorsRead.mentors);
  const menteeIds = canonicalIds(menteesRead.mentees);
  const leftOutMentorIds = new Set(mentorsRead.leftOut.map((entry) => normalizeText(entry.id)).filter(Boolean));
  const leftOutMenteeIds = new Set(menteesRead.leftOut.map((entry) => normalizeText(entry.id)).filter(Boolean));
  const unknown = (
    sheet: string,
    row: number,
    column: number | undefined,
    header: string,
    value: string,
    registry: string,
  ): TableProblem => ({
    code: 'unknown-reference',
    sheet,
    row,
    column: column === undefined ? '' : columnLetter(column),
    header,
    value,
    message: leftOutIdsOf(registry).has(normalizeText(value))
      ? `строка этого ID на листе «${registry}» с ошибками и не учтена`
      : `нет такого ID на листе «${registry}» (или в его строке есть ошибки)`,
  });
  const leftOutIdsOf = (registry: string) => (registry === mentorLabel ? leftOutMentorIds : leftOutMenteeIds);

  // A problem in «Пары» or «Не объединять» must not let a rule be broken: whoever that row is
  // about on the side that was read is kept out of this run (a mentee) or keeps the place (a mentor).
  const excludedMentees = new Map<string, { sheet: string; row: number }>();
  const heldPlaces = new Map<string, number>();
  const excludeMentee = (menteeId: string | undefined, sheet: string, row: number) => {
    if (menteeId && !excludedMentees.has(menteeId)) excludedMentees.set(menteeId, { sheet, row });
  };

  const pinned: PairRef[] = [];
  const pinnedRowOfMentee = new Map<string, number>();
  const pairLabel = labels.pairs ?? pairSheet.name;
  const pairRowsWithProblems = new Set(pairsRead.problems.map((problem) => problem.row));
  for (const record of pairsRead.records) {
    const mentorId = mentorIds.get(normalizeText(record.mentorId));
    const menteeId = menteeIds.get(normalizeText(record.menteeId));
    if (pairRowsWithProblems.has(record.row) && record.status !== 'предложена') {
      // A confirmed pair that cannot be read (or a row whose status is unclear) may still bind its mentee.
      excludeMentee(menteeId, pairLabel, record.row);
      if (mentorId && record.status === 'утверждена') heldPlaces.set(mentorId, (heldPlaces.get(mentorId) ?? 0) + 1);
      continue;
    }
    if (record.status !== 'утверждена' || !record.mentorId || !record.menteeId) continue;
    if (!mentorId)
      problems.push(
        unknown(pairLabel, record.row, pairsRead.columns.mentorId, 'Наставник ID', record.mentorId, mentorLabel),
      );
    if (!menteeId)
      problems.push(
        unknown(pairLabel, record.row, pairsRead.columns.menteeId, 'Наставляемый ID', record.menteeId, menteeLabel),
      );
    if (!mentorId || !menteeId) {
      excludeMentee(menteeId, pairLabel, record.row);
      if (mentorId) heldPlaces.set(mentorId, (heldPlaces.get(mentorId) ?? 0) + 1);
      continue;
    }
    const earlier = pinnedRowOfMentee.get(menteeId);
    if (earlier !== undefined) {
      problems.push({
        code: 'duplicate-id',
        sheet: pairLabel,
        row: record.row,
        column: pairsRead.columns.menteeId === undefined ? '' : columnLetter(pairsRead.columns.menteeId),
        header: 'Наставляемый ID',
        value: record.menteeId,
        message: `наставляемый уже в утверждённой паре в строке ${earlier}; оставьте одну`,
      });
      continue;
    }
    pinnedRowOfMentee.set(menteeId, record.row);
    pinned.push({ mentorId, menteeId });
  }

  problems.push(...doNotPairRead.problems);
  const doNotPairLabel = labels.doNotPair ?? doNotPairSheet.name;
  const doNotPair: PairRef[] = [];
  for (const entry of doNotPairRead.entries) {
    const mentorId = mentorIds.get(normalizeText(entry.mentorId));
    const menteeId = menteeIds.get(normalizeText(entry.menteeId));
    if (!mentorId)
      problems.push(
        unknown(doNotPairLabel, entry.row, doNotPairRead.columns.mentorId, 'Наставник ID', entry.mentorId, mentorLabel),
      );
    if (!menteeId)
      problems.push(
        unknown(
          doNotPairLabel,
          entry.row,
          doNotPairRead.columns.menteeId,
          'Наставляемый ID',
          entry.menteeId,
          menteeLabel,
        ),
      );
    if (mentorId && menteeId) doNotPair.push({ mentorId, menteeId });
    // The mentor of this row is not in the run at all: the rule cannot be broken.
    else if (menteeId && !leftOutMentorIds.has(normalizeText(entry.mentorId)))
      excludeMentee(menteeId, doNotPairLabel, entry.row);
  }
  for (const row of doNotPairRead.badRows) {
    excludeMentee(menteeIds.get(normalizeText(row.menteeId)), doNotPairLabel, row.row);
  }

  problems.push(...settingsRead.problems);
  const { settings } = settingsRead;
  const options: PairingInputOptions = { weights: { ...settings.weights }, doNotPair, pinned };
  if (settings.minScore !== undefined) options.minScore = settings.minScore;

  const mentees = menteesRead.mentees.filter(
    (mentee) => !excludedMentees.has(mentee.id) || pinnedRowOfMentee.has(mentee.id),
  );
  for (const mentee of menteesRead.mentees) {
    const cause = excludedMentees.get(mentee.id);
    if (!cause || pinnedRowOfMentee.has(mentee.id)) continue;
    problems.push({
      code: 'left-out',
      sheet: menteeLabel,
      row: menteesRead.rowOf.get(mentee.id) ?? 0,
      column: '',
      header: '',
      value: mentee.id,
      message: `наставляемый не участвует в подборе, пока не исправлена строка ${cause.row} листа «${cause.sheet}»: в ней может быть его утверждённая пара или запрет`,
    });
  }
  const mentors = heldPlaces.size === 0 ? mentorsRead.mentors : holdPlaces(mentorsRead.mentors, heldPlaces);
  return {
    mentors,
    mentees,
    pairRecords: pairsRead.records,
    settings,
    options,
    problems: sortProblems(problems, [
      mentorLabel,
      menteeLabel,
      pairLabel,
      doNotPairLabel,
      labels.settings ?? settingsSheet.name,
    ]),
    notes: sortProblems(notes, [mentorLabel, menteeLabel]),
    rowOf: { mentors: mentorsRead.rowOf, mentees: menteesRead.rowOf },
    sheets: { mentors: mentorLabel, mentees: menteeLabel },
    leftOut: {
      mentors: mentorsRead.leftOut.length + mentorsRead.mentors.length - mentors.length,
      mentees: menteesRead.leftOut.length + menteesRead.mentees.length - mentees.length,
    },
  };
}

/** A place taken by a confirmed pair that could not be read stays taken; a mentor with none left sits this run out. */
function holdPlaces(mentors: readonly Mentor[], held: ReadonlyMap<string, number>): Mentor[] {
  const result: Mentor[] = [];
  for (const mentor of mentors) {
    const taken = held.get(mentor.id) ?? 0;
    if (taken === 0) result.push(mentor);
    else if (mentor.capacity > taken) result.push({ ...mentor, capacity: mentor.capacity - taken });
  }
  return result;
}

function canonicalIds(people: readonly { id: string }[]): Map<string, string> {
  return new Map(people.map((person) => [normalizeText(person.id), person.id]));
}
