// Production footprint, before and after the production build: start-up and memory of `npm start`
// (built service, dashboard client served from dist), `nastavnik --help`, the size of node_modules
// (all of it, and what `npm ci --omit=dev` installs), and the add-on's Code.js (size, what it is
// made of, cold evaluation in the Apps Script stand-in). "Before" is commit 1b5dac7, built from git
// beside the current tree and measured in the same run (times on a shared machine vary up to 3×
// between runs; side by side they are comparable). Without that commit in the clone, the figures
// recorded for it on the same machine are shown (times: the best of four runs).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildAddon, defaultOptions } from '../addon/build';
import { createAppsScript } from '../testkit/apps-script';
import { loadBundle } from '../testkit/apps-script/bundle';
import { fetchDashboard, startService } from '../scripts/check-production.mjs';

const ROOT = join(import.meta.dirname, '..');

/** Figures recorded for commit 1b5dac7 (dashboard client bundled by esbuild on first request, `googleapis`, classic zod in Code.js). */
const BEFORE = {
  commit: '1b5dac7',
  startMs: 615,
  idleRssMb: 100,
  firstScriptMs: 188,
  rssAfterScriptMb: 103,
  helpMs: 126,
  nodeModulesMb: 723,
  prodModulesMb: 338,
  codeKb: 636,
  zodKb: 190,
  evalMs: 37,
};

function line(name: string, before: string, now: string, note = ''): void {
  console.log(`    ${name.padEnd(46)} ${before.padStart(10)} → ${now.padEnd(10)} ${note}`);
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

interface ServiceFigures {
  startMs: number;
  idleRssMb: number;
  firstScriptMs: number;
  rssAfterScriptMb: number;
  scriptKb: number;
}

/** `node dist/service/main.js` (what `npm start` runs) until /healthz answers, then the dashboard and its script. */
async function measureService(root: string): Promise<ServiceFigures> {
  const service = await startService({
    cwd: root,
    command: [process.execPath, '--enable-source-maps', 'dist/service/main.js'],
    label: 'node dist/service/main.js',
  });
  try {
    const startMs = await service.ready();
    await new Promise((r) => setTimeout(r, 1_000));
    const idleRssMb = rssMb(service.pid);
    const { script } = await fetchDashboard(service);
    await new Promise((r) => setTimeout(r, 500));
    return {
      startMs,
      idleRssMb,
      firstScriptMs: script.ms,
      rssAfterScriptMb: rssMb(service.pid),
      scriptKb: script.length / 1024,
    };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${service.output()}`, { cause: error });
  } finally {
    await service.stop();
  }
}

function helpMs(root: string): number {
  const runs = Array.from({ length: 5 }, () => {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [join(root, 'dist/cli/nastavnik.js'), '--help'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`nastavnik --help: ${run.stderr}`);
    return performance.now() - t0;
  });
  return Math.min(...runs);
}

/** Disk usage in MB (like `du`) of the folders, each without its nested node_modules when asked. */
function diskMb(dirs: string[], withoutNested = false): number {
  if (dirs.length === 0) return 0;
  let kb = 0;
  for (let i = 0; i < dirs.length; i += 200) {
    const args = ['-sk', ...(withoutNested ? ['--exclude=node_modules'] : []), ...dirs.slice(i, i + 200)];
    const run = spawnSync('du', args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    kb += run.stdout.split('\n').reduce((sum, row) => sum + (Number(row.split('\t')[0]) || 0), 0);
  }
  return kb / 1024;
}

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
}

/** The folders `npm ci --omit=dev` installs, by package-lock.json (optional ones only when present here). */
function productionPackages(modules: string): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev)
    .map(([path]) => join(modules, path.slice('node_modules/'.length)))
    .filter((dir) => existsSync(dir));
}

function moduleSizes(): { allMb: number; prodMb: number; googleapisMb: number; googleapisDeclared: boolean } {
  const modules = realpathSync(join(ROOT, 'node_modules'));
  const prod = productionPackages(modules);
  const googleapis = join(modules, 'googleapis');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return {
    allMb: diskMb([modules]),
    prodMb: diskMb(prod, true),
    googleapisMb: existsSync(googleapis) ? diskMb([googleapis], true) : 0,
    googleapisDeclared: Boolean(manifest.dependencies?.googleapis),
  };
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** Evaluates each Code.js in fresh stand-in contexts, alternating, as Apps Script does at every execution; best of 15. */
function evaluationMs(codes: string[]): number[] {
  const best = codes.map(() => Infinity);
  for (let i = 0; i < 15; i++) {
    codes.forEach((code, k) => {
      const gas = createAppsScript();
      // A distinct tail every run, so V8's compilation cache never serves an earlier compile: each
      // evaluation parses and runs the whole file, as a cold Apps Script execution does.
      const t0 = performance.now();
      loadBundle(gas, `${code}\n// evaluation ${i} ${randomBytes(4).toString('hex')}\n`);
      best[k] = Math.min(best[k], performance.now() - t0);
    });
  }
  return best;
}

