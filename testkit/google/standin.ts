// Test helpers around the Sheets API stand-in: school report spreadsheets and a gateway on the
// real googleapis client pointed at the stand-in.
import { createGoogleGateway } from '../../sync-service/src/google/googleapis-gateway';
import { googleConfigFromEnv, type GoogleConfig } from '../../sync-service/src/google/config';
import type { Clock } from '../../sync-service/src/google/clock';
import { REPORT_SHEETS, reportToSheets } from '../../shared/report/sheet';
import type { SchoolReport } from '../../shared/report/schema';
import type { CellValue, SheetsStandin } from '../sheets-standin';

export const STANDIN_TOKEN = 'standin-test-token';

/** A school's report spreadsheet holding `report`, as the add-on lays it out. */
export function putReportSpreadsheet(standin: SheetsStandin, spreadsheetId: string, report: SchoolReport): void {
  if (!standin.spreadsheets.has(spreadsheetId)) {
    standin.createSpreadsheet(spreadsheetId, `Отчёт ${report.school.name}`, Object.values(REPORT_SHEETS));
  }
  const values = reportToSheets(report);
  standin.setSheet(spreadsheetId, REPORT_SHEETS.report, values.report as CellValue[][]);
  standin.setSheet(spreadsheetId, REPORT_SHEETS.enterprises, values.enterprises as CellValue[][]);
  standin.setSheet(spreadsheetId, REPORT_SHEETS.pairs, values.pairs as CellValue[][]);
}

/** Google settings as the service reads them from the environment, aimed at the stand-in. */
export function standinConfig(standin: SheetsStandin, extra: Record<string, string> = {}): GoogleConfig {
  const config = googleConfigFromEnv({ SHEETS_API_ROOT_URL: standin.url, SHEETS_API_TOKEN: STANDIN_TOKEN, ...extra });
  if (!config) throw new Error('stand-in config expected');
  return config;
}

export function standinGateway(standin: SheetsStandin, clock: Clock, extra: Record<string, string> = {}) {
  return createGoogleGateway(standinConfig(standin, extra), { clock });
}
