// School report v1 from this workspace: the school and contingent from «Настройки», counts of
// distinct people from the registries and «Пары», satisfaction from «Итоговая анкета». Aggregates
// only — what buildSchoolReport returns is checked by the report's own schema (docs/school-report-v1.md).
import { formName } from '../../../shared/catalogue';
import { REPORT_FIELD_LABELS, SCHOOL_KIND_LABELS, type ReportFieldPath } from '../../../shared/report';
import { buildSchoolReport, reportBasics } from '../../../shared/school-report';
import { readReportInput } from '../year/report-input';
import { leftOutLine, problemLines } from '../year/workspace-data';
import type { ReportPreview } from './report-wire';

export function checkPeriod(period: unknown): string {
  const text = String(period ?? '').trim();
  if (!/^\d{4}$/.test(text)) throw new Error(`Отчётный год «${text}»: нужен год из четырёх цифр, например 2024.`);
  return text;
}

function valueAt(report: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], report);
}

export function buildPreview(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: string,
  period: string,
): ReportPreview {
  const data = readReportInput(ss, timeZone);
  // Rows with problems are already left out of what was read; the curator sees each of them.
  const found = {
    problems: problemLines(data.problems, PROBLEMS_SHOWN),
    problemCount: data.problems.length,
    leftOut: leftOutLine(data.problems),
  };
  const notes: string[] = [];
  const basics = reportBasics(data.report, data.settings.organizationName);
  if (!basics.school || !basics.contingent) {
    return { period, report: null, rows: [], issues: basics.issues.map((i) => i.message), ...found, notes };
  }
  const built = buildSchoolReport({
    school: basics.school,
    period,
    contingent: basics.contingent,
    mentors: data.mentors,
    mentees: data.mentees,
    pairs: data.pairs,
    satisfaction: data.satisfaction,
    programs: data.report.programs,
    practices: data.report.practices,
  });
  if (!built.ok) {
    const label = (path: string) => REPORT_FIELD_LABELS[path as ReportFieldPath] ?? path;
    return {
      period,
      report: null,
      rows: [],
      issues: built.issues.map((i) => `${label(i.path)} (${i.path}): ${i.message}`),
      ...found,
      notes: [...notes, ...built.notes],
    };
  }
  const shown = (path: ReportFieldPath) =>
    path === 'school.kind' ? SCHOOL_KIND_LABELS[built.report.school.kind] : String(valueAt(built.report, path) ?? '');
  const rows: ReportPreview['rows'] = (Object.keys(REPORT_FIELD_LABELS) as ReportFieldPath[]).map((path) => ({
    label: REPORT_FIELD_LABELS[path],
    value: shown(path),
  }));
  for (const e of built.report.enterprises)
    rows.push({ label: 'Предприятие-партнёр', value: `${e.name ?? ''} (ИНН ${e.inn})` });
  for (const p of built.report.pairs)
    rows.push({ label: `Пары, форма «${formName(p.form)}»`, value: `работают ${p.active}, завершены ${p.completed}` });
  return { period, report: built.report, rows, issues: [], ...found, notes: [...notes, ...built.notes] };
}

/** Rows with problems listed in the preview; the rest are counted. */
const PROBLEMS_SHOWN = 50;

/**
 * Why a report built without some rows may not leave yet: the curator has not confirmed it.
 * Null when there is nothing to confirm or it was confirmed.
 */
export function unconfirmedProblems(preview: ReportPreview, allowProblems: unknown): string | null {
  if (preview.problemCount === 0 || allowProblems === true) return null;
  return (
    `${preview.leftOut} Без этих строк числа отчёта меньше, чем на самом деле. ` +
    'Исправьте строки (список — в разделе «Отчёт») или отметьте «Отправить без строк с ошибками» и повторите.'
  );
}
