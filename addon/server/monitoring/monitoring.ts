// «Мониторинг»: stage 1 (pairs completed, meeting regularity, satisfaction, SWOT groups) and stage 2
// (entry/exit means, Wilcoxon signed-rank p, effect size) from the answer sheets, written whole,
// with the chart of entry/exit means embedded. Only charts this add-on put there are replaced;
// a chart the curator added stays.
import {
  monitoringSheet,
  satisfactionSummary,
  stage1Report,
  stage2Report,
  swotSummary,
  MONITORING_SHEET_NAME,
  type ChartSpec,
} from '../../../shared/monitoring';
import { readState, writeState } from '../properties';
import { withDocumentLock } from '../sheets/lock';
import { openPlainSheet, writeWholeSheet } from '../sheets/spec-sheet';
import { activeSpreadsheet, timeZoneOf } from '../sheets/workbook';
import { alertCurator, runMenuAction } from '../ui';
import {
  leftOutLine,
  problemLines,
  readAnswers,
  readMeetingsData,
  readPairsData,
  todayIn,
} from '../year/workspace-data';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const CHARTS_STATE = 'monitoringCharts';
const HEADER_FILL = '#e8eaf6';
const PIXELS_PER_CHAR = 7;

export interface MonitoringRefresh {
  pairsCompleted: number;
  pairsStarted: number;
  measured: number;
  charts: number;
  /** How many rows were left out because of problems; '' when none. */
  leftOut: string;
  problems: string[];
}

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** The product's chart: its id was recorded, or it has a spec's title and data ranges (ids may be lost). */
function isOurs(chart: Chart, ids: ReadonlySet<number>, specs: readonly ChartSpec[]): boolean {
  const id = chart.getChartId();
  if (id !== null && ids.has(id)) return true;
  const title: unknown = chart.getOptions().get('title');
  const ranges = chart
    .getRanges()
    .map((r) => r.getA1Notation())
    .join(',');
  return specs.some((spec) => spec.title === title && spec.ranges.join(',') === ranges);
}

function chartIds(sheet: Sheet): number[] {
  return sheet
    .getCharts()
    .map((c) => c.getChartId())
    .filter((id): id is number => id !== null);
}

/**
 * Replaces the product's charts and records their ids. A chart just built has no id until it is
 * read back (getChartId() is null), so the ids are those getCharts() shows that were not there
 * before the insertion.
 */
function replaceCharts(sheet: Sheet, specs: readonly ChartSpec[]): number {
  const ours = new Set(readState<number[]>(CHARTS_STATE) ?? []);
  for (const chart of sheet.getCharts()) {
    if (isOurs(chart, ours, specs)) sheet.removeChart(chart);
  }
  const before = new Set(chartIds(sheet));
  for (const spec of specs) {
    let builder = sheet.newChart().setChartType(Charts.ChartType.COLUMN);
    for (const a1 of spec.ranges) builder = builder.addRange(sheet.getRange(a1));
    const chart = builder
      .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
      .setOption('title', spec.title)
      .setOption('legend', { position: 'bottom' })
      .setOption('vAxis', { minValue: 0, maxValue: 10 })
      .build();
    sheet.insertChart(chart);
  }
  const ids = chartIds(sheet).filter((id) => !before.has(id));
  writeState(CHARTS_STATE, ids);
  return ids.length;
}

export function writeMonitoring(): MonitoringRefresh {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const timeZone = timeZoneOf(ss);
    const today = todayIn(timeZone);
    const pairs = readPairsData(ss, timeZone);
    const { meetings, problems: meetingProblems } = readMeetingsData(ss, timeZone, pairs.allPairIds);
    const answers = readAnswers(ss, timeZone);
    const stage1 = stage1Report(pairs.infos, meetings, today);
    const stage2 = stage2Report(answers.measurement);
    const layout = monitoringSheet({
      today,
      stage1,
      satisfaction: satisfactionSummary(answers.satisfaction),
      swot: swotSummary(answers.swot),
      stage2,
    });

    const { sheet, grid } = openPlainSheet(ss, MONITORING_SHEET_NAME, timeZone);
    writeWholeSheet(sheet, grid, layout.grid, timeZone);
    const width = Math.max(...layout.grid.map((r) => r.length));
    sheet.getRange(1, 1, Math.max(layout.grid.length, grid.length), width).setFontWeight('normal').setBackground(null);
    for (const row of layout.titleRows) sheet.getRange(row, 1).setFontWeight('bold');
    for (const row of layout.headerRows)
      sheet.getRange(row, 1, 1, width).setFontWeight('bold').setBackground(HEADER_FILL);
    layout.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w * PIXELS_PER_CHAR));
    const charts = replaceCharts(sheet, layout.charts);
    const problems = [...pairs.problems, ...meetingProblems, ...answers.problems];
    return {
      pairsStarted: stage1.started,
      pairsCompleted: stage1.completed,
      measured: stage2.matched,
      charts,
      leftOut: leftOutLine(problems),
      problems: problemLines(problems),
    };
  });
}

/** Menu: «Мониторинг: обновить лист «Мониторинг»». */
export function refreshMonitoring(): void {
  runMenuAction('Мониторинг', () => {
    const r = writeMonitoring();
    const lines = [
      `Пар начали работу: ${r.pairsStarted}, завершили: ${r.pairsCompleted}.`,
      `Участников с входным и итоговым замером: ${r.measured}.`,
      `Лист «${MONITORING_SHEET_NAME}» обновлён, диаграмма средних на входе и выходе — справа от таблицы этапа 2.`,
    ];
    if (r.problems.length)
      lines.push('', `${r.leftOut} Мониторинг посчитан без них; исправьте и обновите снова:`, ...r.problems);
    alertCurator('Мониторинг обновлён', lines.join('\n'));
  });
}
