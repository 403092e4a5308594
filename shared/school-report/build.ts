// School report v1 from the workspace: aggregates of distinct people only. Names,
// contacts, ages and answers stay in the workspace; what leaves is counts and the names and ИНН
// of partner legal entities. The result is validated with the report's own schema (docs/school-report-v1.md).
import { satisfactionSummary } from '../monitoring/satisfaction';
import type { SatisfactionAnswer } from '../monitoring/answers';
import { parseSchoolReport, type SchoolKind, type SchoolReport } from '../report/schema';
import type { Issue } from '../report/issues';
import type { PairRecord } from '../registry/schemas';
import type { Mentee, Mentor } from '../registry/types';
import { partnerEnterprises } from './enterprises';
import { countParticipants } from './participants';
import { pairsByForm } from './pairs-by-form';
import { REPORT_SETTINGS, type ContingentKey, type ReportSettingKey, type ReportSettings } from './report-settings';

export interface SchoolIdentity {
  id: string;
  name: string;
  municipality: string;
  kind: SchoolKind;
}

export type Contingent = Record<ContingentKey, number>;

export interface SchoolReportInput {
  school: SchoolIdentity;
  /** `YYYY`. */
  period: string;
  contingent: Contingent;
  mentors: readonly Mentor[];
  mentees: readonly Mentee[];
  pairs: readonly PairRecord[];
  satisfaction: readonly SatisfactionAnswer[];
  /** Undefined: one personalised programme per pair at work or completed. */
  programs?: number;
  practices?: number;
}

export type BuildReportResult =
  { ok: true; report: SchoolReport; notes: string[] } | { ok: false; issues: Issue[]; notes: string[] };

export function buildSchoolReport(input: SchoolReportInput): BuildReportResult {
  const participation = countParticipants(input.mentors, input.mentees, input.pairs);
  const { enterprises, notes: enterpriseNotes } = partnerEnterprises(participation.mentors);
  const { pairs, notes: pairNotes } = pairsByForm(input.pairs, input.mentees);
  const satisfaction = satisfactionSummary(input.satisfaction);
  const notes = [...participation.notes, ...enterpriseNotes, ...pairNotes];
  if (satisfaction.repeated > 0)
    notes.push(
      `Повторных ответов на итоговую анкету: ${satisfaction.repeated} — учтён последний ответ каждого участника`,
    );

  let programs = input.programs;
  if (programs === undefined) {
    programs = pairs.reduce((sum, row) => sum + row.active + row.completed, 0);
    notes.push(`Число персонализированных программ не указано в «Настройках» — взято число пар: ${programs}`);
  }

  const report = {
    schemaVersion: 1,
    school: { ...input.school },
    period: input.period,
    contingent: { ...input.contingent },
    participants: participation.counts,
    enterprises,
    pairs,
    satisfaction: { mentors: satisfaction.mentors, mentees: satisfaction.mentees },
    programs,
    practices: input.practices ?? 0,
  };
  const parsed = parseSchoolReport(report);
  return parsed.ok ? { ok: true, report: parsed.report, notes } : { ok: false, issues: parsed.issues, notes };
}

const SETTING_PATHS: Partial<Record<ReportSettingKey, string>> = {
  schoolId: 'school.id',
  municipality: 'school.municipality',
  kind: 'school.kind',
  students10to19: 'contingent.students10to19',
  students15to19: 'contingent.students15to19',
  teachers: 'contingent.teachers',
  youngTeachers: 'contingent.youngTeachers',
};

/**
 * The school and its contingent from `Настройки`; every missing value is an issue at its report
 * path naming the settings row to fill. `schoolId` given on the command line wins over the sheet.
 */
export function reportBasics(
  settings: ReportSettings,
  organizationName: string | undefined,
  overrides: { schoolId?: string } = {},
): { school?: SchoolIdentity; contingent?: Contingent; issues: Issue[] } {
  const issues: Issue[] = [];
  const missing = (key: ReportSettingKey) => {
    const spec = REPORT_SETTINGS.find((candidate) => candidate.key === key);
    issues.push({
      path: SETTING_PATHS[key] ?? key,
      message: `Заполните в листе «Настройки» параметр «${spec?.label ?? key}»`,
    });
  };
  const id = overrides.schoolId?.trim() || settings.schoolId;
  if (!id) missing('schoolId');
  const name = organizationName?.trim();
  if (!name)
    issues.push({ path: 'school.name', message: 'Заполните в листе «Настройки» параметр «Наименование организации»' });
  if (!settings.municipality) missing('municipality');
  if (!settings.kind) missing('kind');
  const contingentKeys: ContingentKey[] = ['students10to19', 'students15to19', 'teachers', 'youngTeachers'];
  for (const key of contingentKeys) if (settings.contingent[key] === undefined) missing(key);
  if (issues.length > 0 || !id || !name || !settings.municipality || !settings.kind) return { issues };
  return {
    school: { id, name, municipality: settings.municipality, kind: settings.kind },
    contingent: settings.contingent as Contingent,
    issues,
  };
}
