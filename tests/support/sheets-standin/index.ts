export { startSheetsStandin, SheetsStandin, type StandinOptions, type Fault, type RequestRecord } from './server';
export type { CellValue, Spreadsheet } from './model';
