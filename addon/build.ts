// Build of the Apps Script add-on (`npm run build`) into dist/addon/, what `clasp push` uploads.
//
//   Code.js          esbuild IIFE of addon/server/main.ts, unminified (readable Apps Script stack
//                    traces), followed by one top-level `function name() {}` per export of main.ts:
//                    menus, triggers and google.script.run only reach top-level functions.
//   <page>.html      each addon/sidebar/<page>.html as one self-contained file:
//                      <script src="./<page>.ts"></script>       → <script>esbuild browser IIFE</script>
//                      <link rel="stylesheet" href="./<x>.css">   → <style>contents of x.css</style>
//                    Open it with HtmlService.createHtmlOutputFromFile('<page>').
//   appsscript.json  addon/appsscript.json (V8, Europe/Moscow, explicit narrow OAuth scopes) with
//                    `urlFetchWhitelist`: the Google API prefixes the add-on calls and the region's
//                    service address given as NASTAVNIK_SERVICE_URL=https://… (also built into
//                    Code.js, so the push refuses any other address).
//
// The build fails, leaving dist/addon untouched, when a bundle would hold a Node-only module,
// when Code.js holds module syntax (import/export/require), when an export of main.ts is not a
// function or ends with `_` (private in Apps Script), or when onOpen — run here under
// AuthMode.NONE with nothing but the Ui available — touches anything else or adds a menu item
// whose function is not a top-level function of Code.js.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

export interface BuildOptions {
  /** Server entry whose exports become the top-level functions. */
  serverEntry: string;
  /** Folder of the sidebar and dialog pages (`*.html`). */
  sidebarDir: string;
  manifest: string;
  outDir: string;
  /** The region's sync service (https://…), written to the manifest's urlFetchWhitelist. */
  serviceUrl?: string;
}

export interface BuildResult {
  files: string[];
  entryPoints: string[];
  menuTargets: string[];
  codeBytes: number;
  /** Bytes of Code.js by origin: an npm package name, or the top folder of our own code. */
  codeBytesByOrigin: Record<string, number>;
  urlFetchWhitelist: string[];
}

export class BuildError extends Error {
  constructor(readonly problems: string[]) {
    super(`Сборка дополнения не удалась:\n${problems.map((p) => `  • ${p}`).join('\n')}`);
  }
}

const BUNDLE_NAME = '__nastavnik';

/**
 * Google REST APIs the add-on calls through UrlFetchApp (Drive v3, Sheets v4, Forms v1). A manifest
 * allowlist entry must be an https URL with a full domain and a non-empty path; a prefix ending in
 * `/` covers everything under it: https://developers.google.com/apps-script/manifest/allowlist-url
 */
export const GOOGLE_API_PREFIXES = [
  'https://www.googleapis.com/drive/v3/',
  'https://sheets.googleapis.com/v4/',
  'https://forms.googleapis.com/v1/',
];

