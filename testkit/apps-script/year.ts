// Stand-in additions for the programme-year features: Range.setBackgrounds, embedded charts
// (Sheet.newChart / insertChart / getCharts / removeChart, the Charts enum), MailApp and
// ScriptApp.getOAuthToken (the bearer token the add-on sends to Google's REST APIs).
import type { CallLog } from './calls';
import { ScriptAppImpl } from './misc';
import { RangeImpl, SheetImpl } from './spreadsheet';

export { STAND_IN_OAUTH_TOKEN } from './identity';

export const Charts = {
  ChartType: {
    AREA: 'AREA',
    BAR: 'BAR',
    COLUMN: 'COLUMN',
    LINE: 'LINE',
    PIE: 'PIE',
    SCATTER: 'SCATTER',
    TABLE: 'TABLE',
  },
} as const;

export interface EmbeddedChart {
  /** Null until the chart is in a sheet; set by insertChart on the sheet's copy only. */
  id: number | null;
  type: string;
  /** A1 ranges of the chart's data, in the order added. */
  ranges: string[];
  position: { row: number; column: number };
  options: Record<string, unknown>;
}

let nextChartId = 1000;

type ChartHost = SheetImpl & { _charts?: EmbeddedChart[] };
type Rangeish = RangeImpl & { getA1Notation(): string };

function chartsOf(sheet: ChartHost): EmbeddedChart[] {
  sheet._charts ??= [];
  return sheet._charts;
}

// EmbeddedChart.getChartId (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getChartId()):
// "a stable identifier for the chart that is unique across the spreadsheet containing the chart or
// null if the chart is not in a spreadsheet". The chart `build()` returns is not in a sheet, and in
// practice its id stays null after insertChart: only charts read back with getCharts() have ids.
function chartApi(log: CallLog, chart: EmbeddedChart, sheet: ChartHost) {
  return log.wrap('EmbeddedChart', {
    _chart: chart,
    getChartId: () => chart.id,
    getRanges: () => chart.ranges.map((a1) => sheet.getRange(a1)),
    getOptions: () => log.wrap('ChartOptions', { get: (name: string) => chart.options[name] ?? null }),
    getContainerInfo: () =>
      log.wrap('ContainerInfo', {
        getAnchorRow: () => chart.position.row,
        getAnchorColumn: () => chart.position.column,
      }),
  });
}

function install(): void {
  const range = RangeImpl.prototype as unknown as Record<string, unknown>;
  range.setBackgrounds = function setBackgrounds(this: RangeImpl, colours: (string | null)[][]) {
    const g = this._g;
    if (colours.length !== g.numRows || colours.some((row) => row.length !== g.numColumns)) {
      throw new Error(
        `The number of rows or columns in the data does not match the range (${g.numRows}×${g.numColumns}).`,
      );
    }
    colours.forEach((row, r) =>
      row.forEach((colour, c) =>
        this._sheet
          ._style('background')
          .set({ row: g.row + r, column: g.column + c, numRows: 1, numColumns: 1 }, colour),
      ),
    );
    return this._sheet._log.wrap('Range', this);
  };

  (ScriptAppImpl.prototype as unknown as Record<string, unknown>).getOAuthToken = function getOAuthToken(
    this: ScriptAppImpl & { _oauthToken?: string },
  ) {
    return this._oauthToken ?? this._identity.tokenOf(this._identity.current);
  };

  const sheet = SheetImpl.prototype as unknown as Record<string, unknown>;
  sheet.newChart = function newChart(this: ChartHost) {
    const log = this._log;
    const draft: EmbeddedChart = {
      id: 0,
      type: Charts.ChartType.COLUMN,
      ranges: [],
      position: { row: 1, column: 1 },
      options: {},
    };
    const builder: Record<string, unknown> = {
      setChartType: (type: string) => ((draft.type = type), wrapped),
      addRange: (r: Rangeish) => (draft.ranges.push(r.getA1Notation()), wrapped),
      setPosition: (row: number, column: number) => ((draft.position = { row, column }), wrapped),
      setOption: (name: string, value: unknown) => ((draft.options[name] = value), wrapped),
      build: () =>
        chartApi(log, { ...draft, id: null, ranges: [...draft.ranges], options: { ...draft.options } }, this),
    };
    const wrapped = log.wrap('EmbeddedChartBuilder', builder);
    return wrapped;
  };
  sheet.insertChart = function insertChart(this: ChartHost, chart: { _chart: EmbeddedChart }) {
    const c = chart._chart;
    chartsOf(this).push({ ...c, id: nextChartId++, ranges: [...c.ranges], options: { ...c.options } });
  };
  sheet.getCharts = function getCharts(this: ChartHost) {
    return chartsOf(this).map((c) => chartApi(this._log, c, this));
  };
  sheet.removeChart = function removeChart(this: ChartHost, chart: { _chart: EmbeddedChart }) {
    const list = chartsOf(this);
    // A chart without an id (one just built) matches nothing in the sheet: nothing is removed.
    const i = chart._chart.id === null ? -1 : list.findIndex((c) => c.id === chart._chart.id);
    if (i >= 0) list.splice(i, 1);
  };
}

install();

/** Makes ScriptApp.getOAuthToken give another user's token: that user now runs the add-on. */
export function actAs(scriptApp: ScriptAppImpl, token: string): void {
  (scriptApp as unknown as { _oauthToken?: string })._oauthToken = token;
}

/** The charts embedded in a sheet (test helper, uncounted). */
export function chartsIn(sheet: SheetImpl): EmbeddedChart[] {
  return [...chartsOf(sheet)];
}

export interface SentMail {
  to: string;
  subject: string;
  body: string;
}

export class MailAppImpl {
  readonly _sent: SentMail[] = [];
  _quota = 100;
  sendEmail(to: string, subject: string, body: string) {
    if (!/^[^@\s]+@[^@\s]+$/.test(to)) throw new Error(`Invalid email: ${to}`);
    if (this._quota <= 0) throw new Error('Service invoked too many times for one day: email.');
    this._quota -= 1;
    this._sent.push({ to, subject, body });
  }
  getRemainingDailyQuota() {
    return this._quota;
  }
}
