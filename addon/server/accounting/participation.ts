// «Учёт участников»: the quarterly snapshot appended as one row (never rewriting the rows above)
// and the chart of the quarters. Service calls are constant in rows: one getValues per sheet read,
// one setValues for the new row, the chart removed and inserted once.
import {
  CHART_COLUMNS,
  participationSheet,
  snapshotFromWorkspace,
  snapshotRow,
  type ParticipationSnapshot,
} from '../../../shared/accounting';
import type { Day } from '../../../shared/meetings';
import { meetingSheet } from '../../../shared/meetings/sheet';
import { columnLetter } from '../../../shared/tables';
import { menteeSheet, mentorSheet, pairSheet, settingsSheet } from '../../../shared/workspace';
import { readState, writeState } from '../properties';
import { openSpecSheet } from '../sheets/spec-sheet';
import { writeBlock } from '../sheets/workbook';
import { gridOf, leftOutLine, problemLines } from '../year/workspace-data';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

const CHART_STATE = 'participationChart';
export const CHART_TITLE = 'Участники программы по кварталам';

export interface SnapshotTaken {
  snapshot: ParticipationSnapshot;
  /** «снимок квартала» or «повторный снимок». */
  kind: string;
  row: number;
  leftOut: string;
  problems: string[];
}

/** Appends the snapshot at `date` to «Учёт участников» (created when missing); the caller holds the lock. */
export function appendSnapshot(ss: Spreadsheet, timeZone: string, date: Day): SnapshotTaken {
  const { snapshot, problems } = snapshotFromWorkspace(
    {
      mentors: gridOf(ss, mentorSheet.name, timeZone) ?? undefined,
      mentees: gridOf(ss, menteeSheet.name, timeZone) ?? undefined,
      pairs: gridOf(ss, pairSheet.name, timeZone) ?? undefined,
      meetings: gridOf(ss, meetingSheet.name, timeZone) ?? undefined,
      settings: gridOf(ss, settingsSheet.name, timeZone) ?? undefined,
    },
    date,
  );
  const { sheet, grid } = openSpecSheet(ss, participationSheet, timeZone);
  const row = snapshotRow(grid, snapshot);
  let last = grid.length;
  while (last > 1 && grid[last - 1].every((v) => v === '' || v === null)) last--;
  writeBlock(sheet, last + 1, 1, [row], timeZone);
  replaceChart(sheet, last + 1);
  return {
    snapshot,
    kind: String(row[2]),
    row: last + 1,
    leftOut: leftOutLine(problems),
    problems: problemLines(problems),
  };
}

/** Ours: its id was recorded, or it carries our title (an id may be lost with a copied sheet). */
function isOurs(chart: Chart, id: number | null): boolean {
  const chartId = chart.getChartId();
  return (id !== null && chartId === id) || chart.getOptions().get('title') === CHART_TITLE;
}

/**
 * The chart of the quarters over rows 1…lastRow. A chart just inserted has no id until read back
 * with getCharts(), so its id is the one that was not there before the insertion.
 */
function replaceChart(sheet: Sheet, lastRow: number): void {
  const recorded = readState<number>(CHART_STATE);
  for (const chart of sheet.getCharts()) if (isOurs(chart, recorded)) sheet.removeChart(chart);
  const before = new Set(sheet.getCharts().map((c) => c.getChartId()));
  const column = (c: number) => sheet.getRange(`${columnLetter(c - 1)}1:${columnLetter(c - 1)}${lastRow}`);
  let builder = sheet.newChart().setChartType(Charts.ChartType.LINE).addRange(column(CHART_COLUMNS.quarter));
  for (const c of CHART_COLUMNS.series) builder = builder.addRange(column(c));
  const chart = builder
    .setPosition(Math.max(2, lastRow + 2), 1, 0, 0)
    .setOption('title', CHART_TITLE)
    .setOption('legend', { position: 'bottom' })
    .setOption('useFirstColumnAsDomain', true)
    .build();
  sheet.insertChart(chart);
  const id = sheet
    .getCharts()
    .map((c) => c.getChartId())
    .find((x) => x !== null && !before.has(x));
  if (id !== undefined && id !== null) writeState(CHART_STATE, id);
}