/** Problems of one allowlist prefix by Google's rules (Russian), empty when it is valid. */
export function allowlistPrefixProblems(prefix: string): string[] {
  let url: URL;
  try {
    url = new URL(prefix);
  } catch {
    return [`«${prefix}» не является адресом`];
  }
  const problems: string[] = [];
  if (url.protocol !== 'https:')
    problems.push(`«${prefix}»: Google принимает в urlFetchWhitelist только адреса https://`);
  const host = url.hostname.replace(/^\*\./, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.([a-z]{2,}|xn--[a-z0-9-]+)$/i.test(host))
    problems.push(`«${prefix}»: нужен полный домен (например, nastavnik.region.ru), не IP-адрес и не имя без точки`);
  if (!/^https?:\/\/[^/?#]+\//.test(prefix)) problems.push(`«${prefix}»: после домена нужен путь, хотя бы «/»`);
  if (url.search || url.hash) problems.push(`«${prefix}»: в адресе не должно быть «?» и «#»`);
  return problems;
}

/** The service address as an allowlist prefix: https, a full domain, a path ending in `/`. */
export function servicePrefix(serviceUrl: string): { prefix: string; problems: string[] } {
  const raw = serviceUrl.trim();
  if (!/^https:\/\//i.test(raw)) {
    return {
      prefix: '',
      problems: [
        `NASTAVNIK_SERVICE_URL=${raw}: адрес сервиса региона должен начинаться с https:// — Google не пускает надстройку по http, а токен школы нельзя отправлять открытым текстом`,
      ],
    };
  }
  const prefix = `${raw.replace(/\/+$/, '')}/`;
  return { prefix, problems: allowlistPrefixProblems(prefix).map((p) => `NASTAVNIK_SERVICE_URL: ${p}`) };
}

/** npm packages of the service, the CLI and the tests that only run under Node (patterns). */
const NODE_PACKAGES = [
  'exceljs',
  'pg',
  'pg-.*',
  'better-sqlite3',
  'csv-parse',
  'csv-stringify',
  'hono',
  '@hono\\/.*',
  'googleapis',
  '@googleapis\\/.*',
  'google-auth-library',
  'playwright-core',
  'vitest',
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Modules that only run under Node: they must never reach an Apps Script or browser bundle. The
 * built-ins come from Node itself (`assert`, `timers`, `perf_hooks`… with or without `node:`).
 */
export const NODE_ONLY = new RegExp(
  `^(node:.*|${[...builtinModules.map(escapeRegExp), ...NODE_PACKAGES].join('|')})(\\/.*)?$`,
);

function nodeOnlyGuard(problems: string[]): esbuild.Plugin {
  return {
    name: 'node-only-guard',
    setup(build) {
      build.onResolve({ filter: NODE_ONLY }, (args) => {
        problems.push(`модуль только для Node «${args.path}» попал в сборку из ${args.importer || 'точки входа'}`);
        return { path: args.path, external: true };
      });
    },
  };
}

function bundleOptions(problems: string[]): esbuild.BuildOptions {
  return {
    bundle: true,
    write: false,
    metafile: true,
    minify: false,
    charset: 'utf8',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import', 'default'],
    logLevel: 'silent',
    plugins: [nodeOnlyGuard(problems)],
  };
}

async function run(options: esbuild.BuildOptions, problems: string[]): Promise<esbuild.BuildResult | null> {
  try {
    return await esbuild.build(options);
  } catch (error) {
    const failure = error as esbuild.BuildFailure;
    for (const e of failure.errors ?? [{ text: String(error) }]) {
      problems.push(`${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}`);
    }
    return null;
  }
}

/** Exports of the server entry, read from an ESM build's metafile. */
async function entryExports(entry: string, problems: string[]): Promise<string[]> {
  const result = await run(
    { ...bundleOptions([]), entryPoints: [entry], format: 'esm', outfile: 'exports.js' },
    problems,
  );
  if (!result) return [];
  return Object.values(result.metafile!.outputs).flatMap((o) => o.exports);
}

function topLevelWrappers(names: string[]): string {
  return names
    .map((name) => `function ${name}() {\n  return ${BUNDLE_NAME}.${name}.apply(this, arguments);\n}`)
    .join('\n');
}

/** Statically checks Code.js: classic-script syntax and no imports left for the runtime. */
export function checkModuleSyntax(code: string, leftImports: string[] = []): string[] {
  const problems: string[] = [];
  try {
    new vm.Script(code, { filename: 'Code.js' });
  } catch (error) {
    problems.push(`Code.js не является обычным скриптом Apps Script (синтаксис модулей?): ${(error as Error).message}`);
  }
  for (const path of leftImports)
    problems.push(`Code.js оставляет импорт «${path}» на время выполнения; Apps Script модулей не поддерживает`);
  if (/\bimport\.meta\b/.test(code)) problems.push('Code.js содержит import.meta; Apps Script модулей не поддерживает');
  if (/(^|[^\w$.])import\s*\(/m.test(code))
    problems.push('Code.js содержит динамический import(); Apps Script модулей не поддерживает');
  return problems;
}

interface RecordedItem {
  caption: string;
  functionName: string;
}

/**
 * Runs Code.js with only a recording Ui (AuthMode.NONE), calls onOpen and checks that every menu
 * item names a top-level function and that every entry point is a function.
 */
export function checkEntryPoints(code: string, entryPoints: string[]): { problems: string[]; menuTargets: string[] } {
  const problems: string[] = [];
  const items: RecordedItem[] = [];
  const menu = (): Record<string, unknown> => {
    const self: Record<string, unknown> = {
      addItem: (caption: string, functionName: string) => {
        items.push({ caption, functionName });
        return self;
      },
      addSeparator: () => self,
      addSubMenu: () => self,
      addToUi: () => undefined,
    };
    return self;
  };
  const ui = { createAddonMenu: menu, createMenu: menu };
  const context = vm.createContext({
    SpreadsheetApp: { getUi: () => ui },
    ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } },
  });
  try {
    vm.runInContext(code, context, { filename: 'Code.js' });
  } catch (error) {
    problems.push(`Code.js падает при загрузке без доступа к данным: ${(error as Error).message}`);
    return { problems, menuTargets: [] };
  }
  const global = context as Record<string, unknown>;
  for (const name of entryPoints) {
    if (name.endsWith('_'))
      problems.push(
        `экспорт «${name}» оканчивается на «_»: в Apps Script такие функции скрыты от меню и google.script.run`,
      );
    const exported = (global[BUNDLE_NAME] as Record<string, unknown> | undefined)?.[name];
    if (typeof exported !== 'function') problems.push(`экспорт «${name}» из main.ts не является функцией`);
  }
  if (typeof global.onOpen !== 'function') {
    problems.push('нет функции onOpen: меню «Наставничество» не появится');
  } else {
    try {
      (global.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    } catch (error) {
      problems.push(`onOpen в режиме AuthMode.NONE обращается не только к меню: ${(error as Error).message}`);
    }
  }
  for (const item of items) {
    if (typeof global[item.functionName] !== 'function') {
      problems.push(
        `пункт меню «${item.caption}» вызывает «${item.functionName}», но в Code.js нет такой функции верхнего уровня`,
      );
    }
  }
  return { problems, menuTargets: items.map((i) => i.functionName) };
}

async function buildServer(options: BuildOptions, problems: string[], service: string) {
  const entryPoints = await entryExports(options.serverEntry, []);
  const result = await run(
    {
      ...bundleOptions(problems),
      entryPoints: [options.serverEntry],
      format: 'iife',
      globalName: BUNDLE_NAME,
      outfile: 'Code.js',
      define: { NASTAVNIK_SERVICE_PREFIX: JSON.stringify(service) },
    },
    problems,
  );
  if (!result) return null;
  const output = result.outputFiles!.find((f) => f.path.endsWith('.js'))!;
  const leftImports = Object.values(result.metafile!.outputs).flatMap((o) => o.imports.map((i) => i.path));
  const code = `${output.text}\n${topLevelWrappers(entryPoints)}\n`;
  const byOrigin: Record<string, number> = {};
  for (const [path, input] of Object.entries(Object.values(result.metafile!.outputs)[0]?.inputs ?? {})) {
    const origin = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split('/')[0];
    byOrigin[origin] = (byOrigin[origin] ?? 0) + input.bytesInOutput;
  }
  const syntax = checkModuleSyntax(code, leftImports);
  problems.push(...syntax);
  if (syntax.length > 0 || problems.length > 0) return null;
  const entries = checkEntryPoints(code, entryPoints);
  problems.push(...entries.problems);
  return { code, entryPoints, menuTargets: entries.menuTargets, byOrigin };
}

const SCRIPT_TAG = /<script\s+src="\.\/([^"]+\.ts)"\s*><\/script>/g;
const STYLE_TAG = /<link\s+rel="stylesheet"\s+href="\.\/([^"]+\.css)"\s*\/?>/g;

