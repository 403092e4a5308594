// Counts every call made through the stand-in's public objects, records value reads and writes
// per sheet, and enforces AuthMode.NONE (onOpen before the add-on is authorised in a file), the
// manifest's OAuth scopes per method (scopes.ts) and the 6-minute execution time (clock.ts).
import { ExecutionClock, costOf } from './clock';
import { scopeRefusal } from './scopes';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** Calls that Apps Script permits in AuthMode.NONE: building the add-on menu, logging, utilities. */
const ALLOWED_WITHOUT_AUTH = [
  /^SpreadsheetApp\.getUi$/,
  /^Ui\.create(Addon)?Menu$/,
  /^Menu\./,
  /^Logger\./,
  /^Utilities\./,
];

export interface DataOp {
  op: 'read' | 'write';
  sheet: string;
  a1: string;
  cells: number;
  locked: boolean;
}

export class CallLog {
  private counts = new Map<string, number>();
  readonly dataOps: DataOp[] = [];
  authMode: AuthMode = 'FULL';
  lockHeld = false;
  /** The manifest's oauthScopes; null checks nothing (a stand-in made without a manifest). */
  scopes: Set<string> | null = null;
  readonly clock = new ExecutionClock();

  /** Records a call; throws like Apps Script when the auth mode forbids it. */
  hit(name: string): void {
    if (this.authMode === 'NONE' && !ALLOWED_WITHOUT_AUTH.some((re) => re.test(name))) {
      throw new Error(`You do not have permission to call ${name} (AuthMode.NONE): onOpen may only build the menu.`);
    }
    const refused = this.scopes && scopeRefusal(name, this.scopes);
    if (refused) throw refused;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.clock.advance(costOf(name));
  }

  data(op: 'read' | 'write', sheet: string, a1: string, cells: number): void {
    this.dataOps.push({ op, sheet, a1, cells, locked: this.lockHeld });
  }

  /** Calls of one `Kind.method`, or of every method when no name is given. */
  count(name?: string): number {
    if (name === undefined) return this.total();
    return this.counts.get(name) ?? 0;
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** Counts keyed by `Kind.method`, sorted by name (stable output for benches and snapshots). */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reads(sheet: string): DataOp[] {
    return this.dataOps.filter((d) => d.op === 'read' && d.sheet === sheet);
  }

  writes(sheet: string): DataOp[] {
    return this.dataOps.filter((d) => d.op === 'write' && d.sheet === sheet);
  }

  /** Value writes made while no document/script lock was held. */
  unlockedWrites(): DataOp[] {
    return this.dataOps.filter((d) => d.op === 'write' && !d.locked);
  }

  reset(): void {
    this.counts.clear();
    this.dataOps.length = 0;
  }

  /**
   * Wraps an implementation object so that each public method call is counted as `kind.method`.
   * Members starting with `_` stay internal and uncounted.
   */
  wrap<T extends object>(kind: string, target: T): T {
    const log = this;
    return new Proxy(target, {
      get(obj, prop, receiver) {
        const value = Reflect.get(obj, prop, receiver);
        if (typeof prop !== 'string' || prop.startsWith('_') || typeof value !== 'function') return value;
        return function counted(...args: unknown[]) {
          log.hit(`${kind}.${prop}`);
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      },
    });
  }
}
