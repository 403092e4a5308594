// Which rows of a responses sheet are new since the last import. Forms appends answers in time
// order and stamps each (an edited answer gets a new stamp), so the mark is the latest timestamp
// imported plus the row it was on; sheets without timestamps fall back to the row number.
import { isTimestampHeader } from './mapping';

export interface ImportMark {
  /** Latest `Отметка времени` imported (ms since epoch), null when none. */
  lastTimestamp: number | null;
  /** Last responses-sheet row imported (1-based; 1 = header only). */
  lastRow: number;
}

export const NOTHING_IMPORTED: ImportMark = { lastTimestamp: null, lastRow: 1 };

function timeOf(value: unknown): number | null {
  return Object.prototype.toString.call(value) === '[object Date]' ? (value as Date).getTime() : null;
}

/** Grid indexes (0-based, header = 0) of new non-empty rows, and the mark after importing them. */
export function newResponseRows(
  grid: readonly (readonly unknown[])[],
  mark: ImportMark,
): { rows: number[]; next: ImportMark } {
  const headers = (grid[0] ?? []).map((h) => String(h ?? ''));
  const tsColumn = headers.findIndex((h) => isTimestampHeader(h));
  const rows: number[] = [];
  const next: ImportMark = { ...mark };
  for (let i = 1; i < grid.length; i++) {
    const cells = grid[i];
    if (cells.every((c) => c === '' || c === null || c === undefined)) continue;
    const sheetRow = i + 1;
    const ts = tsColumn >= 0 ? timeOf(cells[tsColumn]) : null;
    const isNew =
      ts !== null && mark.lastTimestamp !== null
        ? ts > mark.lastTimestamp || (ts === mark.lastTimestamp && sheetRow > mark.lastRow)
        : sheetRow > mark.lastRow;
    if (!isNew) continue;
    rows.push(i);
    if (ts !== null && (next.lastTimestamp === null || ts >= next.lastTimestamp)) {
      next.lastTimestamp = ts;
      next.lastRow = sheetRow;
    } else if (ts === null) {
      next.lastRow = Math.max(next.lastRow, sheetRow);
    }
  }
  return { rows, next };
}
