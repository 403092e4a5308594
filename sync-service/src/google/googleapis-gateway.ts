// The Google gateway on Google's official Node clients, through the public entry points of the
// per-API packages `@googleapis/sheets` (v4) and `@googleapis/drive` (v3) — the same generated
// code as in `googleapis`, without its other 300 APIs. Every call goes through the shared rate
// limiter and our own retry; the client's retry is off.
import { drive, type drive_v3 } from '@googleapis/drive';
import { auth as googleAuth, sheets, type sheets_v4 } from '@googleapis/sheets';
import { REPORT_SHEET_RANGES, type ReportSheetValues } from '../../../shared/report/sheet';
import { systemClock, type Clock } from './clock';
import type { GoogleConfig } from './config';
import { GoogleCallError, toGoogleCallError, type CallTarget } from './errors';
import type { FileVersion, GoogleGateway, SheetContent } from './gateway';
import { RateLimiter, type RequestKind } from './rate-limiter';
import { isQuotaError, withRetry } from './retry';

/** Reading school spreadsheets and their Drive change marks: nothing more. */
export const READ_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.readonly',
  'https://www.googleapis.com/auth/drive.metadata.readonly',
];
/** Writing the regional spreadsheet needs the full Sheets scope (limited by sharing to that one file). */
export const WRITE_SCOPES = ['https://www.googleapis.com/auth/spreadsheets'];

const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const DRIVE_PAGE_SIZE = 1000;
const FIRST_NEW_SHEET_ID = 1001;

type AuthClient = sheets_v4.Options['auth'];

function authFor(config: GoogleConfig, scopes: string[]): AuthClient {
  if (config.staticToken) {
    const client = new googleAuth.OAuth2();
    client.setCredentials({ access_token: config.staticToken });
    return client;
  }
  // Application Default Credentials: GOOGLE_APPLICATION_CREDENTIALS (a service-account key) or
  // the metadata server of the machine the service runs on.
  return new googleAuth.GoogleAuth({ scopes });
}

export interface GatewayOptions {
  clock?: Clock;
  random?: () => number;
}

export function createGoogleGateway(config: GoogleConfig, options: GatewayOptions = {}): GoogleGateway {
  return new GoogleapisGateway(config, options.clock ?? systemClock, options.random ?? Math.random);
}

class GoogleapisGateway implements GoogleGateway {
  private readonly limiter: RateLimiter;
  private readonly sheetsRead: sheets_v4.Sheets;
  private readonly sheetsWrite: sheets_v4.Sheets;
  private readonly drive: drive_v3.Drive;

  constructor(
    private readonly config: GoogleConfig,
    private readonly clock: Clock,
    private readonly random: () => number,
  ) {
    this.limiter = new RateLimiter(config.quota, clock);
    const common = { rootUrl: config.rootUrl, retry: false, timeout: config.timeoutMs };
    const readAuth = authFor(config, READ_SCOPES);
    this.sheetsRead = sheets({ version: 'v4', auth: readAuth, ...common });
    this.sheetsWrite = sheets({
      version: 'v4',
      auth: config.staticToken ? readAuth : authFor(config, WRITE_SCOPES),
      ...common,
    });
    this.drive = drive({ version: 'v3', auth: readAuth, ...common });
  }

  requestCounts(): Readonly<Record<RequestKind, number>> {
    return this.limiter.granted();
  }

  async readReportSheets(spreadsheetId: string): Promise<ReportSheetValues> {
    const data = await this.call('read', { spreadsheetId, access: 'Читатель' }, () =>
      this.sheetsRead.spreadsheets.values.batchGet({
        spreadsheetId,
        ranges: REPORT_SHEET_RANGES,
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'FORMATTED_STRING',
        majorDimension: 'ROWS',
      }),
    );
    const [report, enterprises, pairs] = REPORT_SHEET_RANGES.map((_, i) => data.valueRanges?.[i]?.values ?? []);
    return { report, enterprises, pairs };
  }

