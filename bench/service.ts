// Sync service benchmarks: consolidation in memory, pushes against a real `npm start`, idle memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { consolidate, type CurrentReport, type RegisteredSchool } from '../shared/indicators';
import type { SchoolReport } from '../shared/report';
import { openStore, type Store } from '../sync-service/src/store';
import { demoReport } from '../sync-service/src/demo/reports';
import { demoEnterprises, type DemoOrganisation } from '../sync-service/src/demo/region';

const REPORTS = 2_000;
const CLIENTS = 50;
const GOALS = { consolidationMs: 1_000, reportsPerSecond: 300, idleRssMb: 300, readGrowth: 1.2, xlsxP95Ms: 1_000 };
const READ_SCHOOLS = 300;
const READ_REVISIONS = 30_000;
const EXPORT_CLIENTS = 200;
const EXPORT_DOWNLOADS = 40;
const PERIOD = String(new Date().getFullYear());
const KINDS = ['school', 'school', 'school', 'college', 'additional'] as const;

function line(name: string, value: string, goal: string, ok: boolean | null): void {
  const mark = ok === null ? ' ' : ok ? '✓' : '✗';
  console.log(`  ${mark} ${name.padEnd(48)} ${value.padStart(14)}   ${goal}`);
}

/** `count` plausible reports from as many organisations in 50 municipalities. */
export function benchReports(count: number): SchoolReport[] {
  const enterprises = demoEnterprises();
  return Array.from({ length: count }, (_, i) => {
    const org: DemoOrganisation = {
      id: `b-${String(i + 1).padStart(5, '0')}`,
      name: `МБОУ «СОШ № ${i + 1}»`,
      kind: KINDS[i % KINDS.length],
      municipality: `Муниципалитет № ${(i % 50) + 1}`,
      size: 1,
    };
    return demoReport(org, PERIOD, 'current', enterprises);
  });
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function benchConsolidation(reports: SchoolReport[]): void {
  const schools: RegisteredSchool[] = reports.map((r) => ({ ...r.school }));
  const current: CurrentReport[] = reports.map((report) => ({
    schoolId: report.school.id,
    receivedAt: new Date().toISOString(),
    report,
  }));
  const region = { name: 'Регион', enterprises: 5_000, population: { children10to19: 1_000_000 }, targets: {} };
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const tables = consolidate({ period: PERIOD, region, schools, reports: current });
    runs.push(performance.now() - start);
    if (tables.schools.length !== reports.length) throw new Error('consolidation lost reports');
  }
  line(
    `consolidation of ${REPORTS.toLocaleString('en')} reports, first run`,
    `${runs[0].toFixed(1)} ms`,
    `goal ≤ ${GOALS.consolidationMs} ms`,
    runs[0] <= GOALS.consolidationMs,
  );
  line(
    `consolidation of ${REPORTS.toLocaleString('en')} reports, median of 5`,
    `${median(runs).toFixed(1)} ms`,
    `goal ≤ ${GOALS.consolidationMs} ms`,
    median(runs) <= GOALS.consolidationMs,
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Parent pid of every process, from /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      map.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process has exited meanwhile
    }
  }
  return map;
}

function descendants(root: number): number[] {
  const ppid = parents();
  const found = [root];
  for (let i = 0; i < found.length; i++) for (const [pid, parent] of ppid) if (parent === found[i]) found.push(pid);
  return found;
}

/** The process of the tree that holds the listening socket (npm → sh → tsx → node: only the last one serves). */
function listeningPid(root: number, port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const row of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = row.trim().split(/\s+/);
      if (cols.length > 9 && cols[1].endsWith(`:${hexPort}`) && cols[3] === '0A') inodes.add(cols[9]);
    }
  }
  for (const pid of descendants(root)) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (inodes.has(target.slice('socket:['.length, -1))) return pid;
      }
    } catch {
      // not ours to read, or gone
    }
  }
  throw new Error(`no process of the server tree listens on port ${port}`);
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

async function waitForHealth(base: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`npm start did not answer /healthz within 60 s:\n${log()}`);
}

async function runPool<T>(items: T[], workers: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}

