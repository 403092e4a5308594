// «Пары» as the programme year reads it, the same in the add-on and the CLI: rows with problems
// left out, pairs with their names, every pair ID kept for telling meetings of no pair.
import { readPairs } from '../registry/pair-registry';
import type { PairRecord } from '../registry/schemas';
import type { TableProblem } from '../tables';
import type { PairNames } from './digest';
import { pairInfos } from './pair-info';
import type { PairInfo } from './progress';

export interface PairsData {
  /** Rows of «Пары» without problems: a row with a problem is left out and listed in `problems`. */
  records: PairRecord[];
  /** Every data row of «Пары», those with problems included. */
  rows: number;
  /** Every «ID пары» on the sheet, rows with problems included: a meeting of such a pair is not «of no pair». */
  allPairIds: Set<string>;
  infos: PairInfo[];
  names: Map<string, PairNames>;
  problems: TableProblem[];
}

/** `Пары` already read (null or undefined: no such sheet). */
export function pairsData(grid: readonly (readonly unknown[])[] | null | undefined): PairsData {
  if (!grid) return { records: [], rows: 0, allPairIds: new Set(), infos: [], names: new Map(), problems: [] };
  const read = readPairs(grid);
  const { problems } = read;
  const badRows = new Set(problems.map((problem) => problem.row));
  const records = read.records.filter((record) => !badRows.has(record.row));
  const names = new Map<string, PairNames>();
  for (const record of records) {
    if (!record.pairId) continue;
    const entry = names.get(record.pairId) ?? { mentor: record.mentorName, mentees: [] };
    (entry.mentees as string[]).push(record.menteeName);
    names.set(record.pairId, entry);
  }
  const allPairIds = new Set(read.records.map((record) => record.pairId).filter(Boolean));
  return { records, rows: read.records.length, allPairIds, infos: pairInfos(records), names, problems };
}
