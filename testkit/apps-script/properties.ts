// PropertiesService and LockService stand-ins. Document properties belong to the spreadsheet;
// user and script properties are separate stores, as in Apps Script.
import type { CallLog } from './calls';

// Limits from "Quotas for Google Services" (https://developers.google.com/apps-script/guides/services/quotas):
// «Properties value size: 9 KB / val», «Properties total storage: 500 KB / property store».
// Google counts stored bytes (UTF-8: a Cyrillic letter is two), not characters.
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export class PropertiesImpl {
  readonly _store = new Map<string, string>();
  constructor(private readonly log: CallLog) {}
  getProperty(key: string): string | null {
    return this._store.get(key) ?? null;
  }
  setProperty(key: string, value: string) {
    this.put({ [key]: value }, false);
    return this.log.wrap('Properties', this);
  }
  setProperties(props: Record<string, string>, deleteAllOthers = false) {
    this.put(props, deleteAllOthers);
    return this.log.wrap('Properties', this);
  }
  /** All or nothing: a refused write leaves the store as it was (Google's messages). */
  private put(props: Record<string, string>, deleteAllOthers: boolean) {
    const next = new Map(deleteAllOthers ? [] : this._store);
    for (const [key, value] of Object.entries(props)) {
      if (typeof value !== 'string') throw new Error(`Properties store strings only (key "${key}").`);
      if (utf8Bytes(value) > PROPERTY_VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
      next.set(key, value);
    }
    if (this._bytes(next) > PROPERTY_STORE_LIMIT_BYTES) {
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    this._store.clear();
    for (const [k, v] of next) this._store.set(k, v);
  }
  /** Bytes the store holds, keys and values (test helper, uncounted). */
  _bytes(store: Map<string, string> = this._store): number {
    let total = 0;
    for (const [k, v] of store) total += utf8Bytes(k) + utf8Bytes(v);
    return total;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }
  getKeys(): string[] {
    return [...this._store.keys()];
  }
  deleteProperty(key: string) {
    this._store.delete(key);
    return this.log.wrap('Properties', this);
  }
  deleteAllProperties() {
    this._store.clear();
    return this.log.wrap('Properties', this);
  }
}

/**
 * User properties belong to the user running the script: each editor of the spreadsheet has their
 * own (https://developers.google.com/apps-script/guides/properties).
 */
export class PropertiesServiceImpl {
  readonly _document: PropertiesImpl;
  readonly _script: PropertiesImpl;
  private readonly users = new Map<string, PropertiesImpl>();
  constructor(
    private readonly log: CallLog,
    private readonly currentUser: () => string = () => '',
  ) {
    this._document = new PropertiesImpl(log);
    this._script = new PropertiesImpl(log);
  }
  /** The current user's store. */
  get _user(): PropertiesImpl {
    const user = this.currentUser();
    let store = this.users.get(user);
    if (!store) this.users.set(user, (store = new PropertiesImpl(this.log)));
    return store;
  }
  getDocumentProperties() {
    return this.log.wrap('Properties', this._document);
  }
  getUserProperties() {
    return this.log.wrap('Properties', this._user);
  }
  getScriptProperties() {
    return this.log.wrap('Properties', this._script);
  }
}

/** One lock per kind; a single-threaded stand-in only needs to know whether it is held. */
export class LockImpl {
  private held = false;
  constructor(private readonly log: CallLog) {}
  tryLock(_timeoutMs: number) {
    if (this.held) return false;
    this.held = true;
    this.log.lockHeld = true;
    return true;
  }
  waitLock(timeoutMs: number) {
    if (!this.tryLock(timeoutMs)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock() {
    return this.held;
  }
  releaseLock() {
    this.held = false;
    this.log.lockHeld = false;
  }
}

export class LockServiceImpl {
  readonly _documentLock: LockImpl;
  readonly _scriptLock: LockImpl;
  readonly _userLock: LockImpl;
  constructor(private readonly log: CallLog) {
    this._documentLock = new LockImpl(log);
    this._scriptLock = new LockImpl(log);
    this._userLock = new LockImpl(log);
  }
  getDocumentLock() {
    return this.log.wrap('Lock', this._documentLock);
  }
  getScriptLock() {
    return this.log.wrap('Lock', this._scriptLock);
  }
  getUserLock() {
    return this.log.wrap('Lock', this._userLock);
  }
}
