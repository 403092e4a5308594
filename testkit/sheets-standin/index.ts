export {
  startSheetsStandin,
  SheetsStandin,
  type StandinOptions,
  type Fault,
  type RequestRecord,
  type StandinUser,
} from './server';
export { PROJECT_NUMBER, type ErrorReason, type GoogleApi } from './google-errors';
export type { CellValue, Spreadsheet } from './model';
