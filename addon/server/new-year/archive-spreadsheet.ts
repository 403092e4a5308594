// The finished year's archive: a separate spreadsheet made and written through the Sheets REST API
// with the add-on's own token, so it is reachable under `drive.file` (the add-on created it) and the
// add-on never needs the broad `spreadsheets` scope. Values go in RAW (text stays text); dates go in
// as serial numbers with a date format; the archive is then read back UNFORMATTED and compared
// with the workspace value for value before anything in the workspace changes.
// https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/create
// https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate
// https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
import type { SheetGrid } from '../../../shared/new-year';
import { apiFailure, googleApi, type ApiAnswer } from '../google/rest';

const SHEETS_API = 'https://sheets.googleapis.com/v4/spreadsheets';
const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

export interface ArchiveFile {
  id: string;
  url: string;
  /** Sheet ids by title, from the creation answer. */
  sheetIds: Record<string, number>;
}

function must(what: string, url: string, answer: ApiAnswer): Record<string, unknown> {
  if (answer.status < 200 || answer.status >= 300) throw apiFailure(`Архив года: ${what}`, answer, url);
  return answer.body;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** A cell as the archive holds it: a date (wall clock, see sheets/dates.ts) as its serial number. */
export function archivedValue(value: unknown): unknown {
  if (isDate(value)) return (value.getTime() - SERIAL_EPOCH) / DAY_MS;
  return value === null || value === undefined ? '' : value;
}

/** The sheet's range in A1 with the title quoted. */
const rangeOf = (title: string) => `'${title.replace(/'/g, "''")}'`;

export function createArchive(title: string, sheetNames: readonly string[]): ArchiveFile {
  const body = must(
    'создать таблицу',
    SHEETS_API,
    googleApi('post', SHEETS_API, {
      properties: { title, locale: 'ru_RU' },
      sheets: sheetNames.map((name) => ({ properties: { title: name } })),
    }),
  );
  const sheetIds: Record<string, number> = {};
  for (const sheet of (body.sheets ?? []) as { properties?: { title?: string; sheetId?: number } }[]) {
    if (sheet.properties?.title !== undefined) sheetIds[sheet.properties.title] = Number(sheet.properties.sheetId ?? 0);
  }
  return { id: String(body.spreadsheetId), url: String(body.spreadsheetUrl ?? ''), sheetIds };
}

/**
 * Each sheet sized to its grid and its date columns formatted (one batchUpdate: a new sheet has
 * 1,000 rows × 26 columns and Google refuses values outside the grid), then every sheet's values in
 * one values:batchUpdate.
 */
export function writeArchiveSheets(
  file: ArchiveFile,
  sheets: readonly SheetGrid[],
  prepared: () => void = () => undefined,
): void {
  let nextId = Math.max(0, ...Object.values(file.sheetIds)) + 1;
  const requests = sheets.flatMap((sheet) => {
    const known = file.sheetIds[sheet.name];
    const sheetId = known ?? nextId++;
    file.sheetIds[sheet.name] = sheetId;
    const gridProperties = {
      rowCount: Math.max(1, sheet.grid.length),
      columnCount: Math.max(1, ...sheet.grid.map((row) => row.length)),
    };
    // A sheet the curator added after the archive was created gets its own sheet now.
    const resize =
      known === undefined
        ? { addSheet: { properties: { sheetId, title: sheet.name, gridProperties } } }
        : {
            updateSheetProperties: {
              properties: { sheetId, gridProperties },
              fields: 'gridProperties.rowCount,gridProperties.columnCount',
            },
          };
    const dateColumns = new Set<number>();
    sheet.grid.forEach((row) => row.forEach((v, c) => isDate(v) && dateColumns.add(c)));
    const formats = [...dateColumns].map((c) => ({
      repeatCell: {
        range: {
          sheetId,
          startRowIndex: 0,
          endRowIndex: sheet.grid.length,
          startColumnIndex: c,
          endColumnIndex: c + 1,
        },
        cell: { userEnteredFormat: { numberFormat: { type: 'DATE', pattern: 'dd.MM.yyyy' } } },
        fields: 'userEnteredFormat.numberFormat',
      },
    }));
    return [resize, ...formats];
  });
  if (requests.length > 0) {
    const formatUrl = `${SHEETS_API}/${encodeURIComponent(file.id)}:batchUpdate`;
    must('подготовить листы', formatUrl, googleApi('post', formatUrl, { requests }));
    // Saved before the values: a sheet added here must not be added again by the next run.
    prepared();
  }
  const data = sheets
    .filter((sheet) => sheet.grid.length > 0)
    .map((sheet) => ({ range: `${rangeOf(sheet.name)}!A1`, values: sheet.grid.map((row) => row.map(archivedValue)) }));
  if (data.length === 0) return;
  const url = `${SHEETS_API}/${encodeURIComponent(file.id)}/values:batchUpdate`;
  must('записать листы', url, googleApi('post', url, { valueInputOption: 'RAW', data }));
}

function trimmed(rows: readonly (readonly unknown[])[]): unknown[][] {
  const out = rows.map((row) => {
    const r = [...row];
    while (r.length && (r[r.length - 1] === '' || r[r.length - 1] === null)) r.pop();
    return r;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** Names of the sheets whose archived values differ from `sheets` (read back in one request). */
export function archiveMismatches(file: ArchiveFile, sheets: readonly SheetGrid[]): string[] {
  const query = sheets.map((s) => `ranges=${encodeURIComponent(rangeOf(s.name))}`).join('&');
  const url = `${SHEETS_API}/${encodeURIComponent(file.id)}/values:batchGet?${query}&valueRenderOption=UNFORMATTED_VALUE&majorDimension=ROWS`;
  const body = must('прочитать для сверки', url, googleApi('get', url));
  const ranges = (body.valueRanges ?? []) as { values?: unknown[][] }[];
  return sheets
    .filter(
      (sheet, i) =>
        JSON.stringify(trimmed(ranges[i]?.values ?? [])) !==
        JSON.stringify(trimmed(sheet.grid.map((r) => r.map(archivedValue)))),
    )
    .map((s) => s.name);
}
