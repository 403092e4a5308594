// UrlFetchApp, Session, Utilities, ScriptApp and Logger stand-ins.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import type { CallLog } from './calls';
import type { Identity } from './identity';

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  contentType?: string;
  payload?: string;
}
export interface FetchResult {
  status: number;
  headers?: Record<string, string>;
  body: string;
}
export type FetchHandler = (req: FetchRequest) => FetchResult;
/** A built-in Google API of the stand-in: answers the requests it serves, undefined for others. */
export type FetchRoute = (req: FetchRequest) => FetchResult | undefined;

const noNetwork: FetchHandler = (req) => {
  throw new Error(
    `Address unavailable: ${req.url} (the Apps Script stand-in has no network; give createAppsScript a fetch handler)`,
  );
};

/**
 * Real HTTP, synchronous like UrlFetchApp: a child Node process makes the request. The server must
 * live in another process (a blocked event loop cannot answer its own request).
 */
export const httpFetch: FetchHandler = (req) => {
  const script = `
    let input = '';
    // Chunks may split a multi-byte letter: decode the stream, not each chunk.
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => (input += d));
    process.stdin.on('end', async () => {
      const r = JSON.parse(input);
      const headers = { ...r.headers };
      if (r.contentType) headers['content-type'] = r.contentType;
      try {
        const res = await fetch(r.url, { method: r.method, headers, body: r.payload });
        const body = await res.text();
        process.stdout.write(JSON.stringify({ status: res.status, headers: Object.fromEntries(res.headers), body }));
      } catch (e) {
        process.stdout.write(JSON.stringify({ error: String(e && e.cause ? e.cause : e) }));
      }
    });`;
  // UrlFetchApp takes answers up to 50 MB (https://developers.google.com/apps-script/guides/services/quotas#current_limitations).
  const maxBuffer = 64 * 1024 * 1024;
  const out = JSON.parse(
    execFileSync(process.execPath, ['-e', script], { input: JSON.stringify(req), encoding: 'utf8', maxBuffer }),
  );
  if (out.error) throw new Error(`Address unavailable: ${req.url} (${out.error})`);
  return out as FetchResult;
};

// The manifest's urlFetchWhitelist: with one, only URLs equal to a prefix or under it are fetched
// (https://developers.google.com/apps-script/manifest/allowlist-url). Loopback addresses pass: only
// a local test service lives there, which Google's servers could never reach anyway.
const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/i;
function allowedBy(url: string, prefix: string): boolean {
  if (url === prefix) return true;
  if (!url.startsWith(prefix)) return false;
  return prefix.endsWith('/') || /^[/?#]/.test(url.slice(prefix.length));
}

export class UrlFetchAppImpl {
  readonly _requests: FetchRequest[] = [];
  _handler: FetchHandler = noNetwork;
  readonly _routes: FetchRoute[] = [];
  /** The built manifest's urlFetchWhitelist, or null when it has none. */
  _allowlist: string[] | null = null;
  constructor(private readonly log: CallLog) {}
  fetch(
    url: string,
    params: {
      method?: string;
      headers?: Record<string, string>;
      contentType?: string;
      payload?: string;
      muteHttpExceptions?: boolean;
    } = {},
  ) {
    if (this._allowlist && !LOOPBACK.test(url) && !this._allowlist.some((prefix) => allowedBy(url, prefix))) {
      throw new Error(`Request to ${url} failed because the URL has not been whitelisted in the script manifest.`);
    }
    const req: FetchRequest = {
      url,
      method: (params.method ?? 'get').toUpperCase(),
      headers: { ...(params.headers ?? {}) },
      contentType: params.contentType,
      payload: params.payload,
    };
    this._requests.push(req);
    let res: FetchResult | undefined;
    for (const route of this._routes) if ((res = route(req))) break;
    res ??= this._handler(req);
    if (res.status >= 400 && !params.muteHttpExceptions) {
      throw new Error(
        `Request failed for ${url} returned code ${res.status}. Truncated server response: ${res.body.slice(0, 100)} (use muteHttpExceptions option to examine full response)`,
      );
    }
    const headers = res.headers ?? {};
    return this.log.wrap('HTTPResponse', {
      getResponseCode: () => res.status,
      getContentText: () => res.body,
      getHeaders: () => ({ ...headers }),
      getAllHeaders: () => ({ ...headers }),
    });
  }
}

export class SessionImpl {
  constructor(
    private readonly log: CallLog,
    private readonly identity: Identity,
    private readonly timeZone: string,
  ) {}
  private user() {
    const email = this.identity.current;
    return this.log.wrap('User', { getEmail: () => email });
  }
  getActiveUser() {
    return this.user();
  }
  getEffectiveUser() {
    return this.user();
  }
  getScriptTimeZone() {
    return this.timeZone;
  }
  getActiveUserLocale() {
    return 'ru';
  }
  getTemporaryActiveUserKey() {
    return 'temporary-user-key';
  }
}

function toBytes(value: string | number[]): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.map((b) => b & 0xff));
}

