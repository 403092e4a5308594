// What the sync needs from Google, without loading googleapis (the implementation is imported
// only when Google is configured, so a plain `npm start` never pays for it).
import type { ReportSheetValues } from '../../../shared/report/sheet';
import type { RequestKind } from './rate-limiter';

/** Drive's change marks of a file: both move on every edit. */
export interface FileVersion {
  modifiedTime: string;
  version: string;
}

export type SheetCell = string | number | boolean | null;

/** One sheet the service owns in a spreadsheet, rewritten whole on every write. */
export interface SheetContent {
  title: string;
  header: readonly string[];
  rows: readonly (readonly SheetCell[])[];
  /** Number formats by 0-based column, e.g. `{ type: 'PERCENT', pattern: '0.0%' }`. */
  columnFormats?: readonly { column: number; type: 'PERCENT' | 'NUMBER' | 'DATE_TIME'; pattern: string }[];
}

export interface GoogleGateway {
  /**
   * Drive metadata for spreadsheets: a version for each file Drive shows the service, `null` for
   * a file Drive says it does not have (deleted, or not shared), absent when Drive could not tell.
   * Throws a transient `GoogleCallError` when Google cannot be reached at all.
   */
  fileVersions(ids: readonly string[]): Promise<Map<string, FileVersion | null>>;
  /** The three sheets of a school's report spreadsheet, in one `values.batchGet`. */
  readReportSheets(spreadsheetId: string): Promise<ReportSheetValues>;
  /** Rewrites the given sheets (creating missing ones) with a fixed number of calls. */
  writeSheets(spreadsheetId: string, sheets: readonly SheetContent[]): Promise<void>;
  /** Requests let through the rate limiter so far, by kind. */
  requestCounts(): Readonly<Record<RequestKind, number>>;
}