  async fileVersions(ids: readonly string[]): Promise<Map<string, FileVersion | null>> {
    const wanted = new Set(ids);
    const found = new Map<string, FileVersion | null>();
    if (wanted.size === 0) return found;
    // Drive's query language has no `id` term: list the spreadsheets shared with the service
    // (1,000 a page) and pick ours. Files it does not list are asked for one by one.
    try {
      let pageToken: string | undefined;
      do {
        const page = await this.call('drive', { access: 'Читатель' }, () =>
          this.drive.files.list({
            q: `mimeType='${SPREADSHEET_MIME}' and trashed=false`,
            fields: 'nextPageToken,files(id,modifiedTime,version)',
            pageSize: DRIVE_PAGE_SIZE,
            pageToken,
            corpora: 'allDrives',
            includeItemsFromAllDrives: true,
            supportsAllDrives: true,
          }),
        );
        for (const f of page.files ?? []) {
          if (f.id && wanted.has(f.id) && f.modifiedTime && f.version)
            found.set(f.id, { modifiedTime: f.modifiedTime, version: f.version });
        }
        pageToken = page.nextPageToken ?? undefined;
      } while (pageToken);
    } catch (e) {
      // Google unreachable or its quota spent (429, 403 rate limit): reading each spreadsheet
      // would fail the same way and burn the Sheets read quota. Stop here.
      if (e instanceof GoogleCallError && e.transient) throw e;
      return found; // Drive refused for good (e.g. its API is off in the project): every file is pulled as if changed
    }
    for (const id of wanted) {
      if (found.has(id)) continue;
      try {
        const f = await this.call('drive', { spreadsheetId: id, access: 'Читатель' }, () =>
          this.drive.files.get({ fileId: id, fields: 'id,modifiedTime,version,trashed', supportsAllDrives: true }),
        );
        found.set(
          id,
          f.modifiedTime && f.version && !f.trashed ? { modifiedTime: f.modifiedTime, version: f.version } : null,
        );
      } catch (e) {
        if (e instanceof GoogleCallError && e.transient) throw e; // as above: never read a file as changed because Drive was busy
        if ((e as { status?: number }).status === 404) found.set(id, null);
      }
    }
    return found;
  }

  async writeSheets(spreadsheetId: string, content: readonly SheetContent[]): Promise<void> {
    const target: CallTarget = { spreadsheetId, access: 'Редактор' };
    const meta = await this.call('read', target, () =>
      this.sheetsWrite.spreadsheets.get({ spreadsheetId, fields: 'sheets.properties(sheetId,title,gridProperties)' }),
    );
    const existing = new Map((meta.sheets ?? []).map((s) => [s.properties?.title ?? '', s.properties?.sheetId ?? 0]));
    const taken = new Set(existing.values());
    let nextId = FIRST_NEW_SHEET_ID;
    const requests: sheets_v4.Schema$Request[] = [];
    for (const sheet of content) {
      let sheetId = existing.get(sheet.title);
      // The grid is sized to the data exactly: rows left from a longer previous version go away.
      const gridProperties = {
        rowCount: Math.max(sheet.rows.length + 1, 2),
        columnCount: sheet.header.length,
        frozenRowCount: 1,
      };
      if (sheetId === undefined) {
        while (taken.has(nextId)) nextId += 1;
        sheetId = nextId;
        taken.add(sheetId);
        requests.push({ addSheet: { properties: { sheetId, title: sheet.title, gridProperties } } });
      } else {
        requests.push({
          updateSheetProperties: {
            properties: { sheetId, gridProperties },
            fields: 'gridProperties(rowCount,columnCount,frozenRowCount)',
          },
        });
        if (sheet.rows.length === 0)
          requests.push({
            updateCells: { range: { sheetId, startRowIndex: 1, endRowIndex: 2 }, fields: 'userEnteredValue' },
          });
      }
      requests.push({
        repeatCell: {
          range: { sheetId, startRowIndex: 0, endRowIndex: 1 },
          cell: {
            userEnteredFormat: { textFormat: { bold: true }, wrapStrategy: 'WRAP', verticalAlignment: 'MIDDLE' },
          },
          fields: 'userEnteredFormat(textFormat,wrapStrategy,verticalAlignment)',
        },
      });
      for (const f of sheet.columnFormats ?? []) {
        requests.push({
          repeatCell: {
            range: { sheetId, startRowIndex: 1, startColumnIndex: f.column, endColumnIndex: f.column + 1 },
            cell: { userEnteredFormat: { numberFormat: { type: f.type, pattern: f.pattern } } },
            fields: 'userEnteredFormat.numberFormat',
          },
        });
      }
    }
    await this.call('write', target, () =>
      this.sheetsWrite.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests } }),
    );
    await this.call('write', target, () =>
      this.sheetsWrite.spreadsheets.values.batchUpdate({
        spreadsheetId,
        requestBody: {
          valueInputOption: 'RAW',
          // '' clears a cell; null would leave the previous value in place.
          data: content.map((s) => ({
            range: `'${s.title.replace(/'/g, "''")}'!A1`,
            values: [[...s.header], ...s.rows.map((r) => r.map((v) => v ?? ''))],
          })),
        },
      }),
    );
  }

  private async call<T>(kind: RequestKind, target: CallTarget, send: () => Promise<{ data: T }>): Promise<T> {
    let attempts = 0;
    try {
      return await withRetry(
        async () => {
          attempts += 1;
          await this.limiter.acquire(kind);
          try {
            return (await send()).data;
          } catch (e) {
            if (isQuotaError(e)) this.limiter.throttled(kind);
            throw e;
          }
        },
        this.config.retry,
        this.clock,
        this.random,
      );
    } catch (e) {
      throw toGoogleCallError(e, target, attempts);
    }
  }
}
