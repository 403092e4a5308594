// PropertiesService and LockService stand-ins. Document properties belong to the spreadsheet;
// user and script properties are separate stores, as in Apps Script.
import { CallLog } from './calls';

export class PropertiesImpl {
  readonly _store = new Map<string, string>();
  constructor(private readonly log: CallLog) {}
  getProperty(key: string): string | null {
    return this._store.get(key) ?? null;
  }
  setProperty(key: string, value: string) {
    if (typeof value !== 'string') throw new Error(`Properties store strings only (key "${key}").`);
    if (value.length > 9 * 1024) throw new Error(`Value of property "${key}" exceeds 9 kB.`);
    this._store.set(key, value);
    return this.log.wrap('Properties', this);
  }
  setProperties(props: Record<string, string>, deleteAllOthers = false) {
    if (deleteAllOthers) this._store.clear();
    for (const [k, v] of Object.entries(props)) this.setProperty(k, v);
    return this.log.wrap('Properties', this);
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

export class PropertiesServiceImpl {
  readonly _document: PropertiesImpl;
  readonly _user: PropertiesImpl;
  readonly _script: PropertiesImpl;
  constructor(private readonly log: CallLog) {
    this._document = new PropertiesImpl(log);
    this._user = new PropertiesImpl(log);
    this._script = new PropertiesImpl(log);
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
