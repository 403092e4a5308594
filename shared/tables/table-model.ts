// A sheet held for writing: rows are updated, appended or dropped by column key, while the
// curator's extra columns keep their place, order and values.
import type { SheetSpec } from '../workspace/sheet-spec';
import { cellText, isEmptyRow, type CellValue } from './cell';
import { matchHeaders } from './headers';

export interface ModelRow {
  /** The 1-based sheet row this row was read from; null for a new row. */
  sourceRow: number | null;
  /** Every cell, extra columns included; as wide as the header row. */
  cells: unknown[];
}

export class TableModel<K extends string> {
  private constructor(
    readonly spec: SheetSpec<K>,
    readonly headers: unknown[],
    readonly rows: ModelRow[],
    private readonly columns: Record<K, number>,
  ) {}

  /**
   * Takes a sheet's grid (may be empty). Columns of the spec the sheet lacks are added after
   * the last header; empty rows are left out.
   */
  static fromGrid<K extends string>(grid: readonly (readonly unknown[])[], spec: SheetSpec<K>): TableModel<K> {
    const headerRow = grid.length > 0 && !isEmptyRow(grid[0]) ? [...grid[0]] : [];
    while (headerRow.length > 0 && cellText(headerRow[headerRow.length - 1]) === '') headerRow.pop();
    const found = matchHeaders(headerRow, spec, spec.name).columns;
    const columns = {} as Record<K, number>;
    for (const column of spec.columns) {
      const index = found[column.key];
      if (index !== undefined) {
        columns[column.key] = index;
      } else {
        columns[column.key] = headerRow.length;
        headerRow.push(column.header);
      }
    }
    const rows: ModelRow[] = [];
    for (let index = 1; index < grid.length; index++) {
      if (isEmptyRow(grid[index])) continue;
      const cells = [...grid[index]];
      while (cells.length < headerRow.length) cells.push('');
      rows.push({ sourceRow: index + 1, cells });
    }
    return new TableModel(spec, headerRow, rows, columns);
  }

  /** Number of columns: the header row's width, or a wider data row's. */
  get width(): number {
    return Math.max(this.headers.length, ...this.rows.map((row) => row.cells.length));
  }

  columnIndex(key: K): number {
    return this.columns[key];
  }

  /** 0-based indexes of the columns the product writes; every other column belongs to the curator. */
  ownColumns(): Set<number> {
    return new Set(this.spec.columns.map((column) => this.columns[column.key]));
  }

  get(row: ModelRow, key: K): unknown {
    return row.cells[this.columns[key]];
  }

  text(row: ModelRow, key: K): string {
    return cellText(this.get(row, key));
  }

  /** Writes the given columns of a row; other cells stay as they are. */
  set(row: ModelRow, values: Partial<Record<K, CellValue>>): void {
    for (const key of Object.keys(values) as K[]) {
      const value = values[key];
      row.cells[this.columns[key]] = value === undefined || value === null ? '' : value;
    }
  }

  append(values: Partial<Record<K, CellValue>>): ModelRow {
    const row: ModelRow = { sourceRow: null, cells: new Array<unknown>(this.headers.length).fill('') };
    this.set(row, values);
    this.rows.push(row);
    return row;
  }

  /** Keeps only the rows for which `predicate` holds, in their order. */
  retain(predicate: (row: ModelRow) => boolean): void {
    const kept = this.rows.filter(predicate);
    this.rows.splice(0, this.rows.length, ...kept);
  }

  /** The sheet as a rectangular grid: header row, then rows; missing cells are ''. */
  toGrid(): unknown[][] {
    const width = this.width;
    const pad = (cells: readonly unknown[]) => {
      const padded = [...cells];
      while (padded.length < width) padded.push('');
      return padded;
    };
    return [pad(this.headers), ...this.rows.map((row) => pad(row.cells))];
  }
}
