// A local Sheets API v4 + Drive API v3 endpoint for tests and benchmarks: a real HTTP server on
// 127.0.0.1 that the real `googleapis` client reaches through `rootUrl`. In-memory spreadsheets,
// a request log per spreadsheet, bearer tokens as users (with drive.file's per-user file access),
// per-user quotas and injectable faults answered with Google's error bodies.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvalidQuery, parseDriveQuery, SPREADSHEET_MIME } from './drive-query';
import {
  disabledApiError,
  plainError,
  quotaError,
  type ErrorReason,
  type GoogleApi,
  type GoogleErrorBody,
} from './google-errors';
import { BadRequest, Spreadsheet, type CellValue } from './model';

/**
 * A person or a service account, known by its bearer token.
 * - `drive.file` (the add-on's scope): sees only files it created through the API or was granted
 *   (`grant`). Google: "drive.file: per-file access to files created or opened by the app"
 *   (https://developers.google.com/drive/api/guides/api-specific-auth); any other file is
 *   404 "File not found: {fileId}" in Drive ("the user doesn't have read access to a file",
 *   https://developers.google.com/drive/api/guides/handle-errors) and 403 in Sheets.
 * - `shared` (a service account with the readonly scopes): sees the files shared with its e-mail
 *   and the files the test put there itself.
 */
export interface StandinUser {
  token: string;
  email: string;
  name?: string;
  access: 'drive.file' | 'shared';
}

export interface StandinOptions {
  /** A bearer token that sees every file (the service in most tests); requests without a known token get 401. */
  token?: string;
  /** More users, each with its own token and Drive access. */
  users?: StandinUser[];
  /** Clock for modifiedTime and quota windows (tests pass a fast clock). */
  now?: () => number;
  /** Per-user quotas like Google's (60 reads and 60 writes a minute); exceeded → 429. Off when absent. */
  quota?: { readsPerMinute: number; writesPerMinute: number };
}

export interface Fault {
  status: number;
  /** Google's `errors[0].reason`: quota (`userRateLimitExceeded`, `rateLimitExceeded`) or a disabled API (`accessNotConfigured`). */
  reason?: ErrorReason;
  /** How many requests fail; `undefined` fails every request until cleared. */
  times?: number;
  /** Only requests with this HTTP method fail (e.g. `POST`: the writes). */
  method?: string;
  /** Only requests whose path starts with this fail (e.g. `/drive/v3/files/` + id: files.get, not files.list). */
  path?: string;
}

export interface RequestRecord {
  api: 'sheets' | 'drive';
  method: string;
  path: string;
  /** The query string as sent, decoded (`ranges`, `valueRenderOption`, Drive's `q` …). */
  query: URLSearchParams;
  spreadsheetId?: string;
  status: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Google's body for this error when it is more than code, message and status. */
    readonly body?: GoogleErrorBody,
  ) {
    super(message);
  }
}

/** Who called: a known user, or `all` (the legacy single token, or no token check at all). */
type Caller = StandinUser | 'all';

export class SheetsStandin {
  readonly spreadsheets = new Map<string, Spreadsheet>();
  readonly requests: RequestRecord[] = [];
  /** Files the service account cannot see: Sheets answers 403, Drive 404. */
  readonly revoked = new Set<string>();
  /** Files that `files.list` does not return (found only by `files.get`, e.g. on a shared drive). */
  readonly unlisted = new Set<string>();
  readonly trashed = new Set<string>();
  /** Files created through the API, by the token that created them. */
  readonly owners = new Map<string, string>();
  /** drive.file grants (the file opened with the app, e.g. through the Picker): file → tokens. */
  readonly grants = new Map<string, Set<string>>();
  /** APIs switched off in the Cloud project: every request answers 403 accessNotConfigured. */
  readonly disabledApis = new Set<GoogleApi>();
  private readonly faults = new Map<string, Fault>();
  private readonly quotaLog = { read: [] as number[], write: [] as number[] };
  private readonly server = createServer((req, res) => void this.handle(req, res));
  url = '';

  constructor(private readonly options: StandinOptions) {}

