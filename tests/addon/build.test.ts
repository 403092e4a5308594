// npm run build: what it produces and when it refuses (dist/addon stays as it was).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowlistPrefixProblems,
  BuildError,
  buildAddon,
  checkModuleSyntax,
  GOOGLE_API_PREFIXES,
} from '../../addon/build';

const MANIFEST = readFileSync('addon/appsscript.json', 'utf8');

function project(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'nastavnik-build-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const outDir = join(root, 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'previous.txt'), 'the last good build');
  return {
    root,
    outDir,
    options: {
      serverEntry: join(root, 'server/main.ts'),
      sidebarDir: join(root, 'sidebar'),
      manifest: join(root, 'appsscript.json'),
      outDir,
    },
  };
}

const MENU = `
export function onOpen(): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Открыть', 'openPanel').addToUi();
}
export function openPanel(): void {}
`;

async function failure(files: Record<string, string>): Promise<{ problems: string[]; outDir: string }> {
  const p = project({ 'appsscript.json': MANIFEST, ...files });
  try {
    await buildAddon(p.options);
  } catch (error) {
    expect(error).toBeInstanceOf(BuildError);
    expect(readFileSync(join(p.outDir, 'previous.txt'), 'utf8')).toBe('the last good build');
    expect(existsSync(join(p.outDir, 'Code.js'))).toBe(false);
    return { problems: (error as BuildError).problems, outDir: p.outDir };
  }
  throw new Error('the build was expected to fail');
}

