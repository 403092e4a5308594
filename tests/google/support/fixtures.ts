// Invented organisations of a test region and their report spreadsheets on the stand-in.
import { hashToken } from '../../../sync-service/src/auth/token';
import type { Store } from '../../../sync-service/src/store';
import type { SchoolKind, SchoolReport } from '../../../shared/report';
import type { SheetsStandin } from '../../../testkit/sheets-standin';
import { sampleReport } from '../../report/sample-report';
import { putReportSpreadsheet } from '../../../testkit/google/standin';

export interface TestSchool {
  id: string;
  name: string;
  municipality: string;
  kind: SchoolKind;
  /** Report spreadsheet id; absent for a school that pushes its reports. */
  spreadsheetId?: string;
  token: string;
}

export const REGIONAL_ID = '1RegionalSpreadsheet_test';

export const SCHOOLS: TestSchool[] = [
  {
    id: 'kem-001',
    name: 'МБОУ «СОШ № 1»',
    municipality: 'Новокузнецкий ГО',
    kind: 'school',
    spreadsheetId: '1ReportSchool001_aaaaaaaa',
    token: 'token-kem-001',
  },
  {
    id: 'kem-002',
    name: 'МБОУ «Гимназия № 2»',
    municipality: 'Беловский ГО',
    kind: 'school',
    spreadsheetId: '1ReportSchool002_bbbbbbbb',
    token: 'token-kem-002',
  },
  {
    id: 'kem-003',
    name: 'ГПОУ «Беловский техникум»',
    municipality: 'Беловский ГО',
    kind: 'college',
    spreadsheetId: '1ReportSchool003_cccccccc',
    token: 'token-kem-003',
  },
  {
    id: 'kem-004',
    name: 'МАУ ДО «Дом творчества»',
    municipality: 'Новокузнецкий ГО',
    kind: 'additional',
    token: 'token-kem-004',
  },
];

export const GOOGLE_SCHOOLS = SCHOOLS.filter((s) => s.spreadsheetId);

export function reportOf(school: TestSchool, change?: (r: SchoolReport) => void): SchoolReport {
  const report = sampleReport({ id: school.id, name: school.name, municipality: school.municipality });
  report.school.kind = school.kind;
  change?.(report);
  return report;
}

export async function registerSchools(store: Store, schools: readonly TestSchool[] = SCHOOLS): Promise<void> {
  for (const s of schools) {
    const source = s.spreadsheetId
      ? { type: 'google' as const, spreadsheetId: s.spreadsheetId }
      : { type: 'push' as const };
    await store.schools.create(
      { id: s.id, name: s.name, municipality: s.municipality, kind: s.kind, source },
      hashToken(s.token),
      new Date(),
    );
  }
}

/** Report spreadsheets for the Google schools and an empty regional spreadsheet a person created. */
export function putSpreadsheets(standin: SheetsStandin, schools: readonly TestSchool[] = GOOGLE_SCHOOLS): void {
  for (const s of schools) putReportSpreadsheet(standin, s.spreadsheetId!, reportOf(s));
  if (!standin.spreadsheets.has(REGIONAL_ID))
    standin.createSpreadsheet(REGIONAL_ID, 'Наставничество: показатели региона', ['Лист1']);
}
