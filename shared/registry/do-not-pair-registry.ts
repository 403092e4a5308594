// `Не объединять` grid → mentor/mentee ID pairs that must never be proposed.
import { RowReader, readTable, type TableProblem } from '../tables';
import { doNotPairSheet, type DoNotPairColumn } from '../workspace';
import type { PairRef } from './schemas';

export interface DoNotPairEntry extends PairRef {
  /** 1-based sheet row. */
  row: number;
  reason: string;
}

export function readDoNotPair(
  grid: readonly (readonly unknown[])[],
  options: { sheet?: string } = {},
): {
  entries: DoNotPairEntry[];
  /** Rows with problems, with the IDs as written (one may be empty). */
  badRows: { row: number; mentorId: string; menteeId: string }[];
  problems: TableProblem[];
  columns: Partial<Record<DoNotPairColumn, number>>;
} {
  const { table, problems } = readTable(grid, doNotPairSheet, { sheet: options.sheet });
  const entries: DoNotPairEntry[] = [];
  const badRows: { row: number; mentorId: string; menteeId: string }[] = [];
  for (const row of table.rows) {
    const before = problems.length;
    const cell = new RowReader<DoNotPairColumn>(table, row, problems);
    const mentorId = cell.requiredText('mentorId', 'ID наставника');
    const menteeId = cell.requiredText('menteeId', 'ID наставляемого');
    if (problems.length === before)
      entries.push({ row: row.rowNumber, mentorId, menteeId, reason: cell.text('reason') });
    else badRows.push({ row: row.rowNumber, mentorId, menteeId });
  }
  return { entries, badRows, problems, columns: table.columns };
}