describe('build', () => {
  it('writes Code.js with top-level wrappers, self-contained pages and the manifest', async () => {
    const p = project({
      'appsscript.json': MANIFEST,
      'server/main.ts': `export { onOpen, openPanel } from './menu';\nexport function add(a: number, b: number): number { return a + b; }\n`,
      'server/menu.ts': MENU,
      'sidebar/panel.html':
        '<html><head><link rel="stylesheet" href="./panel.css"></head><body><p id="x"></p><script src="./panel.ts"></script></body></html>',
      'sidebar/panel.ts': `import { label } from './label';\ndocument.getElementById('x')!.textContent = label('</script>');\n`,
      'sidebar/label.ts': 'export const label = (s: string) => `Готово ${s}`;\n',
      'sidebar/panel.css': 'p { color: #1a73e8; }\n',
    });
    const result = await buildAddon(p.options);
    expect(result.files).toEqual(['Code.js', 'panel.html', 'appsscript.json']);
    expect(result.menuTargets).toEqual(['openPanel']);
    expect(existsSync(join(p.outDir, 'previous.txt'))).toBe(false);
    const code = readFileSync(join(p.outDir, 'Code.js'), 'utf8');
    expect(code).toContain('function add() {\n  return __nastavnik.add.apply(this, arguments);\n}');
    const html = readFileSync(join(p.outDir, 'panel.html'), 'utf8');
    expect(html).toContain('<style>\n');
    expect(html).toContain('color: #1a73e8');
    expect(html).toContain('Готово');
    expect(html).toContain('<\\/script>');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const manifest = JSON.parse(readFileSync(join(p.outDir, 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Europe/Moscow' });
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.oauthScopes.some((s: string) => /auth\/(spreadsheets|drive)$/.test(s))).toBe(false);
  });

  it('fails when a menu item names a function that is not top-level', async () => {
    const { problems } = await failure({ 'server/main.ts': MENU.replace('export function openPanel(): void {}', '') });
    expect(problems).toEqual([
      'пункт меню «Открыть» вызывает «openPanel», но в Code.js нет такой функции верхнего уровня',
    ]);
  });

  it('fails when onOpen touches more than the menu (AuthMode.NONE)', async () => {
    const { problems } = await failure({
      'server/main.ts': `export function onOpen(): void { SpreadsheetApp.getActiveSpreadsheet().getSheets(); }\n`,
    });
    expect(problems[0]).toMatch(/^onOpen в режиме AuthMode\.NONE обращается не только к меню/);
  });

  it('fails when a Node-only module reaches the bundle, naming the importer', async () => {
    const { problems } = await failure({
      'server/main.ts': `${MENU}export { readRows } from './rows';\n`,
      'server/rows.ts': `import { readFileSync } from 'node:fs';\nimport ExcelJS from 'exceljs';\nexport function readRows() { return [readFileSync, ExcelJS]; }\n`,
    });
    expect(problems.some((p) => /«node:fs».*rows\.ts/.test(p))).toBe(true);
    expect(problems.some((p) => /«exceljs».*rows\.ts/.test(p))).toBe(true);
  });

  it('refuses every Node built-in, also those named without node: (assert, timers, perf_hooks, querystring)', async () => {
    const { problems } = await failure({
      'server/main.ts': `${MENU}export { clocks } from './clocks';\n`,
      'server/clocks.ts': [
        "import assert from 'assert';",
        "import { setTimeout } from 'timers';",
        "import { performance } from 'perf_hooks';",
        "import { stringify } from 'querystring';",
        'export function clocks() { return [assert, setTimeout, performance, stringify]; }',
      ].join('\n'),
    });
    for (const name of ['assert', 'timers', 'perf_hooks', 'querystring']) {
      expect(problems.some((p) => p.startsWith(`модуль только для Node «${name}» попал в сборку из`))).toBe(true);
    }
  });

  it('fails when the bundle would hold module syntax', async () => {
    const { problems } = await failure({
      'server/main.ts': `${MENU}export function load(name: string) { return import(name); }\n`,
    });
    expect(problems).toContain('Code.js содержит динамический import(); Apps Script модулей не поддерживает');
    expect(checkModuleSyntax('export const x = 1;\n')[0]).toMatch(/^Code\.js не является обычным скриптом Apps Script/);
    expect(checkModuleSyntax('import x from "y";\n')).toHaveLength(1);
    expect(checkModuleSyntax('var a = 1;\n', ['exceljs'])).toEqual([
      'Code.js оставляет импорт «exceljs» на время выполнения; Apps Script модулей не поддерживает',
    ]);
  });

  it('fails on an entry point Apps Script would hide and on a page reference it cannot inline', async () => {
    const { problems } = await failure({
      'server/main.ts': `${MENU}export function helper_(): void {}\n`,
      'sidebar/page.html': '<html><body><img src="./logo.png"></body></html>',
    });
    expect(problems.some((p) => p.includes('«helper_» оканчивается на «_»'))).toBe(true);
    expect(problems.some((p) => p.includes('ссылка src="./logo.png" не встроена'))).toBe(true);
  });
});

describe('urlFetchWhitelist', () => {
  const files = { 'appsscript.json': MANIFEST, 'server/main.ts': MENU };

  it('lists the Google API prefixes, and the service address given at build time, in the manifest and in Code.js', async () => {
    const plain = project(files);
    expect((await buildAddon(plain.options)).urlFetchWhitelist).toEqual(GOOGLE_API_PREFIXES);
    expect(JSON.parse(readFileSync(join(plain.outDir, 'appsscript.json'), 'utf8')).urlFetchWhitelist).toEqual(
      GOOGLE_API_PREFIXES,
    );
    for (const prefix of GOOGLE_API_PREFIXES) expect(allowlistPrefixProblems(prefix)).toEqual([]);

    const regional = project({
      ...files,
      'server/main.ts': `${MENU}declare const NASTAVNIK_SERVICE_PREFIX: string;\nexport function prefix(): string { return NASTAVNIK_SERVICE_PREFIX; }\n`,
    });
    const result = await buildAddon({ ...regional.options, serviceUrl: 'https://nastavnik.region.example/api//' });
    expect(result.urlFetchWhitelist).toEqual([...GOOGLE_API_PREFIXES, 'https://nastavnik.region.example/api/']);
    expect(readFileSync(join(regional.outDir, 'Code.js'), 'utf8')).toContain(
      'return "https://nastavnik.region.example/api/";',
    );
  });

  it('refuses a service address Google would refuse, in Russian, leaving the last build', async () => {
    const p = project(files);
    await expect(buildAddon({ ...p.options, serviceUrl: 'http://nastavnik.region.example' })).rejects.toThrow(
      /NASTAVNIK_SERVICE_URL=http:\/\/nastavnik\.region\.example: адрес сервиса региона должен начинаться с https:\/\//,
    );
    await expect(buildAddon({ ...p.options, serviceUrl: 'https://10.0.0.7:8443' })).rejects.toThrow(
      'нужен полный домен',
    );
    expect(readFileSync(join(p.outDir, 'previous.txt'), 'utf8')).toBe('the last good build');
  });

  it('checks prefixes by the documented rules: https, a full domain, a path', () => {
    expect(allowlistPrefixProblems('https://www.google.com/')).toEqual([]);
    expect(allowlistPrefixProblems('https://*.region.example/')).toEqual([]);
    expect(allowlistPrefixProblems('https://www.google.com')).toEqual([
      '«https://www.google.com»: после домена нужен путь, хотя бы «/»',
    ]);
    expect(allowlistPrefixProblems('http://www.google.com/')).toEqual([
      '«http://www.google.com/»: Google принимает в urlFetchWhitelist только адреса https://',
    ]);
    expect(allowlistPrefixProblems('https://localhost/')).toHaveLength(1);
    expect(allowlistPrefixProblems('https://наставник.рф/')).toEqual([]);
  });
});
