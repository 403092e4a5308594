// «Не объединять» from the sidebar: one row appended under the curator's list (no Apps Script here).
import { normalizeText } from '../../../shared/catalogue';
import { cellText, matchHeaders } from '../../../shared/tables';
import { doNotPairSheet } from '../../../shared/workspace';
import type { SheetChange } from './confirmation';
import type { PairKey } from './wire';

type Grid = unknown[][];

/** The grid with the pair appended after the last row; null when the list already holds it. */
export function planExclusion(grid: Grid, pair: PairKey, reason: string): SheetChange | null {
  const after = grid.map((row) => [...row]);
  if (after.length === 0) after.push(doNotPairSheet.columns.map((column) => column.header));
  const { columns } = matchHeaders(after[0], doNotPairSheet, doNotPairSheet.name);
  let next = after[0].length;
  while (next > 0 && cellText(after[0][next - 1]) === '') next--;
  const indexOf = (key: 'mentorId' | 'menteeId' | 'reason'): number => {
    const found = columns[key];
    if (found !== undefined) return found;
    const column = doNotPairSheet.columns.find((c) => c.key === key)!;
    after[0][next] = column.header;
    return next++;
  };
  const mentorColumn = indexOf('mentorId');
  const menteeColumn = indexOf('menteeId');
  const reasonColumn = indexOf('reason');

  const same = (row: unknown[]) =>
    normalizeText(cellText(row[mentorColumn])) === normalizeText(pair.mentorId) &&
    normalizeText(cellText(row[menteeColumn])) === normalizeText(pair.menteeId);
  if (after.slice(1).some(same)) return null;

  const row = new Array<unknown>(Math.max(next, after[0].length)).fill('');
  row[mentorColumn] = pair.mentorId;
  row[menteeColumn] = pair.menteeId;
  row[reasonColumn] = reason;
  after.push(row);
  return { before: grid, after, columns: new Set([mentorColumn, menteeColumn, reasonColumn]) };
}
