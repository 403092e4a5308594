// Everything the school report and the indicators are computed from, each sheet read once.
import type { SatisfactionAnswer } from '../../../shared/monitoring';
import type { Mentee, Mentor, PairRecord, WorkspaceSettings } from '../../../shared/registry';
import type { ReportSettings } from '../../../shared/school-report';
import type { TableProblem } from '../../../shared/tables';
import { readAllSettings, readAnswers, readPairsData, readRegistries } from './workspace-data';

export interface ReportInputData {
  settings: WorkspaceSettings;
  report: ReportSettings;
  mentors: Mentor[];
  mentees: Mentee[];
  pairs: PairRecord[];
  satisfaction: SatisfactionAnswer[];
  problems: TableProblem[];
}

export function readReportInput(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string): ReportInputData {
  const settings = readAllSettings(ss, timeZone);
  const registries = readRegistries(ss, timeZone);
  const pairs = readPairsData(ss, timeZone);
  const answers = readAnswers(ss, timeZone);
  return {
    settings: settings.settings,
    report: settings.report,
    mentors: registries.mentors,
    mentees: registries.mentees,
    pairs: pairs.records,
    satisfaction: answers.satisfaction,
    problems: [...settings.problems, ...registries.problems, ...pairs.problems, ...answers.problems],
  };
}
