// Checks a production install (`npm ci --omit=dev` on a built tree): `npm start` on a free loopback
// port, the dashboard page after logging in, its client script and styles, then stops the service.
// Run from the installed tree: `node scripts/check-production.mjs`. Exit code 0 when all answered.
// startService and fetchDashboard are also what bench/production.ts measures the built service with.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the service with an empty embedded store and a fresh admin token on a free loopback port.
 * `command` is `npm start` by default; `label` names it in the messages.
 */
export async function startService({
  cwd = process.cwd(),
  command = ['npm', 'start', '--silent'],
  label = 'npm start',
} = {}) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const adminToken = randomBytes(32).toString('hex');
  const dataDir = mkdtempSync(join(tmpdir(), 'nastavnik-production-'));
  let output = '';
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      ADMIN_TOKEN: adminToken,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      BACKUP_INTERVAL_HOURS: '0',
    },
    detached: true, // its own process group: npm and the node it starts are stopped together
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return {
    base,
    adminToken,
    pid: child.pid,
    output: () => output,
    /** Waits until /healthz answers; the milliseconds since the start. */
    async ready() {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`${label} завершился с кодом ${child.exitCode}`);
        if (performance.now() - started > 60_000) throw new Error(`${label} не ответил на /healthz за 60 с`);
        if (
          await fetch(`${base}/healthz`).then(
            (r) => r.ok,
            () => false,
          )
        )
          return performance.now() - started;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => (child.exitCode === null && child.signalCode === null ? child.once('exit', r) : r()));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function get(base, path, headers = {}) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers, redirect: 'manual' });
  const body = await response.text();
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}\n${body.slice(0, 500)}`);
  return { type: response.headers.get('content-type') ?? '', body, ms: performance.now() - started };
}

/**
 * Logs in with the admin token, then fetches the dashboard page, its client script (timed) and its
 * styles; throws in Russian when one of them is missing or wrong.
 */
export async function fetchDashboard(service) {
  const login = await fetch(`${service.base}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: service.adminToken }),
    redirect: 'manual',
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  if (login.status !== 303 || !cookie) throw new Error(`вход в панель: ${login.status}`);
  const page = await get(service.base, '/', { cookie });
  const script = /<script[^>]*\ssrc="([^"]+)"/.exec(page.body)?.[1];
  const style = /<link[^>]*\shref="([^"]+\.css)"/.exec(page.body)?.[1];
  if (!page.body.includes('id="app"') || !script || !style)
    throw new Error(`страница панели без приложения, скрипта или стилей:\n${page.body.slice(0, 500)}`);
  const js = await get(service.base, script);
  if (!js.type.startsWith('text/javascript') || js.body.length < 1_000)
    throw new Error(`${script}: ${js.type}, ${js.body.length} байт`);
  const css = await get(service.base, style);
  if (!css.type.startsWith('text/css') || css.body.length < 100)
    throw new Error(`${style}: ${css.type}, ${css.body.length} байт`);
  return {
    script: { path: script, length: js.body.length, ms: js.ms },
    style: { path: style, length: css.body.length },
  };
}

async function main() {
  const service = await startService();
  try {
    await service.ready();
    const { script, style } = await fetchDashboard(service);
    const served = `панель показателей, ${script.path} (${Math.round(script.length / 1024)} КБ), ${style.path} (${Math.round(style.length / 1024)} КБ)`;
    console.log(`Рабочая установка: npm start отвечает на ${service.base}: ${served}.`);
  } catch (error) {
    console.error(
      `Рабочая установка не работает: ${error instanceof Error ? error.message : error}\n--- вывод сервиса ---\n${service.output()}`,
    );
    process.exitCode = 1;
  } finally {
    await service.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
