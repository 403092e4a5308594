// `Ход работы пар`: one row per pair — stage reached, last meeting, days without one — written
// whole by the product after meetings change; pairs over a week without a meeting are filled red
// with one setBackgrounds over the data rows.
import {
  pairsProgress,
  progressCells,
  progressSheet,
  type Day,
  type Meeting,
  type PairProgress,
} from '../../../shared/meetings';
import type { TableProblem } from '../../../shared/tables';
import { openSpecSheet, paintRows, writeWholeSheet } from '../sheets/spec-sheet';
import { readMeetingsData, readPairsData, type PairsData } from '../year/workspace-data';

export const OVERDUE_FILL = '#f4c7c3';
export const READY_FILL = '#d9ead3';

export interface ProgressRefresh {
  progress: PairProgress[];
  pairs: PairsData;
  problems: TableProblem[];
}

export interface ProgressSource {
  pairs: PairsData;
  meetings: Meeting[];
  problems: TableProblem[];
}

/**
 * Recomputes every pair's progress and rewrites the sheet; call under the document lock. A caller
 * that has just written `Пары` or `Встречи` passes what it holds, so no sheet is read twice.
 */
export function refreshProgress(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: string,
  today: Day,
  source?: ProgressSource,
): ProgressRefresh {
  const pairs = source?.pairs ?? readPairsData(ss, timeZone);
  const { meetings, problems } = source ?? readMeetingsData(ss, timeZone, pairs.allPairIds);
  const progress = pairsProgress(pairs.infos, meetings, today);

  const { sheet, grid } = openSpecSheet(ss, progressSheet, timeZone);
  const keys = progressSheet.columns.map((c) => c.key);
  const rows = [
    progressSheet.columns.map((c) => c.header),
    ...progress.map((p) => {
      const cells = progressCells(p, pairs.names.get(p.pairId));
      return keys.map((k) => cells[k]);
    }),
  ];
  writeWholeSheet(sheet, grid, rows, timeZone);
  const colours = progress.map((p) => (p.overdue ? OVERDUE_FILL : p.readyToComplete ? READY_FILL : null));
  // Rows a longer earlier version used lose their fill too.
  while (colours.length < grid.length - 1) colours.push(null);
  paintRows(sheet, colours, keys.length);
  return { progress, pairs, problems: [...pairs.problems, ...problems] };
}