export class UtilitiesImpl {
  readonly DigestAlgorithm = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_512: 'sha512' };
  readonly Charset = { UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' };
  _slept = 0;
  private uuids = 0;
  constructor(private readonly log: CallLog) {}
  /** Java SimpleDateFormat subset: yyyy yy MM M dd d HH H mm ss and 'quoted' text. */
  formatDate(date: Date, timeZone: string, pattern: string): string {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(date)
        .map((p) => [p.type, p.value]),
    );
    const tokens: Record<string, string> = {
      yyyy: parts.year,
      yy: parts.year.slice(2),
      MM: parts.month,
      M: String(Number(parts.month)),
      dd: parts.day,
      d: String(Number(parts.day)),
      HH: parts.hour,
      H: String(Number(parts.hour)),
      mm: parts.minute,
      ss: parts.second,
    };
    return pattern.replace(/'([^']*)'|yyyy|yy|MM|M|dd|d|HH|H|mm|ss|[A-Za-z]/g, (m, quoted) => {
      if (quoted !== undefined) return quoted;
      if (m in tokens) return tokens[m];
      throw new Error(`Stand-in formatDate does not support the pattern letter "${m}" in "${pattern}".`);
    });
  }
  getUuid() {
    this.uuids += 1;
    const hex = this.uuids.toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${hex}`;
  }
  sleep(ms: number) {
    this._slept += ms;
    this.log.clock.advance(ms);
  }
  computeDigest(algorithm: string, value: string | number[], _charset?: string): number[] {
    return [...createHash(algorithm).update(toBytes(value)).digest()].map((b) => (b > 127 ? b - 256 : b));
  }
  base64Encode(data: string | number[]) {
    return toBytes(data).toString('base64');
  }
  base64Decode(encoded: string): number[] {
    return [...Buffer.from(encoded, 'base64')].map((b) => (b > 127 ? b - 256 : b));
  }
  newBlob(data: string, contentType = 'text/plain', name = '') {
    return this.log.wrap('Blob', {
      getDataAsString: () => data,
      getBytes: () => [...Buffer.from(data, 'utf8')],
      getContentType: () => contentType,
      getName: () => name,
    });
  }
}

export const AuthModeEnum = {
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
} as const;

export interface RecordedTrigger {
  id: string;
  handler: string;
  kind: 'clock' | 'spreadsheet';
  /** onOpen, onEdit, onChange or onFormSubmit for spreadsheet triggers; 'clock' otherwise. */
  event: string;
  spec: Record<string, unknown>;
  /** Whose trigger it is: it runs as this user and only this user sees it. */
  user: string;
  /** The document the add-on was used in when the trigger was made. */
  documentId: string;
}

// Rules of installable triggers in editor add-ons, as Google documents them:
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
// - one trigger of each type per user per document;
// - triggers only for the file in which the add-on is used;
// - time-driven triggers no more often than once per hour.
// https://developers.google.com/apps-script/guides/triggers/installable#restrictions
// - a user sees only the triggers installed from their own account.
// https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
// - getUserTriggers(document) returns this user's triggers of that document only.
const EVENT_NAMES: Record<string, string> = {
  clock: 'time-based',
  onOpen: 'open',
  onEdit: 'edit',
  onChange: 'change',
  onFormSubmit: 'form-submit',
};
const HOUR_MS = 3_600_000;

export class ScriptAppImpl {
  readonly AuthMode = AuthModeEnum;
  readonly AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };
  readonly WeekDay = {
    MONDAY: 'MONDAY',
    TUESDAY: 'TUESDAY',
    WEDNESDAY: 'WEDNESDAY',
    THURSDAY: 'THURSDAY',
    FRIDAY: 'FRIDAY',
    SATURDAY: 'SATURDAY',
    SUNDAY: 'SUNDAY',
  };
  readonly _triggers: RecordedTrigger[] = [];
  /** The document the add-on runs in (the stand-in's spreadsheet). */
  _documentId = '';
  /** The trigger whose handler is running now (set by fireTrigger), or null. */
  _running: RecordedTrigger | null = null;
  /** Scopes the user has not granted yet (getAuthorizationInfo answers REQUIRED while any is left). */
  readonly _missingScopes: string[] = [];
  private seq = 0;
  constructor(
    private readonly log: CallLog,
    readonly _identity: Identity,
  ) {}
  private triggerApi(t: RecordedTrigger) {
    const eventType =
      t.kind === 'clock' ? 'CLOCK' : t.event.replace(/^on/, 'ON_').toUpperCase().replace('FORMSUBMIT', 'FORM_SUBMIT');
    return this.log.wrap('Trigger', {
      getUniqueId: () => t.id,
      getHandlerFunction: () => t.handler,
      getEventType: () => eventType,
      getTriggerSource: () => (t.kind === 'clock' ? 'CLOCK' : 'SPREADSHEETS'),
      getTriggerSourceId: () => (t.kind === 'clock' ? null : t.documentId),
      _id: t.id,
    });
  }
  private mine() {
    return this._triggers.filter((t) => t.user === this._identity.current);
  }
  private add(
    handler: string,
    kind: RecordedTrigger['kind'],
    event: string,
    spec: Record<string, unknown>,
    documentId: string,
  ) {
    if (documentId !== this._documentId)
      throw new Error('Add-ons can only create triggers for the file in which the add-on is used.');
    if (kind === 'clock') {
      const every =
        typeof spec.everyMinutes === 'number'
          ? spec.everyMinutes * 60_000
          : typeof spec.everyHours === 'number'
            ? spec.everyHours * HOUR_MS
            : HOUR_MS;
      if (every < HOUR_MS)
        throw new Error('Add-on time-driven triggers cannot run more frequently than once per hour.');
    }
    const user = this._identity.current;
    if (this.mine().some((t) => t.documentId === documentId && t.event === event)) {
      throw new Error(
        `This add-on has created too many ${EVENT_NAMES[event]} triggers in this document for this Google user account.`,
      );
    }
    const t: RecordedTrigger = { id: `trigger-${++this.seq}`, handler, kind, event, spec, user, documentId };
    this._triggers.push(t);
    return this.triggerApi(t);
  }
  newTrigger(handler: string) {
    const spec: Record<string, unknown> = {};
    const clock: Record<string, unknown> = {};
    for (const m of [
      'everyMinutes',
      'everyHours',
      'everyDays',
      'everyWeeks',
      'onWeekDay',
      'atHour',
      'nearMinute',
      'at',
      'after',
      'inTimezone',
      'onMonthDay',
      'atDate',
    ]) {
      clock[m] = (v: unknown) => {
        spec[m] = v;
        return this.log.wrap('ClockTriggerBuilder', clock);
      };
    }
    clock.create = () => this.add(handler, 'clock', 'clock', spec, this._documentId);
    let documentId = '';
    const sheet: Record<string, unknown> = {
      create: () => {
        if (!spec.event)
          throw new Error(
            'Stand-in: choose the spreadsheet event (onOpen, onEdit, onChange, onFormSubmit) before create().',
          );
        return this.add(handler, 'spreadsheet', String(spec.event), spec, documentId);
      },
    };
    for (const m of ['onOpen', 'onEdit', 'onChange', 'onFormSubmit']) {
      sheet[m] = () => {
        spec.event = m;
        return this.log.wrap('SpreadsheetTriggerBuilder', sheet);
      };
    }
    return this.log.wrap('TriggerBuilder', {
      timeBased: () => this.log.wrap('ClockTriggerBuilder', clock),
      forSpreadsheet: (target: string | { getId(): string }) => {
        documentId = typeof target === 'string' ? target : target.getId();
        return this.log.wrap('SpreadsheetTriggerBuilder', sheet);
      },
    });
  }
  /** The current user's installable triggers of this project. */
  getProjectTriggers() {
    return this.mine().map((t) => this.triggerApi(t));
  }
  /** The current user's triggers of that document (time-driven ones belong to the document they were made in). */
  getUserTriggers(doc: { getId(): string }) {
    const id = doc.getId();
    return this.mine()
      .filter((t) => t.documentId === id)
      .map((t) => this.triggerApi(t));
  }
  deleteTrigger(trigger: { _id: string }) {
    const i = this._triggers.findIndex((t) => t.id === trigger._id && t.user === this._identity.current);
    if (i >= 0) this._triggers.splice(i, 1);
  }
  getAuthorizationInfo(_mode?: string) {
    const missing = [...this._missingScopes];
    return this.log.wrap('AuthorizationInfo', {
      getAuthorizationStatus: () =>
        missing.length > 0 ? this.AuthorizationStatus.REQUIRED : this.AuthorizationStatus.NOT_REQUIRED,
      getAuthorizationUrl: () => (missing.length > 0 ? 'https://script.google.com/macros/d/stand-in/authorize' : null),
      getAuthorizedScopes: () => [],
    });
  }
  getScriptId() {
    return 'stand-in-script-id';
  }
}

export class LoggerImpl {
  readonly _lines: string[] = [];
  log(...args: unknown[]) {
    this._lines.push(args.map(String).join(' '));
  }
}
