// Simulated time of one Apps Script execution. Apps Script ends an execution after 6 minutes
// (https://developers.google.com/apps-script/guides/services/quotas#current_limitations) with
// "Exceeded maximum execution time". Each service call advances the clock by a cost from COSTS.
//
// Google publishes no per-call times. The costs below are estimates of the order others report
// when timing Apps Script (a new Doc takes a couple of seconds, opening a file about a second,
// each Document element edit and each Sheets range read or write tens to hundreds of
// milliseconds, an UrlFetch of a Google API a few hundred milliseconds); they are deliberately on
// the slow side of those reports, kept in this one table, and used only for budgets and benches.
// Between executions the clock returns to the host's time, so "today" never drifts in tests.

/** Milliseconds per call, first matching pattern wins. */
export const COSTS: [RegExp, number][] = [
  [/^DocumentApp\.create$/, 2_000],
  [/^DocumentApp\.openBy(Id|Url)$/, 1_000],
  [/^Document\.saveAndClose$/, 500],
  [
    /^(Body|Paragraph|ListItem|Text|Table|TableRow|TableCell)\.(append|insert|set|remove|replace|delete|clear|edit)/,
    100,
  ],
  [/^(Body|Paragraph|ListItem|Text|Table|TableRow|TableCell|RangeElement)\./, 50],
  [/^FormApp\.(create|openById|openByUrl)$/, 2_000],
  [/^Form\.(add|set|move|delete)/, 200],
  [/^UrlFetchApp\.fetch(All)?$/, 500],
  [/^SpreadsheetApp\.openBy(Id|Url)$/, 1_000],
  [/^Range\.(get|set)(Values|DisplayValues|Formulas|Backgrounds|NumberFormats|DataValidations?|FontWeights?)$/, 150],
  [/^(Range|Sheet|Spreadsheet)\./, 50],
  [/^(PropertiesService|Properties)\./, 50],
  [/^(LockService|Lock)\./, 50],
  [/^(DriveApp|File|Folder)\./, 500],
  [/^ScriptApp\.(newTrigger|getUserTriggers|getProjectTriggers|deleteTrigger)$/, 300],
];
const DEFAULT_COST = 10;

export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

export function costOf(method: string): number {
  for (const [pattern, ms] of COSTS) if (pattern.test(method)) return ms;
  return DEFAULT_COST;
}

export class ExecutionClock {
  /** Simulated milliseconds spent in the current execution (0 outside one). */
  elapsed = 0;
  running = false;
  /** Simulated milliseconds of every execution so far (benches). */
  total = 0;
  limitMs = EXECUTION_LIMIT_MS;

  now(): number {
    return Date.now() + this.elapsed;
  }

  begin(): void {
    this.running = true;
    this.elapsed = 0;
  }

  end(): void {
    this.running = false;
    this.elapsed = 0;
  }

  /** Advances the clock; inside an execution, past the limit throws Google's error. */
  advance(ms: number): void {
    this.total += ms;
    if (!this.running) return;
    this.elapsed += ms;
    if (this.elapsed > this.limitMs) throw new Error('Exceeded maximum execution time');
  }
}

/**
 * A `Date` for the vm whose `now()` and `new Date()` follow the clock. A Proxy of the host's Date,
 * so that dates read from cells (host Dates) still pass `instanceof Date` in the bundle.
 */
export function clockedDate(clock: ExecutionClock): DateConstructor {
  return new Proxy(Date, {
    construct(target, args: unknown[], newTarget) {
      return args.length === 0
        ? Reflect.construct(target, [clock.now()], newTarget)
        : Reflect.construct(target, args, newTarget);
    },
    apply() {
      return new Date(clock.now()).toString();
    },
    get(target, prop, receiver) {
      if (prop === 'now') return () => clock.now();
      return Reflect.get(target, prop, receiver);
    },
  });
}