  get now(): () => number {
    return this.options.now ?? Date.now;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  /** Creates a spreadsheet with the given sheets (the first one when none: `Лист1`). */
  createSpreadsheet(id: string, title = id, sheetTitles: string[] = ['Лист1']): Spreadsheet {
    const s = new Spreadsheet(id, title, this.now);
    for (const t of sheetTitles) s.addSheet({ title: t });
    this.spreadsheets.set(id, s);
    return s;
  }

  /** Drive permissions granted through `POST /drive/v3/files/{id}/permissions`, by file. */
  readonly permissions = new Map<string, { role: string; type: string; emailAddress?: string }[]>();
  private created = 0;

  /** `spreadsheets.create`, as an app with the drive.file scope calls it. */
  private createFromRequest(
    caller: Caller,
    body: { properties?: { title?: string }; sheets?: { properties?: { title?: string } }[] } = {},
  ): unknown {
    const id = `created-by-app-${++this.created}`;
    if (caller !== 'all') this.owners.set(id, caller.token);
    const titles = (body.sheets ?? []).map((sheet) => sheet.properties?.title ?? '');
    const s = this.createSpreadsheet(id, body.properties?.title ?? 'Новая таблица', titles.length ? titles : undefined);
    return {
      spreadsheetId: id,
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${id}/edit`,
      properties: { title: s.title },
      sheets: s.sheets.map((sh) => ({ properties: sh.properties })),
    };
  }

  /** Lets `token` reach a file under drive.file, as opening it with the app would. */
  grant(id: string, token: string): void {
    const set = this.grants.get(id) ?? new Set<string>();
    set.add(token);
    this.grants.set(id, set);
  }

  /** Spreadsheets created through the API (by any user). */
  createdCount(): number {
    return this.created;
  }

  /** Whether the caller's token reaches the file (drive.file per-user access, sharing). */
  canSee(caller: Caller, id: string): boolean {
    if (this.revoked.has(id)) return false;
    if (caller === 'all') return true;
    const owner = this.owners.get(id);
    if (owner === caller.token || this.grants.get(id)?.has(caller.token)) return true;
    if (caller.access === 'drive.file') return false;
    return owner === undefined || (this.permissions.get(id) ?? []).some((p) => p.emailAddress === caller.email);
  }

  private addPermission(
    caller: Caller,
    path: string,
    body: { role?: string; type?: string; emailAddress?: string } = {},
  ): unknown {
    const m = /^\/drive\/v3\/files\/([^/]+)\/permissions$/.exec(path);
    if (!m) throw new HttpError(404, `stand-in: unsupported Drive POST ${path}`);
    const id = decodeURIComponent(m[1]);
    if (!this.spreadsheets.has(id) || !this.canSee(caller, id)) throw new HttpError(404, `File not found: ${id}.`);
    if (!body.role || !body.type) throw new BadRequest('The permission role and type are required.');
    const list = this.permissions.get(id) ?? [];
    list.push({ role: body.role, type: body.type, emailAddress: body.emailAddress });
    this.permissions.set(id, list);
    return { kind: 'drive#permission', id: `perm-${list.length}`, ...body };
  }

  /** Replaces a sheet's content as a person would by typing (counts as an edit: version and modifiedTime move). */
  setSheet(id: string, title: string, values: CellValue[][]): void {
    const s = this.get(id);
    let sheet = s.sheetByTitle(title);
    if (!sheet) s.addSheet({ title, gridProperties: { rowCount: Math.max(1000, values.length + 1), columnCount: 26 } });
    sheet = s.sheetByTitle(title)!;
    sheet.cells = values.map((row) => row.map((v) => (v === '' ? undefined : v)));
    s.touch();
  }

  get(id: string): Spreadsheet {
    const s = this.spreadsheets.get(id);
    if (!s) throw new Error(`stand-in: no spreadsheet ${id}`);
    return s;
  }

  /** Makes requests for one spreadsheet (or `drive` for every Drive request) fail with `status`. */
  fail(target: string, fault: Fault): void {
    this.faults.set(target, { ...fault });
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Switches an API off (or on again) in the stand-in's Cloud project. */
  disableApi(api: GoogleApi, disabled = true): void {
    if (disabled) this.disabledApis.add(api);
    else this.disabledApis.delete(api);
  }

  /** Sheets API requests that named this spreadsheet, failed ones included. */
  requestCount(spreadsheetId: string): number {
    return this.requests.filter((r) => r.api === 'sheets' && r.spreadsheetId === spreadsheetId).length;
  }

  sheetsRequestCount(): number {
    return this.requests.filter((r) => r.api === 'sheets').length;
  }

  driveRequestCount(): number {
    return this.requests.filter((r) => r.api === 'drive').length;
  }

  resetLog(): void {
    this.requests.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://standin');
    const record: RequestRecord = {
      api: url.pathname.startsWith('/drive/') ? 'drive' : 'sheets',
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      status: 200,
    };
    let body: unknown;
    try {
      body = await readJson(req);
      const result = this.route(req.method ?? 'GET', url, body, req.headers.authorization, record);
      send(res, 200, result);
    } catch (e) {
      const status = e instanceof HttpError ? e.status : e instanceof BadRequest ? 400 : 500;
      record.status = status;
      const message = e instanceof Error ? e.message : String(e);
      send(res, status, e instanceof HttpError && e.body ? e.body : plainError(status, message, record.api));
    } finally {
      this.requests.push(record);
    }
  }

  private route(method: string, url: URL, body: unknown, auth: string | undefined, record: RequestRecord): unknown {
    const path = url.pathname;
    const named = record.api === 'sheets' ? /^\/v4\/spreadsheets\/([^/:]+)/.exec(path) : null;
    if (named) record.spreadsheetId = decodeURIComponent(named[1]);
    const caller = this.checkAuth(auth);
    if (this.disabledApis.has(record.api)) throw new HttpError(403, 'disabled', disabledApiError(record.api));
    if (record.api === 'sheets' && method === 'POST' && path === '/v4/spreadsheets') {
      this.injectFault('sheets', method, 'sheets', path);
      this.checkQuota('write');
      return this.createFromRequest(
        caller,
        body as { properties?: { title?: string }; sheets?: { properties?: { title?: string } }[] },
      );
    }
    if (record.api === 'drive' && method === 'POST') {
      this.injectFault('drive', method, 'drive', path);
      return this.addPermission(caller, path, body as { role?: string; type?: string; emailAddress?: string });
    }
    if (record.api === 'sheets') {
      const m = /^\/v4\/spreadsheets\/([^/:]+)(.*)$/.exec(path);
      if (!m) throw new HttpError(404, `stand-in: unknown path ${path}`);
      record.spreadsheetId = decodeURIComponent(m[1]);
      this.injectFault(record.spreadsheetId, method, 'sheets', path);
      this.injectFault('sheets', method, 'sheets', path);
    } else {
      this.injectFault('drive', method, 'drive', path);
    }
    if (record.api === 'drive') return this.drive(caller, method, path, url.searchParams);
    this.checkQuota(method === 'GET' ? 'read' : 'write');
    const id = record.spreadsheetId!;
    const s = this.spreadsheets.get(id);
    if (!s) throw new HttpError(404, 'Requested entity was not found.');
    if (!this.canSee(caller, id)) throw new HttpError(403, 'The caller does not have permission');
    return this.sheets(
      method,
      path.slice(`/v4/spreadsheets/${encodeURIComponent(id)}`.length),
      url.searchParams,
      body,
      s,
    );
  }

  private sheets(method: string, rest: string, q: URLSearchParams, body: unknown, s: Spreadsheet): unknown {
    const render = (q.get('valueRenderOption') ?? 'FORMATTED_VALUE') as 'FORMATTED_VALUE';
    if (method === 'GET' && rest === '') {
      return {
        spreadsheetId: s.id,
        properties: { title: s.title, locale: 'ru_RU' },
        sheets: s.sheets.map((sh) => ({ properties: sh.properties })),
      };
    }
    if (method === 'POST' && rest === ':batchUpdate') {
      const { requests = [], includeSpreadsheetInResponse } = body as {
        requests?: Record<string, Record<string, unknown>>[];
        includeSpreadsheetInResponse?: boolean;
      };
      const replies = this.atomically(s, (copy) => requests.map((r, i) => applyRequest(copy, r, i)));
      return {
        spreadsheetId: s.id,
        replies,
        ...(includeSpreadsheetInResponse ? { updatedSpreadsheet: { spreadsheetId: s.id } } : {}),
      };
    }
    if (method === 'GET' && rest === '/values:batchGet') {
      const ranges = q.getAll('ranges');
      if (ranges.length === 0) throw new BadRequest('ranges is required');
      return {
        spreadsheetId: s.id,
        valueRanges: ranges.map((r) => ({ majorDimension: 'ROWS', ...s.readValues(r, render) })),
      };
    }
    if (method === 'POST' && rest === '/values:batchUpdate') {
      const { valueInputOption, data = [] } = body as {
        valueInputOption?: string;
        data?: { range: string; values?: unknown[][]; majorDimension?: string }[];
      };
      if (valueInputOption !== 'RAW' && valueInputOption !== 'USER_ENTERED')
        throw new BadRequest("Invalid valueInputOption: 'valueInputOption' is required");
      const responses = this.atomically(s, (copy) =>
        data.map((d) => {
          if (d.majorDimension && d.majorDimension !== 'ROWS')
            throw new BadRequest('stand-in: only majorDimension ROWS');
          return { spreadsheetId: s.id, ...copy.writeValues(d.range, d.values ?? [], valueInputOption) };
        }),
      );
      return {
        spreadsheetId: s.id,
        totalUpdatedRows: responses.reduce((n, r) => n + r.updatedRows, 0),
        totalUpdatedCells: responses.reduce((n, r) => n + r.updatedCells, 0),
        totalUpdatedSheets: new Set(data.map((d) => d.range.split('!')[0])).size,
        responses,
      };
    }
    if (method === 'POST' && rest === '/values:batchClear') {
      const { ranges = [] } = body as { ranges?: string[] };
      const clearedRanges = this.atomically(s, (copy) => ranges.map((r) => copy.clearValues(r)));
      return { spreadsheetId: s.id, clearedRanges };
    }
    const single = /^\/values\/(.+?)(:clear)?$/.exec(rest);
    if (single) {
      const range = decodeURIComponent(single[1]);
      if (method === 'GET' && !single[2]) return { majorDimension: 'ROWS', ...s.readValues(range, render) };
      if (method === 'POST' && single[2])
        return { spreadsheetId: s.id, clearedRange: this.atomically(s, (copy) => copy.clearValues(range)) };
      if (method === 'PUT' && !single[2]) {
        const input = q.get('valueInputOption') ?? '';
        if (input !== 'RAW' && input !== 'USER_ENTERED')
          throw new BadRequest("Invalid valueInputOption: 'valueInputOption' is required");
        const { values = [] } = body as { values?: unknown[][] };
        return { spreadsheetId: s.id, ...this.atomically(s, (copy) => copy.writeValues(range, values, input)) };
      }
    }
    throw new HttpError(404, `stand-in: unsupported ${method} ${rest}`);
  }

  private drive(caller: Caller, method: string, path: string, q: URLSearchParams): unknown {
    if (method !== 'GET') throw new HttpError(404, `stand-in: unsupported Drive ${method} ${path}`);
    if (path === '/drive/v3/about') {
      // https://developers.google.com/drive/api/reference/rest/v3/about/get: "Required: The
      // fields parameter must be set"; allowed under drive.file among other Drive scopes.
      if (!q.get('fields')) throw new BadRequest("The 'fields' parameter is required for this method.");
      const user = caller === 'all' ? { email: 'service@standin.example', name: 'Stand-in' } : caller;
      return { user: { kind: 'drive#user', displayName: user.name ?? user.email, emailAddress: user.email, me: true } };
    }
    const file = (s: Spreadsheet) => ({
      kind: 'drive#file',
      id: s.id,
      name: s.title,
      mimeType: SPREADSHEET_MIME,
      modifiedTime: s.modifiedTime,
      version: String(s.version),
      trashed: this.trashed.has(s.id),
    });
    if (path === '/drive/v3/files') {
      let matches;
      try {
        matches = parseDriveQuery(q.get('q') ?? undefined);
      } catch (e) {
        if (e instanceof InvalidQuery) throw new BadRequest('Invalid Value');
        throw e;
      }
      const pageSize = Number(q.get('pageSize') ?? 100);
      if (!(pageSize >= 1 && pageSize <= 1000)) throw new BadRequest('Invalid Value');
      const visible = [...this.spreadsheets.values()]
        .filter((s) => this.canSee(caller, s.id) && !this.unlisted.has(s.id))
        .filter((s) => matches({ title: s.title, modifiedTime: s.modifiedTime, trashed: this.trashed.has(s.id) }))
        .map(file)
        .sort((a, b) => a.id.localeCompare(b.id));
      const offset = Number(q.get('pageToken') ?? 0);
      const page = visible.slice(offset, offset + pageSize);
      const next = offset + pageSize < visible.length ? String(offset + pageSize) : undefined;
      return { kind: 'drive#fileList', incompleteSearch: false, files: page, ...(next ? { nextPageToken: next } : {}) };
    }
    const m = /^\/drive\/v3\/files\/([^/]+)$/.exec(path);
    if (m) {
      const id = decodeURIComponent(m[1]);
      const s = this.spreadsheets.get(id);
      if (!s || !this.canSee(caller, id)) throw new HttpError(404, `File not found: ${id}.`);
      return file(s);
    }
    throw new HttpError(404, `stand-in: unsupported Drive path ${path}`);
  }

  /** Applies a multi-part change to a copy and commits it only when every part succeeded. */
  private atomically<T>(s: Spreadsheet, change: (copy: Spreadsheet) => T): T {
    const copy = s.clone();
    const result = change(copy);
    s.sheets = copy.sheets;
    s.title = copy.title;
    s.touch();
    return result;
  }

  private checkAuth(header: string | undefined): Caller {
    const users = this.options.users ?? [];
    if (this.options.token === undefined && users.length === 0) return 'all';
    if (this.options.token !== undefined && header === `Bearer ${this.options.token}`) return 'all';
    const user = users.find((u) => header === `Bearer ${u.token}`);
    if (user) return user;
    throw new HttpError(401, 'Request is missing required authentication credential. Expected OAuth 2 access token.');
  }

  /** `target`: a spreadsheet id, `sheets` for every Sheets request or `drive` for every Drive request. */
  private injectFault(target: string, method: string, api: GoogleApi, path: string): void {
    const fault = this.faults.get(target);
    if (!fault || (fault.method !== undefined && fault.method !== method)) return;
    if (fault.path !== undefined && !path.startsWith(fault.path)) return;
    if (fault.times !== undefined) {
      if (fault.times <= 0) return;
      fault.times -= 1;
    }
    if (fault.reason === 'accessNotConfigured') throw new HttpError(403, 'disabled', disabledApiError(api));
    if (fault.status === 429 || (fault.status === 403 && fault.reason)) {
      const body = quotaError(
        fault.status,
        fault.reason === 'userRateLimitExceeded' ? 'userRateLimitExceeded' : 'rateLimitExceeded',
        api,
      );
      throw new HttpError(fault.status, body.error.message, body);
    }
    throw new HttpError(fault.status, fault.status >= 500 ? 'Internal error encountered.' : 'Injected fault');
  }

  private checkQuota(kind: 'read' | 'write'): void {
    const quota = this.options.quota;
    if (!quota) return;
    const limit = kind === 'read' ? quota.readsPerMinute : quota.writesPerMinute;
    const now = this.now();
    const log = this.quotaLog[kind].filter((t) => t > now - 60_000);
    this.quotaLog[kind] = log;
    if (log.length >= limit) {
      const body = quotaError(429, 'rateLimitExceeded', 'sheets');
      body.error.message = `Quota exceeded for quota metric '${kind === 'read' ? 'Read' : 'Write'} requests' and limit '${kind === 'read' ? 'Read' : 'Write'} requests per minute per user' of service 'sheets.googleapis.com'.`;
      body.error.errors![0].message = body.error.message;
      throw new HttpError(429, body.error.message, body);
    }
    log.push(now);
  }
}

function applyRequest(s: Spreadsheet, request: Record<string, Record<string, unknown>>, i: number): unknown {
  const kinds = Object.keys(request);
  if (kinds.length !== 1) throw new BadRequest(`Invalid requests[${i}]: exactly one kind of request expected`);
  const kind = kinds[0];
  // Request bodies are checked by the model methods, the way the API validates each field.
  const r = request[kind] as Record<string, any>;
  switch (kind) {
    case 'addSheet':
      return { addSheet: { properties: s.addSheet(r.properties ?? {}) } };
    case 'deleteSheet':
      s.deleteSheet(r.sheetId);
      return {};
    case 'updateSheetProperties':
      if (!r.fields) throw new BadRequest(`Invalid requests[${i}].updateSheetProperties: fields is required`);
      s.updateSheetProperties(r.properties, r.fields);
      return {};
    case 'repeatCell':
      s.repeatCell(r.range, r.cell ?? {}, r.fields ?? '');
      return {};
    case 'updateCells':
      s.updateCells(r.range, r.start, r.rows, r.fields ?? '');
      return {};
    case 'autoResizeDimensions':
      s.sheetById(r.dimensions?.sheetId ?? 0);
      return {};
    case 'updateSpreadsheetProperties':
      if (r.properties?.title !== undefined) s.title = r.properties.title;
      return {};
    default:
      throw new BadRequest(`stand-in: unsupported request requests[${i}].${kind}`);
  }
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', reject);
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text === '') return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new BadRequest('Invalid JSON payload received.'));
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export async function startSheetsStandin(options: StandinOptions = {}): Promise<SheetsStandin> {
  const standin = new SheetsStandin(options);
  await standin.listen();
  return standin;
}
