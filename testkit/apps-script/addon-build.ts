// Builds the add-on once per test file into a temporary folder (never the shared dist/addon), and
// starts a stand-in with the built pages and Code.js loaded.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAddon, defaultOptions } from '../../addon/build';
import { loadBundle, type BundleContext } from './bundle';
import { createAppsScript, type AppsScript, type AppsScriptOptions } from './index';

let built: Promise<string> | null = null;

/** The folder holding Code.js, the pages and appsscript.json of a fresh build. */
export function builtAddon(): Promise<string> {
  built ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'nastavnik-addon-'));
    await buildAddon({ ...defaultOptions(), outDir });
    return outDir;
  })();
  return built;
}

export interface AddonInStandIn {
  gas: AppsScript;
  addon: BundleContext;
  dir: string;
}

/** A stand-in spreadsheet with the built add-on loaded, as after installing it. */
export async function startAddon(options: AppsScriptOptions = {}): Promise<AddonInStandIn> {
  const dir = await builtAddon();
  const gas = createAppsScript({ manifest: join(dir, 'appsscript.json'), ...options, htmlDir: dir });
  const manifest = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as { urlFetchWhitelist?: string[] };
  gas.urlFetch._allowlist = manifest.urlFetchWhitelist ?? null;
  const addon = loadBundle(gas, readFileSync(join(dir, 'Code.js'), 'utf8'));
  return { gas, addon, dir };
}