/**
 * The base commit's tree (git archive) beside this one, sharing node_modules, with its dist/ and
 * Code.js built, so that "before" is measured now, under the same load; null without that commit.
 */
function baseTree(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-bench-base-'));
  const steps: Array<[string, string[]]> = [
    ['sh', ['-c', `git -C "${ROOT}" archive ${BEFORE.commit} | tar -x -C "${dir}"`]],
    ['ln', ['-s', realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules')]],
    [process.execPath, ['scripts/build-node.mjs']],
    [process.execPath, ['--import', 'tsx', 'addon/build.ts']],
  ];
  for (const [command, args] of steps) {
    if (spawnSync(command, args, { cwd: dir, encoding: 'utf8' }).status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      return null;
    }
  }
  return dir;
}

async function serviceFigures(root: string): Promise<ServiceFigures> {
  const runs: ServiceFigures[] = [];
  for (let i = 0; i < 3; i++) runs.push(await measureService(root));
  return {
    startMs: Math.min(...runs.map((r) => r.startMs)),
    idleRssMb: median(runs.map((r) => r.idleRssMb)),
    firstScriptMs: Math.min(...runs.map((r) => r.firstScriptMs)),
    rssAfterScriptMb: median(runs.map((r) => r.rssAfterScriptMb)),
    scriptKb: runs[0].scriptKb,
  };
}

export async function benchProduction(): Promise<void> {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-node.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build: ${build.stderr}`);
  const base = baseTree();
  console.log(
    base
      ? `\nProduction footprint: before = commit ${BEFORE.commit} built and measured now beside the current tree`
      : `\nProduction footprint: before = commit ${BEFORE.commit} as recorded (${BEFORE.commit} is not in this clone)`,
  );
  try {
    const ms = (n: number) => `${n.toFixed(0)} ms`;
    const mb = (n: number) => `${n.toFixed(0)} MB`;
    const kb = (n: number) => `${n.toFixed(0)} KB`;
    const service = await serviceFigures(ROOT);
    const before = base ? await serviceFigures(base) : BEFORE;
    console.log('  Service, built (node dist/service/main.js, what npm start runs; embedded store)');
    line('start until /healthz answers, best of 3', ms(before.startMs), ms(service.startMs));
    line('RSS, idle (median of 3)', mb(before.idleRssMb), mb(service.idleRssMb));
    line(
      'first GET of the dashboard script, best of 3',
      ms(before.firstScriptMs),
      ms(service.firstScriptMs),
      `(${kb(service.scriptKb)})`,
    );
    line('RSS after it', mb(before.rssAfterScriptMb), mb(service.rssAfterScriptMb));
    console.log('  CLI');
    line('nastavnik --help, best of 5', ms(base ? helpMs(base) : BEFORE.helpMs), ms(helpMs(ROOT)));

    const sizes = moduleSizes();
    console.log('  node_modules (disk usage)');
    line('all, with dev tools', mb(BEFORE.nodeModulesMb), mb(sizes.allMb - sizes.googleapisMb));
    line('npm ci --omit=dev (production packages)', mb(BEFORE.prodModulesMb), mb(sizes.prodMb - sizes.googleapisMb));
    if (sizes.googleapisMb > 0) {
      const why = sizes.googleapisDeclared
        ? 'still in package.json: `npm uninstall googleapis` pending'
        : 'left from an earlier install';
      console.log(
        `      (after = without node_modules/googleapis, ${sizes.googleapisMb.toFixed(0)} MB, which nothing imports; ${why})`,
      );
    }

    const outDir = mkdtempSync(join(tmpdir(), 'nastavnik-bench-addon-'));
    try {
      const built = await buildAddon({ ...defaultOptions(), outDir });
      const code = readFileSync(join(outDir, 'Code.js'), 'utf8');
      const baseCode = base ? readFileSync(join(base, 'dist/addon/Code.js'), 'utf8') : null;
      const [evalMs, baseEvalMs] = evaluationMs(baseCode ? [code, baseCode] : [code]);
      const zod = built.codeBytesByOrigin.zod ?? 0;
      console.log('  Add-on Code.js (Apps Script stand-in)');
      line('size', kb(baseCode ? Buffer.byteLength(baseCode) / 1024 : BEFORE.codeKb), kb(built.codeBytes / 1024));
      line('  of it zod', kb(BEFORE.zodKb), kb(zod / 1024));
      line('cold evaluation, best of 15', `${(baseEvalMs ?? BEFORE.evalMs).toFixed(1)} ms`, `${evalMs.toFixed(1)} ms`);
      const origins = Object.entries(built.codeBytesByOrigin).sort((a, b) => b[1] - a[1]);
      console.log(`      by origin now: ${origins.map(([name, bytes]) => `${name} ${kb(bytes / 1024)}`).join(', ')}`);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  } finally {
    if (base) rmSync(base, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) await benchProduction();