async function benchServer(reports: SchoolReport[]): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'nastavnik-bench-'));
  const adminToken = randomBytes(32).toString('hex');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = '';
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      ADMIN_TOKEN: adminToken,
      PORT: String(port),
      DATABASE_URL: '',
      REPORT_REVISIONS_PER_DAY: '100000',
      BACKUP_INTERVAL_HOURS: '0',
    },
    detached: true, // its own process group, so the whole npm → tsx → node tree is stopped together
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  try {
    await waitForHealth(base, child, () => output);
    const startupMs = performance.now() - started;
    await new Promise((r) => setTimeout(r, 1_000));
    const server = listeningPid(child.pid!, port);
    const idle = rssMb(server);
    const tree = descendants(child.pid!).reduce((sum, pid) => sum + rssMb(pid), 0);

    const admin = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
    const tokens = new Map<string, string>();
    await runPool(reports, 10, async (r) => {
      const res = await fetch(`${base}/api/v1/schools`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify(r.school),
      });
      if (res.status !== 201) throw new Error(`registering ${r.school.id}: ${res.status} ${await res.text()}`);
      tokens.set(r.school.id, ((await res.json()) as { token: string }).token);
    });

    const latencies: number[] = [];
    let failures = 0;
    const pushStart = performance.now();
    await runPool(reports, CLIENTS, async (r) => {
      const t0 = performance.now();
      try {
        const res = await fetch(`${base}/api/v1/reports`, {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens.get(r.school.id)}`, 'content-type': 'application/json' },
          body: JSON.stringify(r),
        });
        await res.arrayBuffer();
        if (res.status !== 201) failures++;
      } catch {
        failures++;
      }
      latencies.push(performance.now() - t0);
    });
    const seconds = (performance.now() - pushStart) / 1000;
    latencies.sort((a, b) => a - b);
    const perSecond = reports.length / seconds;

    const get = async (path: string) => {
      const t0 = performance.now();
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${adminToken}` } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return performance.now() - t0;
    };
    const indicatorsMs = await get(`/api/v1/indicators?period=${PERIOD}`);
    const xlsxMs = await get(`/api/v1/indicators.xlsx?period=${PERIOD}`);
    const loaded = rssMb(server);

    // XLSX downloads while EXPORT_CLIENTS schools keep pushing changed reports.
    let pushing = true;
    let pushed = 0;
    const pushers = reports.slice(0, EXPORT_CLIENTS).map(async (r) => {
      for (let n = 1; pushing; n++) {
        const res = await fetch(`${base}/api/v1/reports`, {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens.get(r.school.id)}`, 'content-type': 'application/json' },
          body: JSON.stringify({ ...r, practices: r.practices + n }),
        });
        await res.arrayBuffer();
        pushed++;
      }
    });
    const downloads: number[] = [];
    for (let i = 0; i < EXPORT_DOWNLOADS; i++) downloads.push(await get(`/api/v1/indicators.xlsx?period=${PERIOD}`));
    pushing = false;
    await Promise.all(pushers);
    downloads.sort((a, b) => a - b);

    line('npm start: ready (/healthz answers)', `${(startupMs / 1000).toFixed(2)} s`, '', null);
    line(
      'idle RSS of the serving node process',
      `${idle.toFixed(0)} MB`,
      `goal ≤ ${GOALS.idleRssMb} MB`,
      idle <= GOALS.idleRssMb,
    );
    line('  (whole tree npm + sh + tsx + node)', `${tree.toFixed(0)} MB`, '', null);
    line(
      `pushes, ${CLIENTS} concurrent clients, ${reports.length} reports`,
      `${perSecond.toFixed(0)} reports/s`,
      `goal ≥ ${GOALS.reportsPerSecond} reports/s`,
      perSecond >= GOALS.reportsPerSecond,
    );
    line('  failed requests', String(failures), 'goal 0', failures === 0);
    line('  latency p50', `${percentile(latencies, 50).toFixed(1)} ms`, '', null);
    line('  latency p95', `${percentile(latencies, 95).toFixed(1)} ms`, '', null);
    line('  latency max', `${latencies[latencies.length - 1].toFixed(1)} ms`, '', null);
    line(`GET /api/v1/indicators, ${reports.length} reports`, `${indicatorsMs.toFixed(0)} ms`, '', null);
    line(`GET /api/v1/indicators.xlsx, ${reports.length} reports`, `${xlsxMs.toFixed(0)} ms`, '', null);
    line('RSS of the serving process after the load', `${loaded.toFixed(0)} MB`, '', null);
    line(
      `XLSX under ${EXPORT_CLIENTS} pushing clients, p50 (${EXPORT_DOWNLOADS} downloads)`,
      `${percentile(downloads, 50).toFixed(0)} ms`,
      '',
      null,
    );
    line(
      `XLSX under ${EXPORT_CLIENTS} pushing clients, p95`,
      `${percentile(downloads, 95).toFixed(0)} ms`,
      `goal < ${GOALS.xlsxP95Ms} ms`,
      percentile(downloads, 95) < GOALS.xlsxP95Ms,
    );
    line('  pushes answered meanwhile', String(pushed), '', null);
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 300));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The region's current reports grouped over every revision: how reads were made before the pointer. */
const GROUPED_READ = `SELECT r.school_id, r.received_at, r.report FROM report_revisions r
  JOIN (SELECT school_id, MAX(revision) AS revision FROM report_revisions WHERE period = $1 GROUP BY school_id) latest
    ON latest.school_id = r.school_id AND latest.revision = r.revision WHERE r.period = $1`;

/** Fills a store with 300 schools and `perSchool` revisions each, all of one period. */
async function fillReads(store: Store, reports: SchoolReport[], perSchool: number): Promise<void> {
  const schools = reports.slice(0, READ_SCHOOLS);
  const at = new Date();
  for (const r of schools)
    await store.schools.create({ ...r.school, source: { type: 'push' } }, `bench-${r.school.id}`, at);
  for (let n = 0; n < perSchool; n++) {
    for (const r of schools) await store.reports.add(r.school.id, { ...r, practices: r.practices + n }, 'push', at);
  }
  const [{ total }] = await store.driver.query<{ total: number }>('SELECT COUNT(*) AS total FROM report_revisions');
  if (Number(total) !== READ_SCHOOLS * perSchool)
    throw new Error(`expected ${READ_SCHOOLS * perSchool} revisions, found ${total}`);
  if ((await store.reports.current(PERIOD)).length !== READ_SCHOOLS) throw new Error('current reports lost');
  // Steady state, as autovacuum leaves it: otherwise the vacuum of the freshly filled table runs during the reads.
  if (store.driver.dialect === 'postgres') await store.driver.execute('VACUUM ANALYZE');
}

/** Medians of alternating calls, so that load on the machine weighs on both sides alike. */
async function alternating(
  runs: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[number, number]> {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [fn, times] of [
      [a, ta],
      [b, tb],
    ] as const) {
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
  }
  return [median(ta), median(tb)];
}

/** Reading a period's current reports with 300 schools: a store with 300 revisions beside one with 30,000. */
async function benchReads(name: string, small: Store, large: Store, reports: SchoolReport[]): Promise<void> {
  await fillReads(small, reports, 1);
  await fillReads(large, reports, READ_REVISIONS / READ_SCHOOLS);
  const read = (store: Store) => () => store.reports.current(PERIOD);
  const grouped = (store: Store) => () => store.driver.query(GROUPED_READ, [PERIOD]);
  await alternating(10, read(small), read(large)); // warm-up: JIT and caches
  const [s, l] = await alternating(60, read(small), read(large));
  const [gs, gl] = await alternating(30, grouped(small), grouped(large));
  const growth = l / s;
  line(`${name}: read of a period, ${READ_SCHOOLS} revisions (median)`, `${s.toFixed(2)} ms`, '', null);
  line(`${name}: same read, ${READ_REVISIONS.toLocaleString('en')} revisions (median)`, `${l.toFixed(2)} ms`, '', null);
  line(
    `${name}:   growth 300 → 30,000 revisions`,
    `×${growth.toFixed(2)}`,
    `goal ≤ ×${GOALS.readGrowth}`,
    growth <= GOALS.readGrowth,
  );
  line(
    `${name}:   (grouping over all revisions: ${gs.toFixed(1)} → ${gl.toFixed(1)} ms)`,
    `×${(gl / gs).toFixed(2)}`,
    '',
    null,
  );
}

export async function benchReadLatency(reports: SchoolReport[]): Promise<void> {
  const dirs = [
    mkdtempSync(join(tmpdir(), 'nastavnik-bench-reads-')),
    mkdtempSync(join(tmpdir(), 'nastavnik-bench-reads-')),
  ];
  const [small, large] = await Promise.all(dirs.map((dataDir) => openStore({ dataDir })));
  try {
    await benchReads('SQLite', small, large, reports);
  } finally {
    await Promise.all([small.close(), large.close()]);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    line('PostgreSQL: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to measure it too', '—', '', null);
    return;
  }
  const pg = (await import('pg')).default;
  const schemas = [`bench_${randomBytes(6).toString('hex')}`, `bench_${randomBytes(6).toString('hex')}`];
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const stores: Store[] = [];
  try {
    for (const schema of schemas) {
      await admin.query(`CREATE SCHEMA ${schema}`);
      const location = new URL(url);
      location.searchParams.set('options', `-c search_path=${schema}`);
      stores.push(await openStore({ databaseUrl: location.toString() }));
    }
    await benchReads('PostgreSQL', stores[0], stores[1], reports);
  } finally {
    await Promise.all(stores.map((st) => st.close()));
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

export async function benchService(): Promise<void> {
  console.log('Sync service');
  const reports = benchReports(REPORTS);
  benchConsolidation(reports);
  await benchReadLatency(reports);
  await benchServer(reports);
}
