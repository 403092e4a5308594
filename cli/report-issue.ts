import { REPORT_FIELD_LABELS, type Issue } from '../shared/report';

/** One Russian line per report issue: `Отчёт, поле contingent.teachers («Педагоги»): …`. */
export function formatIssue(issue: Issue): string {
  const label = (REPORT_FIELD_LABELS as Record<string, string>)[issue.path];
  const field = issue.path ? `поле ${issue.path}${label ? ` («${label}»)` : ''}` : 'весь документ';
  return `Отчёт, ${field}: ${issue.message}`;
}
