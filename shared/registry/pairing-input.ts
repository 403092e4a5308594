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
  mentors: Mentor[];
  mentees: Mentee[];
  /** Every row of `Пары`. */
  pairRecords: PairRecord[];
  settings: WorkspaceSettings;
  options: PairingInputOptions;
  /** Every problem of every sheet, in sheet, row and column order. */
  problems: TableProblem[];
}

export function readPairingInput(grids: WorkspaceGrids, labels: SheetLabels = {}): PairingInput {
  const mentorLabel = labels.mentors ?? mentorSheet.name;
  const menteeLabel = labels.mentees ?? menteeSheet.name;
  const mentorsRead = readMentors(grids.mentors, { sheet: mentorLabel });
  const menteesRead = readMentees(grids.mentees, { sheet: menteeLabel });
  const pairsRead = readPairs(grids.pairs ?? [pairSheet.columns.map((column) => column.header)], { sheet: labels.pairs });
  const doNotPairRead = readDoNotPair(grids.doNotPair ?? [doNotPairSheet.columns.map((column) => column.header)], {
    sheet: labels.doNotPair,
  });
  const settingsRead = grids.settings ? readSettings(grids.settings, { sheet: labels.settings }) : { settings: { weights: {} }, problems: [] };

  const problems = [...mentorsRead.problems, ...menteesRead.problems, ...pairsRead.problems];
  const mentorIds = canonicalIds(mentorsRead.mentors);
  const menteeIds = canonicalIds(menteesRead.mentees);
  const unknown = (sheet: string, row: number, column: number | undefined, header: string, value: string, registry: string): TableProblem => ({
    code: 'unknown-reference',
    sheet,
    row,
    column: column === undefined ? '' : columnLetter(column),
    header,
    value,
    message: `нет такого ID на листе «${registry}» (или в его строке есть ошибки)`,
  });

  const pinned: PairRef[] = [];
  const pinnedRowOfMentee = new Map<string, number>();
  const pairLabel = labels.pairs ?? pairSheet.name;
  for (const record of pairsRead.records) {
    if (record.status !== 'утверждена' || !record.mentorId || !record.menteeId) continue;
    const mentorId = mentorIds.get(normalizeText(record.mentorId));
    const menteeId = menteeIds.get(normalizeText(record.menteeId));
    if (!mentorId) problems.push(unknown(pairLabel, record.row, pairsRead.columns.mentorId, 'Наставник ID', record.mentorId, mentorLabel));
    if (!menteeId) problems.push(unknown(pairLabel, record.row, pairsRead.columns.menteeId, 'Наставляемый ID', record.menteeId, menteeLabel));
    if (!mentorId || !menteeId) continue;
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
    if (!mentorId) problems.push(unknown(doNotPairLabel, entry.row, doNotPairRead.columns.mentorId, 'Наставник ID', entry.mentorId, mentorLabel));
    if (!menteeId) problems.push(unknown(doNotPairLabel, entry.row, doNotPairRead.columns.menteeId, 'Наставляемый ID', entry.menteeId, menteeLabel));
    if (mentorId && menteeId) doNotPair.push({ mentorId, menteeId });
  }

  problems.push(...settingsRead.problems);
  const { settings } = settingsRead;
  const options: PairingInputOptions = { weights: { ...settings.weights }, doNotPair, pinned };
  if (settings.minScore !== undefined) options.minScore = settings.minScore;
  return {
    mentors: mentorsRead.mentors,
    mentees: menteesRead.mentees,
    pairRecords: pairsRead.records,
    settings,
    options,
    problems: sortProblems(problems, [mentorLabel, menteeLabel, pairLabel, doNotPairLabel, labels.settings ?? settingsSheet.name]),
  };
}

function canonicalIds(people: readonly { id: string }[]): Map<string, string> {
  return new Map(people.map((person) => [normalizeText(person.id), person.id]));
}

