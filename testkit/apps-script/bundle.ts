// Loads the built add-on (dist/addon/Code.js) into a node:vm context whose globals are the
// stand-in's services, like the Apps Script V8 runtime does with a project's files. Each call of a
// top-level function (a menu item, a trigger, google.script.run) is one execution on the stand-in's
// simulated clock: service calls cost time, and past 6 minutes it throws (clock.ts).
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { AppsScript } from './index';
import { clockedDate, type ExecutionClock } from './clock';
import { acrossWire } from './wire';

export const BUNDLE_PATH = 'dist/addon/Code.js';

export type BundleContext = Record<string, unknown> & vm.Context;

const clocks = new WeakMap<BundleContext, ExecutionClock>();

export function loadBundle(gas: AppsScript, code: string = readFileSync(BUNDLE_PATH, 'utf8')): BundleContext {
  // A Proxy of the host's Date on the simulated clock, so that `instanceof Date` holds for values
  // read from the stand-in's cells while `Date.now()` and `new Date()` follow the execution's time.
  const context = vm.createContext({ ...gas.globals, Date: clockedDate(gas.clock) }) as BundleContext;
  clocks.set(context, gas.clock);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

/** Calls a top-level function as a menu item or trigger would: one execution. */
export function callEntry(context: BundleContext, name: string, ...args: unknown[]): unknown {
  const fn = context[name];
  if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
  const clock = clocks.get(context);
  clock?.begin();
  try {
    return fn(...args);
  } finally {
    clock?.end();
  }
}

/** Calls a top-level function the way google.script.run does: arguments and result cross as JSON. */
export function callFromPage<T = unknown>(context: BundleContext, name: string, ...args: unknown[]): T {
  const sent = args.map((a, i) => acrossWire(a, `${name} argument ${i}`));
  return acrossWire(callEntry(context, name, ...sent), `${name} result`) as T;
}
