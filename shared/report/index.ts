export { FORM_CODES, MAX_COUNT, MAX_ENTERPRISES, MAX_PAIR_ROWS, parseSchoolReport, schoolReportSchema } from './schema';
export type { ParseReportResult, SchoolKind, SchoolReport } from './schema';
export { REPORT_FIELD_LABELS, SCHOOL_KIND_LABELS } from './fields';
export type { ReportFieldPath } from './fields';
export { innProblem, isValidInn } from '../core/inn';
export { describeValue, ruErrorMap, toIssues } from './issues';
export type { Issue } from './issues';
