// Reading a sheet given as a plain grid (first row = headers) into addressed rows.
import type { SheetSpec } from '../workspace/sheet-spec';
import { isEmptyCell, isEmptyRow } from './cell';
import { matchHeaders } from './headers';
import type { TableProblem } from './problem';

export interface TableRow {
  /** 1-based sheet row. */
  rowNumber: number;
  /** Every cell of the row, the curator's extra columns included. */
  cells: readonly unknown[];
}

export interface Table<K extends string> {
  /** The sheet name used in problems. */
  sheet: string;
  spec: SheetSpec<K>;
  headers: string[];
  /** 0-based grid column of each column found. */
  columns: Partial<Record<K, number>>;
  /** Non-empty data rows in sheet order. */
  rows: TableRow[];
  /** Notes that leave no row out (values corrected, things to check), filled in by RowReader. */
  notes?: TableProblem[];
}

export interface ReadTableOptions {
  /** Name used in problems; defaults to the sheet spec's name (e.g. `Наставники (mentors.csv)` for CSV). */
  sheet?: string;
  /** A sheet with a header row only is a problem (inputs that must hold data). */
  requireRows?: boolean;
}

export function readTable<K extends string>(
  grid: readonly (readonly unknown[])[],
  spec: SheetSpec<K>,
  options: ReadTableOptions = {},
): { table: Table<K>; problems: TableProblem[] } {
  const sheet = options.sheet ?? spec.name;
  const table: Table<K> = { sheet, spec, headers: [], columns: {}, rows: [], notes: [] };
  const problem = (code: 'empty-sheet' | 'no-rows', row: number, message: string): TableProblem => ({
    code,
    sheet,
    row,
    column: '',
    header: '',
    value: '',
    message,
  });
  if (grid.length === 0 || isEmptyRow(grid[0])) {
    return {
      table,
      problems: [problem('empty-sheet', 1, 'лист пуст: в первой строке должны быть заголовки столбцов')],
    };
  }
  const match = matchHeaders(grid[0], spec, sheet);
  table.headers = match.headers;
  table.columns = match.columns;
  // A row with text only in the curator's own columns (a note, a formula) is not a data row.
  const known = Object.values<number | undefined>(match.columns).filter(
    (index): index is number => index !== undefined,
  );
  for (let index = 1; index < grid.length; index++) {
    const cells = grid[index];
    const hasData = known.length > 0 ? known.some((column) => !isEmptyCell(cells[column])) : !isEmptyRow(cells);
    if (hasData) table.rows.push({ rowNumber: index + 1, cells });
  }
  const problems = [...match.problems];
  if (options.requireRows && table.rows.length === 0) {
    problems.push(problem('no-rows', 2, 'нет ни одной строки с данными под заголовками'));
  }
  return { table, problems };
}
