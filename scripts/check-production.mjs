// Checks a production install (`npm ci --omit=dev` on a built tree): `npm start` on a free loopback
// port, the dashboard page after logging in, its client script and styles, then stops the service.
// Run from the installed tree: `node scripts/check-production.mjs`. Exit code 0 when all answered.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const adminToken = randomBytes(32).toString('hex');
const dataDir = mkdtempSync(join(tmpdir(), 'nastavnik-production-'));
let output = '';
const child = spawn('npm', ['start', '--silent'], {
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

async function get(path, headers = {}) {
  const response = await fetch(`${base}${path}`, { headers, redirect: 'manual' });
  const body = await response.text();
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}\n${body.slice(0, 500)}`);
  return { type: response.headers.get('content-type') ?? '', body };
}

async function check() {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start завершился с кодом ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('npm start не ответил на /healthz за 60 с');
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${base}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: adminToken }),
    redirect: 'manual',
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  if (login.status !== 303 || !cookie) throw new Error(`вход в панель: ${login.status}`);
  const page = await get('/', { cookie });
  const script = /<script[^>]*\ssrc="([^"]+)"/.exec(page.body)?.[1];
  const style = /<link[^>]*\shref="([^"]+\.css)"/.exec(page.body)?.[1];
  if (!page.body.includes('id="app"') || !script || !style)
    throw new Error(`страница панели без приложения, скрипта или стилей:\n${page.body.slice(0, 500)}`);
  const js = await get(script);
  if (!js.type.startsWith('text/javascript') || js.body.length < 1_000)
    throw new Error(`${script}: ${js.type}, ${js.body.length} байт`);
  const css = await get(style);
  if (!css.type.startsWith('text/css') || css.body.length < 100)
    throw new Error(`${style}: ${css.type}, ${css.body.length} байт`);
  return `панель показателей, ${script} (${Math.round(js.body.length / 1024)} КБ), ${style} (${Math.round(css.body.length / 1024)} КБ)`;
}

try {
  const served = await check();
  console.log(`Рабочая установка: npm start отвечает на ${base}: ${served}.`);
} catch (error) {
  console.error(
    `Рабочая установка не работает: ${error instanceof Error ? error.message : error}\n--- вывод сервиса ---\n${output}`,
  );
  process.exitCode = 1;
} finally {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r()));
  rmSync(dataDir, { recursive: true, force: true });
}
