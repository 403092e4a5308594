// The production install: the built dist/ with only the packages `npm ci --omit=dev` installs (read
// from package-lock.json, hard-linked from node_modules; `googleapis` left out: nothing imports it
// any more and it is to leave package.json), no sources and no dev tools. `prepare`
// keeps dist/ there, and `npm start` serves the dashboard with its client (.ci/run does the same
// with a real `npm ci --omit=dev`).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetRoutes } from '../../sync-service/src/dashboard/assets';

const ROOT = join(import.meta.dirname, '../..');

interface LockEntry {
  dev?: boolean;
}

/** Hard links of a package's files (copies across file systems), without its nested node_modules. */
function linkTree(from: string, to: string, top = true): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (top && name === 'node_modules') continue;
    const source = join(from, name);
    const target = join(to, name);
    const info = lstatSync(source);
    if (info.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (info.isDirectory()) linkTree(source, target, false);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** node_modules as `npm ci --omit=dev` lays it out: the lock's entries that are not dev-only. */
function installProduction(dir: string): string[] {
  const modules = realpathSync(join(ROOT, 'node_modules'));
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const installed: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.startsWith('node_modules/') || entry.dev || path === 'node_modules/googleapis') continue;
    const source = join(modules, path.slice('node_modules/'.length));
    if (!existsSync(source)) continue; // an optional package for another platform
    linkTree(source, join(dir, path));
    installed.push(path.slice('node_modules/'.length));
  }
  return installed;
}

function node(cwd: string, args: string[]) {
  return spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, NODE_PATH: '' },
  });
}

let dir: string;
let installed: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nastavnik-production-'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  for (const file of ['package.json', 'package-lock.json', 'scripts/build-node.mjs', 'scripts/check-production.mjs']) {
    cpSync(join(ROOT, file), join(dir, file));
  }
  installed = installProduction(dir);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('production install (npm ci --omit=dev on a built tree)', () => {
  it('has no dev tools: esbuild, tsx and vitest cannot be loaded', () => {
    expect(installed).toContain('hono');
    for (const tool of ['esbuild', 'tsx', 'vitest']) {
      expect(installed).not.toContain(tool);
      const run = node(dir, ['--input-type=module', '-e', `await import('${tool}')`]);
      expect(run.status, tool).not.toBe(0);
      expect(run.stderr).toContain('ERR_MODULE_NOT_FOUND');
    }
  });

  it('prepare keeps the built dist/ and says why', () => {
    const before = readFileSync(join(dir, 'dist/service/main.js'), 'utf8');
    const run = node(dir, ['scripts/build-node.mjs']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      'esbuild не установлен (установка без dev-зависимостей): сборка пропущена, используется уже собранный dist/.',
    );
    expect(readFileSync(join(dir, 'dist/service/main.js'), 'utf8')).toBe(before);
  });

  it('prepare fails with a clear message when there is no dist/ to keep', () => {
    const bare = mkdtempSync(join(tmpdir(), 'nastavnik-production-bare-'));
    try {
      cpSync(join(dir, 'scripts'), join(bare, 'scripts'), { recursive: true });
      const run = node(bare, ['scripts/build-node.mjs']);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        'esbuild не установлен, а собранного dist/ нет. Соберите с dev-зависимостями (npm ci)',
      );
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('npm start serves the dashboard page, its client script and styles', () => {
    const run = node(dir, ['scripts/check-production.mjs']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^Рабочая установка: npm start отвечает на http:\/\/127\.0\.0\.1:\d+: панель показателей, \/assets\/dashboard\.js \(\d+ КБ\)/,
    );
  }, 90_000);

  it('the Google gateway loads from @googleapis/sheets and @googleapis/drive, without googleapis', () => {
    const chunk = readdirSync(join(dir, 'dist/service')).find((f) => /^googleapis-gateway-.*\.js$/.test(f));
    expect(chunk).toBeDefined();
    const probe = `const m = await import('./dist/service/${chunk}'); console.log(Object.keys(m).includes('createGoogleGateway'));`;
    const run = node(dir, ['--input-type=module', '-e', probe]);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('true');
    expect(node(dir, ['--input-type=module', '-e', "await import('googleapis')"]).status).not.toBe(0);
  });

  it('the nastavnik command runs too', () => {
    const run = node(dir, ['dist/cli/nastavnik.js', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Использование:/);
  });

  it('the built client scripts are those the sources give when bundled on request', async () => {
    for (const name of [
      'dashboard.js',
      'admin.js',
      'review.js',
      'catalogue.js',
      'dashboard.css',
      'admin.css',
      'practices.css',
    ]) {
      const fromSources = await (await assetRoutes.request(`/${name}`)).text();
      expect(readFileSync(join(dir, 'dist/service/client', name), 'utf8'), name).toBe(fromSources);
    }
  }, 60_000);
});
