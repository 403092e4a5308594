// `Пары` grid → PairRecord rows (the confirmed ones are kept when pairs are formed again).
import { forms, pairStatuses } from '../catalogue';
import { RowReader, parseNumber, readTable, type TableProblem } from '../tables';
import { pairSheet, type PairColumn } from '../workspace';
import type { PairRecord } from './schemas';

export interface PairsRead {
  records: PairRecord[];
  problems: TableProblem[];
  /** 0-based grid column of each column found. */
  columns: Partial<Record<PairColumn, number>>;
}

export function readPairs(grid: readonly (readonly unknown[])[], options: { sheet?: string } = {}): PairsRead {
  const { table, problems } = readTable(grid, pairSheet, { sheet: options.sheet });
  const records: PairRecord[] = [];
  for (const row of table.rows) {
    const cell = new RowReader<PairColumn>(table, row, problems);
    const status = cell.term('status', pairStatuses, 'статус пары');
    const record: PairRecord = {
      row: row.rowNumber,
      pairId: cell.text('pairId'),
      mentorId: cell.text('mentorId'),
      mentorName: cell.text('mentorName'),
      menteeId: cell.text('menteeId'),
      menteeName: cell.text('menteeName'),
      reasons: cell.text('reasons'),
      startDate: cell.text('startDate'),
      order: cell.text('order'),
    };
    const form = cell.term('form', forms, 'форма наставничества');
    if (form) record.form = form;
    if (status) record.status = status;
    const score = parseNumber(cell.raw('score'));
    if (score !== undefined) record.score = score;
    if (status === 'утверждена') {
      cell.requiredText('mentorId', 'ID наставника утверждённой пары');
      cell.requiredText('menteeId', 'ID наставляемого утверждённой пары');
    }
    records.push(record);
  }
  return { records, problems, columns: table.columns };
}
