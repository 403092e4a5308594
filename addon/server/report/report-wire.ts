// What crosses google.script.run between the «Отчёт в регион» dialog and its handlers.
import type { SchoolReport } from '../../../shared/report';

export interface ConnectionState {
  serviceUrl: string;
  /** The region's service account the report spreadsheet is shared with ('' when not used). */
  serviceAccount: string;
  /** Whether a school token is saved; the token itself never goes back to the page. */
  tokenSaved: boolean;
}

export interface ReportPreview {
  period: string;
  /** The report exactly as it would be sent; null when it cannot be built yet. */
  report: SchoolReport | null;
  /** Rows «label — value» of the report's scalar fields, for the curator to read. */
  rows: { label: string; value: string }[];
  /** What stops the report (Russian, with the place to fix). */
  issues: string[];
  /**
   * Rows left out of the report's counts, each with sheet, row, column and what to do (at most
   * the first few dozen; `problemCount` counts all). Nothing built with them leaves for the
   * region unless the curator confirms it (`allowProblems`).
   */
  problems: string[];
  problemCount: number;
  /** «Не учтены строки с ошибками: «Наставники» — 1 строка.»; '' when none. */
  leftOut: string;
  notes: string[];
}

export interface ReportDialogData {
  connection: ConnectionState;
  preview: ReportPreview;
}

export interface SendResult {
  ok: boolean;
  /** HTTP status of the last attempt; 0 when the service could not be reached. */
  status: number;
  attempts: number;
  /** Russian: what happened and what to do. */
  message: string;
  issues: string[];
}

export interface SpreadsheetResult {
  id: string;
  url: string;
  created: boolean;
  sharedWith: string[];
  /** Russian: what was done and what to tell the region. */
  message: string;
}

export interface ConnectionInput {
  serviceUrl: string;
  token: string;
  serviceAccount?: string;
}

export interface ReportApi {
  reportDialogData(period: string): ReportDialogData;
  saveConnection(connection: ConnectionInput): ConnectionState;
  /** `allowProblems`: the curator saw the rows left out and confirms sending the report without them. */
  sendReport(period: string, allowProblems?: boolean): SendResult;
  /**
   * `personalCopy`: the stored spreadsheet is another editor's; make this user's own (a new address for the region).
   * `allowProblems`: as for `sendReport`.
   */
  writeReportSpreadsheet(period: string, personalCopy?: boolean, allowProblems?: boolean): SpreadsheetResult;
}
