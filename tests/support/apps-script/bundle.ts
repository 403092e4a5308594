// Loads the built add-on (dist/addon/Code.js) into a node:vm context whose globals are the
// stand-in's services, like the Apps Script V8 runtime does with a project's files.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { AppsScript } from './index';
import { acrossWire } from './wire';

export const BUNDLE_PATH = 'dist/addon/Code.js';

export type BundleContext = Record<string, unknown> & vm.Context;

export function loadBundle(gas: AppsScript, code: string = readFileSync(BUNDLE_PATH, 'utf8')): BundleContext {
  // The host's Date so that `instanceof Date` holds for values read from the stand-in's cells.
  const context = vm.createContext({ ...gas.globals, Date });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context as BundleContext;
}

/** Calls a top-level function as a menu item or trigger would. */
export function callEntry(context: BundleContext, name: string, ...args: unknown[]): unknown {
  const fn = context[name];
  if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
  return fn(...args);
}

/** Calls a top-level function the way google.script.run does: arguments and result cross as JSON. */
export function callFromPage<T = unknown>(context: BundleContext, name: string, ...args: unknown[]): T {
  const sent = args.map((a, i) => acrossWire(a, `${name} argument ${i}`));
  return acrossWire(callEntry(context, name, ...sent), `${name} result`) as T;
}
