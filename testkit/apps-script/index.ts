// The Apps Script stand-in: in-memory SpreadsheetApp, PropertiesService, LockService, Ui,
// HtmlService, DocumentApp, DriveApp, FormApp, UrlFetchApp, Session, Utilities, ScriptApp, Logger.
// Every public call is counted (`calls`); value reads/writes are logged per sheet with the lock
// state; AuthMode.NONE forbids everything but building the add-on menu.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AuthMode } from './calls';
import { CallLog } from './calls';
import { DataValidationBuilderImpl, DataValidationCriteria, SpreadsheetImpl } from './spreadsheet';
import { PropertiesServiceImpl, LockServiceImpl } from './properties';
import { HtmlServiceImpl, UiImpl } from './ui';
import { DriveAppImpl, DriveStore, MimeType } from './drive';
import { DocumentAppImpl, DocumentStore } from './documents';
import { FormAppImpl, FormStore } from './forms';
import type { FetchHandler } from './misc';
import { LoggerImpl, ScriptAppImpl, SessionImpl, UrlFetchAppImpl, UtilitiesImpl } from './misc';
import type { CellValue } from './values';
import { Charts, MailAppImpl } from './year';
import { Identity } from './identity';
import { driveRest } from './drive-rest';
import { formsRest } from './forms-rest';
import { DEFAULT_MANIFEST, manifestScopes } from './scopes';

export { CallLog } from './calls';
export type { AuthMode, DataOp } from './calls';
export { httpFetch } from './misc';
export type { FetchHandler, FetchRequest, FetchResult } from './misc';
export type { CellValue } from './values';
export type { RecordedMenu, MenuItem, Shown } from './ui';

export interface AppsScriptOptions {
  spreadsheetName?: string;
  timeZone?: string;
  /** The curator's e-mail (Session.getActiveUser). */
  user?: string;
  /** Html files by name (`pairing` → content); or read every `*.html` from `htmlDir`. */
  htmlFiles?: Record<string, string>;
  htmlDir?: string;
  fetch?: FetchHandler;
  authMode?: AuthMode;
  /**
   * 'in-process' (default): Drive v3 and Forms v1 REST are answered from this stand-in's own files;
   * 'external': every Google REST call goes to `fetch` (a Sheets/Drive stand-in in another process).
   */
  googleRest?: 'in-process' | 'external';
  /** 'app' imitates the drive.file scope: the spreadsheet's own Drive file is out of reach. */
  driveAccess?: 'all' | 'app';
  /**
   * The manifest whose oauthScopes every call is checked against (scopes.ts); addon/appsscript.json
   * unless given. `oauthScopes` overrides it (stand-in tests of services the add-on does not use).
   */
  manifest?: string;
  oauthScopes?: string[];
  /** Docs a user may create per day (250 on consumer accounts). */
  docsPerDay?: number;
}

class SpreadsheetAppImpl {
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' };
  _flushes = 0;
  constructor(
    private readonly log: CallLog,
    private readonly active: SpreadsheetImpl,
    private readonly ui: UiImpl,
    private readonly scriptApp: ScriptAppImpl,
  ) {}
  /** A time-driven trigger runs with no active document (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events). */
  private activeApi() {
    return this.scriptApp._running?.kind === 'clock' ? null : this.active._api;
  }
  getActiveSpreadsheet() {
    return this.activeApi();
  }
  getActive() {
    return this.activeApi();
  }
  getActiveSheet() {
    return this.scriptApp._running?.kind === 'clock' ? null : this.active.getActiveSheet();
  }
  openById(id: string) {
    if (id !== this.active._id)
      throw new Error(
        `You do not have permission to access the requested document (${id}); spreadsheets.currentonly allows the current one only.`,
      );
    return this.active._api;
  }
  getUi() {
    return this.log.wrap('Ui', this.ui);
  }
  newDataValidation() {
    return this.log.wrap('DataValidationBuilder', new DataValidationBuilderImpl(this.log));
  }
  flush() {
    this._flushes += 1;
  }
}

function loadHtml(options: AppsScriptOptions): Map<string, string> {
  const files = new Map<string, string>(Object.entries(options.htmlFiles ?? {}));
  if (options.htmlDir && existsSync(options.htmlDir)) {
    for (const f of readdirSync(options.htmlDir)) {
      if (f.endsWith('.html')) files.set(f.slice(0, -5), readFileSync(join(options.htmlDir, f), 'utf8'));
    }
  }
  return files;
}

