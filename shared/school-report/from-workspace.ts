// School report v1 straight from the workspace's sheets, as the add-on and the CLI both read them.
// A row with a problem would be missing from the counts, so by default every problem of a sheet
// the report counts from blocks it; with `allowProblems` the report is built from the other rows
// and the problems come with it, so the curator sees what the region's numbers leave out.
// Every missing setting or broken consistency rule is an issue at its report path.
import { readSatisfactionAnswers, type SatisfactionAnswer } from '../monitoring/answers';
import { satisfactionQuestionnaire } from '../monitoring/satisfaction-questionnaire';
import type { Issue } from '../report/issues';
import type { SchoolReport } from '../report/schema';
import { readMentees } from '../registry/mentee-registry';
import { readMentors } from '../registry/mentor-registry';
import { readPairs } from '../registry/pair-registry';
import { readSettings } from '../registry/settings-registry';
import { isEmptyRow, sortProblems, type TableProblem } from '../tables';
import { menteeSheet } from '../workspace/mentee-sheet';
import { mentorSheet } from '../workspace/mentor-sheet';
import { pairSheet } from '../workspace/pair-sheet';
import { settingsSheet } from '../workspace/settings-sheet';
import { buildSchoolReport, reportBasics } from './build';
import { readReportSettings, REPORT_SETTINGS, type ReportSettingKey } from './report-settings';

type Grid = readonly (readonly unknown[])[];

/** The sheets the report counts from; absent optional sheets count as empty. */
export interface ReportGrids {
  mentors: Grid;
  mentees: Grid;
  pairs?: Grid;
  settings?: Grid;
  /** `Итоговая анкета`. */
  satisfaction?: Grid;
}

export interface ReportRequest {
  /** `YYYY`. */
  period: string;
  /** Wins over `Код организации в регионе` of `Настройки`. */
  schoolId?: string;
  /**
   * Build the report from the rows without problems. Problems of whole sheets and of the
   * report's settings still block it.
   */
  allowProblems?: boolean;
}

export type WorkspaceReportResult =
  | {
      ok: true;
      report: SchoolReport;
      notes: string[];
      /** Rows left out of the counts (only with `allowProblems`); empty when none. */
      problems: TableProblem[];
      /** How many rows of each sheet were left out, e.g. «Наставники: 1». */
      leftOut: { sheet: string; rows: number }[];
    }
  | { ok: false; problems: TableProblem[]; issues: Issue[]; notes: string[] };

export function schoolReportFromWorkspace(grids: ReportGrids, request: ReportRequest): WorkspaceReportResult {
  const mentors = readMentors(grids.mentors, { requireRows: false });
  const mentees = readMentees(grids.mentees, { requireRows: false });
  const pairs = grids.pairs ? readPairs(grids.pairs) : { records: [], problems: [] };
  const settingsGrid = grids.settings ?? [settingsSheet.columns.map((column) => column.header)];
  const reportSettings = readReportSettings(settingsGrid);
  const organizationName = readSettings(settingsGrid).settings.organizationName;
  const notes: string[] = [];
  let satisfaction: { answers: SatisfactionAnswer[]; problems: TableProblem[] } = { answers: [], problems: [] };
  if (grids.satisfaction && !isEmptyRow(grids.satisfaction[0] ?? []))
    satisfaction = readSatisfactionAnswers(grids.satisfaction);
  else
    notes.push(
      `Лист «${satisfactionQuestionnaire.sheetName}» отсутствует или пуст — удовлетворённость участием не измерена (0 ответивших)`,
    );

  const rowProblems = [...mentors.problems, ...mentees.problems, ...pairs.problems, ...satisfaction.problems];
  const problems = sortProblems(
    [...rowProblems, ...reportSettings.problems],
    [mentorSheet.name, menteeSheet.name, pairSheet.name, settingsSheet.name, satisfactionQuestionnaire.sheetName],
  );
  const basics = reportBasics(reportSettings.settings, organizationName, { schoolId: request.schoolId });
  const blocking = request.allowProblems
    ? problems.filter((problem) => !rowProblems.includes(problem) || isSheetLevel(problem))
    : problems;
  if (blocking.length > 0 || !basics.school || !basics.contingent) {
    // A setting whose value is wrong is already a problem at its cell; «fill it in» would mislead.
    const badRows = new Set(reportSettings.problems.map((problem) => problem.row));
    const badPaths = new Set(
      REPORT_SETTINGS.filter((spec) => badRows.has(reportSettings.settings.rows[spec.key] ?? -1)).map((spec) =>
        reportPathOf(spec.key),
      ),
    );
    return { ok: false, problems, issues: basics.issues.filter((issue) => !badPaths.has(issue.path)), notes };
  }

  // With `allowProblems`: the rows with problems are left out of every count.
  const badPairRows = new Set(pairs.problems.map((problem) => problem.row));
  const countedMentors = mentors.mentors;
  const countedPairs = pairs.records.filter((record) => !badPairRows.has(record.row));
  const built = buildSchoolReport({
    school: basics.school,
    period: request.period,
    contingent: basics.contingent,
    mentors: countedMentors,
    mentees: mentees.mentees,
    pairs: countedPairs,
    satisfaction: satisfaction.answers,
    programs: reportSettings.settings.programs,
    practices: reportSettings.settings.practices,
  });
  notes.push(...built.notes);
  const leftOut = [
    { sheet: mentorSheet.name, rows: mentors.leftOut.length },
    { sheet: menteeSheet.name, rows: mentees.leftOut.length },
    { sheet: pairSheet.name, rows: pairs.records.length - countedPairs.length },
    {
      sheet: satisfactionQuestionnaire.sheetName,
      rows: new Set(satisfaction.problems.map((problem) => problem.row)).size,
    },
  ].filter((entry) => entry.rows > 0);
  return built.ok
    ? { ok: true, report: built.report, notes, problems, leftOut }
    : { ok: false, problems: request.allowProblems ? problems : [], issues: built.issues, notes };
}

/** A problem of a whole sheet (a missing column, an empty sheet): nothing of it can be counted. */
function isSheetLevel(problem: TableProblem): boolean {
  return (
    problem.row <= 1 ||
    problem.code === 'missing-column' ||
    problem.code === 'empty-sheet' ||
    problem.code === 'bad-file'
  );
}

function reportPathOf(key: ReportSettingKey): string {
  if (key === 'schoolId') return 'school.id';
  if (key === 'municipality' || key === 'kind') return `school.${key}`;
  return key === 'programs' || key === 'practices' ? key : `contingent.${key}`;
}
