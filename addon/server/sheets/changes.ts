// Which block of a sheet to write after an in-memory edit: the rows from the first to the last
// changed one, and only the product's own columns between the first and last changed column —
// split where a curator's column sits in between, so the curator's cells (and formulas) are never
// written. Usually one block, so one setValues per sheet.

export interface Block {
  /** 0-based grid row and column of the block's top-left cell. */
  row: number;
  column: number;
  values: unknown[][];
}

function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const empty = (v: unknown) => v === '' || v === null || v === undefined;
  if (empty(a) && empty(b)) return true;
  const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return false;
}

export function changedBlocks(
  before: readonly (readonly unknown[])[],
  after: readonly (readonly unknown[])[],
  ownColumns: ReadonlySet<number>,
): Block[] {
  let firstRow = -1;
  let lastRow = -1;
  let firstCol = Infinity;
  let lastCol = -1;
  after.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!ownColumns.has(c) || sameCell(before[r]?.[c], cell)) return;
      if (firstRow < 0) firstRow = r;
      lastRow = r;
      firstCol = Math.min(firstCol, c);
      lastCol = Math.max(lastCol, c);
    });
  });
  if (firstRow < 0) return [];
  const blocks: Block[] = [];
  let start = -1;
  for (let c = firstCol; c <= lastCol + 1; c++) {
    const own = c <= lastCol && ownColumns.has(c);
    if (own && start < 0) start = c;
    if (!own && start >= 0) {
      const values: unknown[][] = [];
      for (let r = firstRow; r <= lastRow; r++) {
        const line: unknown[] = [];
        for (let k = start; k < c; k++) line.push(after[r]?.[k] ?? '');
        values.push(line);
      }
      blocks.push({ row: firstRow, column: start, values });
      start = -1;
    }
  }
  return blocks;
}

interface SheetModel {
  headers: readonly unknown[];
  rows: readonly { sourceRow: number | null; cells: readonly unknown[] }[];
}

/**
 * The sheet as it should look after editing a TableModel, aligned with the sheet's rows: rows
 * read from the sheet stay on their row (empty rows in between stay empty), new rows go under
 * the last used row. Diffing this against what was read gives the blocks to write.
 */
export function alignedGrid(before: readonly (readonly unknown[])[], model: SheetModel): unknown[][] {
  const after: unknown[][] = before.map((row) => [...row]);
  after[0] = [...model.headers];
  let next = Math.max(before.length, 1);
  for (const row of model.rows) {
    if (row.sourceRow === null) after[next++] = [...row.cells];
    else after[row.sourceRow - 1] = [...row.cells];
  }
  return after;
}
