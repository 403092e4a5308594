// UrlFetchApp, Session, Utilities, ScriptApp and Logger stand-ins.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { CallLog } from './calls';
import { Identity } from './identity';

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
  throw new Error(`Address unavailable: ${req.url} (the Apps Script stand-in has no network; give createAppsScript a fetch handler)`);
};

/**
 * Real HTTP, synchronous like UrlFetchApp: a child Node process makes the request. The server must
 * live in another process (a blocked event loop cannot answer its own request).
 */
export const httpFetch: FetchHandler = (req) => {
  const script = `
    let input = '';
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
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { input: JSON.stringify(req), encoding: 'utf8' }));
  if (out.error) throw new Error(`Address unavailable: ${req.url} (${out.error})`);
  return out as FetchResult;
};

export class UrlFetchAppImpl {
  readonly _requests: FetchRequest[] = [];
  _handler: FetchHandler = noNetwork;
  readonly _routes: FetchRoute[] = [];
  constructor(private readonly log: CallLog) {}
  fetch(url: string, params: { method?: string; headers?: Record<string, string>; contentType?: string; payload?: string; muteHttpExceptions?: boolean } = {}) {
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
      throw new Error(`Request failed for ${url} returned code ${res.status}. Truncated server response: ${res.body.slice(0, 100)} (use muteHttpExceptions option to examine full response)`);
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
      new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
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

export const AuthModeEnum = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;

export interface RecordedTrigger {
  id: string;
  handler: string;
  kind: 'clock' | 'spreadsheet';
  spec: Record<string, unknown>;
}

export class ScriptAppImpl {
  readonly AuthMode = AuthModeEnum;
  readonly AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };
  readonly WeekDay = { MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY', SUNDAY: 'SUNDAY' };
  readonly _triggers: RecordedTrigger[] = [];
  private seq = 0;
  constructor(
    private readonly log: CallLog,
    readonly _identity: Identity,
  ) {}
  private triggerApi(t: RecordedTrigger) {
    return this.log.wrap('Trigger', { getUniqueId: () => t.id, getHandlerFunction: () => t.handler, _id: t.id });
  }
  newTrigger(handler: string) {
    const spec: Record<string, unknown> = {};
    const create = (kind: RecordedTrigger['kind']) => () => {
      const t = { id: `trigger-${++this.seq}`, handler, kind, spec };
      this._triggers.push(t);
      return this.triggerApi(t);
    };
    const clock: Record<string, unknown> = {};
    for (const m of ['everyMinutes', 'everyHours', 'everyDays', 'everyWeeks', 'onWeekDay', 'atHour', 'nearMinute', 'at', 'after']) {
      clock[m] = (v: unknown) => {
        spec[m] = v;
        return this.log.wrap('ClockTriggerBuilder', clock);
      };
    }
    clock.create = create('clock');
    const sheet: Record<string, unknown> = { create: create('spreadsheet') };
    for (const m of ['onOpen', 'onEdit', 'onChange', 'onFormSubmit']) {
      sheet[m] = () => {
        spec.event = m;
        return this.log.wrap('SpreadsheetTriggerBuilder', sheet);
      };
    }
    return this.log.wrap('TriggerBuilder', {
      timeBased: () => this.log.wrap('ClockTriggerBuilder', clock),
      forSpreadsheet: () => this.log.wrap('SpreadsheetTriggerBuilder', sheet),
    });
  }
  getProjectTriggers() {
    return this._triggers.map((t) => this.triggerApi(t));
  }
  getUserTriggers(_doc?: unknown) {
    return this.getProjectTriggers();
  }
  deleteTrigger(trigger: { _id: string }) {
    const i = this._triggers.findIndex((t) => t.id === trigger._id);
    if (i >= 0) this._triggers.splice(i, 1);
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