async function inlinePage(file: string, problems: string[]): Promise<string | null> {
  const dir = dirname(file);
  let html = readFileSync(file, 'utf8');
  const before = problems.length;
  const scripts = new Map<string, string>();
  for (const [, src] of html.matchAll(SCRIPT_TAG)) {
    const result = await run(
      {
        ...bundleOptions(problems),
        entryPoints: [join(dir, src)],
        format: 'iife',
        platform: 'browser',
        outfile: 'page.js',
      },
      problems,
    );
    if (result) scripts.set(src, result.outputFiles![0].text.replace(/<\/script/gi, '<\\/script'));
  }
  const styles = new Map<string, string>();
  for (const [, href] of html.matchAll(STYLE_TAG)) {
    const result = await run(
      { ...bundleOptions(problems), entryPoints: [join(dir, href)], outfile: 'page.css' },
      problems,
    );
    if (result) styles.set(href, result.outputFiles![0].text.replace(/<\/style/gi, '<\\/style'));
  }
  if (problems.length > before) return null;
  html = html.replace(SCRIPT_TAG, (_, src: string) => `<script>\n${scripts.get(src)}</script>`);
  html = html.replace(STYLE_TAG, (_, href: string) => `<style>\n${styles.get(href)}</style>`);
  const dangling = /(?:src|href)="\.\/[^"]*"/.exec(html);
  if (dangling)
    problems.push(
      `${file}: ссылка ${dangling[0]} не встроена; используйте <script src="./<страница>.ts"></script> или <link rel="stylesheet" href="./<файл>.css">`,
    );
  return html;
}