export function createAppsScript(options: AppsScriptOptions = {}) {
  const calls = new CallLog();
  const timeZone = options.timeZone ?? 'Europe/Moscow';
  const identity = new Identity(options.user ?? 'curator@school.example');
  const drive = new DriveStore(calls, identity);
  drive.access = options.driveAccess ?? 'all';
  const folder = drive.add({ id: 'folder-curator', name: 'Наставничество', mimeType: MimeType.FOLDER, byApp: false });
  const spreadsheetId = 'ss-curator-0001';
  drive.add({
    id: spreadsheetId,
    name: options.spreadsheetName ?? 'Наставничество — рабочая таблица',
    mimeType: MimeType.GOOGLE_SHEETS,
    byApp: false,
    parent: folder.id,
  });
  const spreadsheet = new SpreadsheetImpl(
    calls,
    spreadsheetId,
    options.spreadsheetName ?? 'Наставничество — рабочая таблица',
    timeZone,
  );
  const ui = new UiImpl(calls);
  const properties = new PropertiesServiceImpl(calls, () => identity.current);
  const locks = new LockServiceImpl(calls);
  const html = new HtmlServiceImpl(calls, loadHtml(options));
  const docs = new DocumentStore(calls, drive);
  if (options.docsPerDay !== undefined) docs.docsPerDay = options.docsPerDay;
  calls.scopes = new Set(options.oauthScopes ?? manifestScopes(options.manifest ?? DEFAULT_MANIFEST));
  const forms = new FormStore(calls, drive);
  forms.spreadsheets.set(spreadsheetId, spreadsheet);
  const urlFetch = new UrlFetchAppImpl(calls);
  if (options.fetch) urlFetch._handler = options.fetch;
  if (options.googleRest !== 'external') {
    urlFetch._routes.push(driveRest(drive, docs, identity, () => calls.scopes));
    urlFetch._routes.push(formsRest(forms, drive, identity));
  }
  const scriptApp = new ScriptAppImpl(calls, identity);
  scriptApp._documentId = spreadsheetId;
  const logger = new LoggerImpl();
  const mail = new MailAppImpl();
  const utilities = new UtilitiesImpl(calls);
  const consoleLines: string[] = [];
  const recordingConsole = Object.fromEntries(
    ['log', 'info', 'warn', 'error', 'debug'].map((level) => [
      level,
      (...args: unknown[]) => consoleLines.push(`${level}: ${args.map(String).join(' ')}`),
    ]),
  );
  calls.authMode = options.authMode ?? 'FULL';

  const globals: Record<string, unknown> = {
    SpreadsheetApp: calls.wrap('SpreadsheetApp', new SpreadsheetAppImpl(calls, spreadsheet, ui, scriptApp)),
    PropertiesService: calls.wrap('PropertiesService', properties),
    LockService: calls.wrap('LockService', locks),
    HtmlService: calls.wrap('HtmlService', html),
    DocumentApp: calls.wrap('DocumentApp', new DocumentAppImpl(calls, docs, drive)),
    DriveApp: calls.wrap('DriveApp', new DriveAppImpl(drive)),
    FormApp: calls.wrap('FormApp', new FormAppImpl(calls, forms, drive)),
    UrlFetchApp: calls.wrap('UrlFetchApp', urlFetch),
    Session: calls.wrap('Session', new SessionImpl(calls, identity, timeZone)),
    Utilities: calls.wrap('Utilities', utilities),
    ScriptApp: calls.wrap('ScriptApp', scriptApp),
    Logger: calls.wrap('Logger', logger),
    MailApp: calls.wrap('MailApp', mail),
    Charts,
    MimeType,
    console: recordingConsole,
  };

  const gas = {
    globals,
    calls,
    /** Simulated time of the current execution (bundle calls); see clock.ts. */
    clock: calls.clock,
    spreadsheet,
    ui,
    properties,
    locks,
    html,
    drive,
    docs,
    forms,
    urlFetch,
    scriptApp,
    utilities,
    logger,
    mail,
    consoleLines,

    identity,

    setAuthMode(mode: AuthMode) {
      calls.authMode = mode;
    },

    /** Another editor of the same spreadsheet runs the add-on from now on (own token, own drive.file grants). */
    actAs(user: string) {
      identity.current = user;
    },

    /** Puts the services on globalThis (for handler tests importing addon/server); returns the undo. */
    install(): () => void {
      const g = globalThis as Record<string, unknown>;
      const saved = new Map<string, PropertyDescriptor | undefined>();
      for (const [name, value] of Object.entries(globals)) {
        if (name === 'console') continue;
        saved.set(name, Object.getOwnPropertyDescriptor(g, name));
        Object.defineProperty(g, name, { value, configurable: true, writable: true });
      }
      return () => {
        for (const [name, d] of saved) {
          if (d) Object.defineProperty(g, name, d);
          else delete g[name];
        }
      };
    },

    // Test helpers: direct, uncounted access to sheet contents.

    /** Values of a sheet up to its last non-empty row and column ('' for empty cells). */
    sheetValues(name: string): CellValue[][] {
      const sheet = spreadsheet._sheet(name);
      if (!sheet) throw new Error(`No sheet «${name}» (sheets: ${spreadsheet._sheets.map((s) => s._name).join(', ')})`);
      const rows = sheet._lastRow();
      const cols = sheet._lastColumn();
      return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => sheet._cells[r]?.[c] ?? ''));
    },

    /** Replaces a sheet's values (creating the sheet when missing), as if the curator typed or pasted them. */
    setSheetValues(name: string, rows: CellValue[][]): void {
      const sheet = spreadsheet._sheet(name) ?? spreadsheet._addSheet(name);
      sheet._maxRows = Math.max(sheet._maxRows, rows.length);
      sheet._maxColumns = Math.max(sheet._maxColumns, ...rows.map((r) => r.length));
      sheet._cells = rows.map((r) => [...r]);
      sheet._formulas = [];
    },

    /** Types values into «Настройки» next to their labels (column A), as the curator would. */
    setSettings(values: Record<string, string | number>): void {
      const rows = gas.sheetValues('Настройки').map((row) => [...row]);
      for (const row of rows) if (String(row[0]) in values) row[1] = values[String(row[0])];
      gas.setSheetValues('Настройки', rows);
    },

    sheetNames(): string[] {
      return spreadsheet._sheets.map((s) => s._name);
    },
  };
  return gas;
}

export type AppsScript = ReturnType<typeof createAppsScript>;
