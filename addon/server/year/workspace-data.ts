// Reading what the programme year works on — pairs, meetings, registries, settings, answers —
// once per sheet, through readGrid (dates as calendar days). Missing sheets read as empty.
import {
  meetingSheet,
  pairsData,
  readMeetings,
  type Day,
  type Meeting,
  type PairsData,
} from '../../../shared/meetings';
import {
  measurementQuestionnaire,
  readMeasurementAnswers,
  readSatisfactionAnswers,
  readSwotAnswers,
  satisfactionQuestionnaire,
  swotQuestionnaire,
  type MeasurementAnswer,
  type SatisfactionAnswer,
  type SwotAnswer,
} from '../../../shared/monitoring';
import {
  readMentees,
  readMentors,
  readSettings,
  type Mentee,
  type Mentor,
  type WorkspaceSettings,
} from '../../../shared/registry';
import { readReportSettings, type ReportSettings } from '../../../shared/school-report';
import { countOf } from '../../../shared/catalogue';
import { formatProblem, type TableProblem } from '../../../shared/tables';
import { mentorSheet, menteeSheet, pairSheet, settingsSheet } from '../../../shared/workspace';
import { findSheet, readGrid } from '../sheets/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today in the spreadsheet's time zone, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string): Day {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}

export function gridOf(ss: Spreadsheet, name: string, timeZone: string): unknown[][] | null {
  const sheet = findSheet(ss, name);
  return sheet ? readGrid(sheet, timeZone) : null;
}

export type { PairsData };

export function readPairsData(ss: Spreadsheet, timeZone: string): PairsData {
  return pairsData(gridOf(ss, pairSheet.name, timeZone));
}

export function readMeetingsData(
  ss: Spreadsheet,
  timeZone: string,
  pairIds?: ReadonlySet<string>,
): { meetings: Meeting[]; problems: TableProblem[] } {
  const grid = gridOf(ss, meetingSheet.name, timeZone);
  return grid ? readMeetings(grid, { pairIds }) : { meetings: [], problems: [] };
}

export function readRegistries(
  ss: Spreadsheet,
  timeZone: string,
): { mentors: Mentor[]; mentees: Mentee[]; problems: TableProblem[] } {
  const mentorGrid = gridOf(ss, mentorSheet.name, timeZone);
  const menteeGrid = gridOf(ss, menteeSheet.name, timeZone);
  const m = mentorGrid ? readMentors(mentorGrid, { requireRows: false }) : { mentors: [], problems: [] };
  const e = menteeGrid ? readMentees(menteeGrid, { requireRows: false }) : { mentees: [], problems: [] };
  return { mentors: m.mentors, mentees: e.mentees, problems: [...m.problems, ...e.problems] };
}

export function readAllSettings(
  ss: Spreadsheet,
  timeZone: string,
): { settings: WorkspaceSettings; report: ReportSettings; problems: TableProblem[] } {
  const grid = gridOf(ss, settingsSheet.name, timeZone);
  if (!grid) return { settings: { weights: {} }, report: { contingent: {}, rows: {} }, problems: [] };
  const a = readSettings(grid);
  const b = readReportSettings(grid);
  return { settings: a.settings, report: b.settings, problems: [...a.problems, ...b.problems] };
}

export interface AnswersData {
  measurement: MeasurementAnswer[];
  satisfaction: SatisfactionAnswer[];
  swot: SwotAnswer[];
  problems: TableProblem[];
}

/** Answer sheets that do not exist yet count as no answers. */
export function readAnswers(ss: Spreadsheet, timeZone: string): AnswersData {
  const problems: TableProblem[] = [];
  const read = <T>(name: string, reader: (g: unknown[][]) => { answers: T[]; problems: TableProblem[] }): T[] => {
    const grid = gridOf(ss, name, timeZone);
    if (!grid || grid.length === 0) return [];
    const r = reader(grid);
    problems.push(...r.problems.filter((p) => p.code !== 'empty-sheet' && p.code !== 'no-rows'));
    return r.answers;
  };
  return {
    measurement: read(measurementQuestionnaire.sheetName, (g) => readMeasurementAnswers(g, { requireRows: false })),
    satisfaction: read(satisfactionQuestionnaire.sheetName, (g) => readSatisfactionAnswers(g, { requireRows: false })),
    swot: read(swotQuestionnaire.sheetName, (g) => readSwotAnswers(g, { requireRows: false })),
    problems,
  };
}

/** How many rows of each sheet problems leave out (problems of a whole sheet aside), in the problems' order. */
export function leftOutRows(problems: readonly TableProblem[]): { sheet: string; rows: number }[] {
  const rows = new Map<string, Set<number>>();
  for (const problem of problems) {
    if (problem.row <= 1) continue;
    const seen = rows.get(problem.sheet) ?? new Set<number>();
    seen.add(problem.row);
    rows.set(problem.sheet, seen);
  }
  return [...rows].map(([sheet, seen]) => ({ sheet, rows: seen.size }));
}

/** «Не учтены строки с ошибками: «Пары» — 1 строка, «Встречи» — 2 строки.», or '' when none. */
export function leftOutLine(problems: readonly TableProblem[]): string {
  const counts = leftOutRows(problems);
  if (counts.length === 0) return problems.length > 0 ? 'Не учтены листы с ошибками (ниже).' : '';
  return `Не учтены строки с ошибками: ${counts.map((entry) => `«${entry.sheet}» — ${countOf(entry.rows, ROWS)}`).join(', ')}.`;
}

const ROWS = ['строка', 'строки', 'строк'] as const;

/** Problems as Russian lines, at most `limit` of them plus a count of the rest. */
export function problemLines(problems: readonly TableProblem[], limit = 15): string[] {
  const lines = problems.slice(0, limit).map(formatProblem);
  if (problems.length > limit) lines.push(`…и ещё ${problems.length - limit}`);
  return lines;
}