export async function buildAddon(options: BuildOptions): Promise<BuildResult> {
  const problems: string[] = [];
  const service = options.serviceUrl ? servicePrefix(options.serviceUrl) : { prefix: '', problems: [] };
  problems.push(...service.problems);
  const server = await buildServer(options, problems, service.prefix);
  const pages = new Map<string, string>();
  const pageFiles = existsSync(options.sidebarDir)
    ? readdirSync(options.sidebarDir)
        .filter((f) => f.endsWith('.html'))
        .sort()
    : [];
  for (const name of pageFiles) {
    const html = await inlinePage(join(options.sidebarDir, name), problems);
    if (html !== null) pages.set(name, html);
  }
  let manifest = '';
  const urlFetchWhitelist = [...GOOGLE_API_PREFIXES, ...(service.prefix ? [service.prefix] : [])];
  try {
    const parsed = JSON.parse(readFileSync(options.manifest, 'utf8')) as Record<string, unknown>;
    manifest = `${JSON.stringify({ ...parsed, urlFetchWhitelist }, null, 2)}\n`;
  } catch (error) {
    problems.push(`${options.manifest}: ${(error as Error).message}`);
  }
  if (problems.length > 0 || !server) throw new BuildError(problems);

  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(join(options.outDir, 'Code.js'), server.code);
  for (const [name, html] of pages) writeFileSync(join(options.outDir, name), html);
  writeFileSync(join(options.outDir, 'appsscript.json'), manifest);
  return {
    files: ['Code.js', ...pages.keys(), 'appsscript.json'],
    urlFetchWhitelist,
    entryPoints: server.entryPoints,
    menuTargets: server.menuTargets,
    codeBytes: Buffer.byteLength(server.code),
    codeBytesByOrigin: server.byOrigin,
  };
}

export function defaultOptions(root = resolve(dirname(fileURLToPath(import.meta.url)), '..')): BuildOptions {
  return {
    serverEntry: join(root, 'addon/server/main.ts'),
    sidebarDir: join(root, 'addon/sidebar'),
    manifest: join(root, 'addon/appsscript.json'),
    outDir: join(root, 'dist/addon'),
    serviceUrl: process.env.NASTAVNIK_SERVICE_URL || undefined,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildAddon(defaultOptions())
    .then((r) => {
      console.log(
        `dist/addon: ${r.files.join(', ')} (Code.js ${(r.codeBytes / 1024).toFixed(0)} КБ, ${r.entryPoints.length} функций верхнего уровня, пунктов меню: ${r.menuTargets.length})`,
      );
      console.log(`urlFetchWhitelist: ${r.urlFetchWhitelist.join(', ')}`);
      if (r.urlFetchWhitelist.length === GOOGLE_API_PREFIXES.length)
        console.log(
          'Адрес сервиса региона не задан (NASTAVNIK_SERVICE_URL=https://… npm run build): отправка отчёта в сервис будет недоступна.',
        );
    })
    .catch((error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    });
}
