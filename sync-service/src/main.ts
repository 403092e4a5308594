// Node entry of the sync service: `npm start` (embedded store in DATA_DIR, or PostgreSQL with
// DATABASE_URL) and `npm run demo` (a fresh in-memory store with a demo region loaded).
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { generateToken, hashToken } from './auth/token';
import { readConfig, type ServiceConfig } from './config';
import { listen, portErrorMessage, type FetchHandler } from './http/listen';
import { serverOptions } from './http/server-options';
import { openStore, SQLITE_FILE, type Store } from './store';
import { scheduleBackups } from './store/backup-schedule';
import { startSyncFromEnv } from './sync/from-env';

/** The admin token's hash, generating (and printing once) a token when ADMIN_TOKEN is not set. */
async function adminTokenHash(config: ServiceConfig, store: Store): Promise<{ hash: string; token?: string }> {
  if (config.adminToken) return { hash: hashToken(config.adminToken), token: config.adminToken };
  const stored = await store.tokens.generatedAdminHash();
  if (stored) {
    console.log(
      'Токен администратора был создан при первом запуске и показан тогда один раз (хранится только его хеш).',
    );
    console.log('Чтобы задать новый, запустите сервис с переменной ADMIN_TOKEN=<токен>.');
    return { hash: stored };
  }
  const token = generateToken();
  await store.tokens.add(hashToken(token), { role: 'admin', schoolId: null }, new Date());
  console.log('ADMIN_TOKEN не задан — создан токен администратора. Он показан ОДИН раз, сохраните его:');
  console.log(`\n  ${token}\n`);
  console.log('Сервис хранит только его хеш. Чтобы задать свой токен, запустите с ADMIN_TOKEN=<токен>.');
  return { hash: hashToken(token), token };
}

async function main(): Promise<void> {
  const config = readConfig(process.env, process.argv.slice(2));
  // The demo never touches the real data: it lives in memory and is rebuilt at every start.
  const store = config.demo
    ? await openStore({ memory: true })
    : config.databaseUrl
      ? await openStore({ databaseUrl: config.databaseUrl })
      : await openStore({ dataDir: config.dataDir });
  const where = config.demo
    ? 'в памяти (демо)'
    : config.databaseUrl
      ? 'PostgreSQL (DATABASE_URL)'
      : `${config.dataDir}/${SQLITE_FILE}`;

  // The port first: when it is taken, the start ends here, before an admin token is made.
  let handle: FetchHandler = () =>
    new Response('Сервис запускается, повторите запрос через несколько секунд', { status: 503 });
  let server: Awaited<ReturnType<typeof listen>>;
  try {
    server = await listen({ port: config.port, hostname: config.host, serverOptions: serverOptions() }, (request) =>
      handle(request),
    );
  } catch (error) {
    const message = portErrorMessage(error, config.port, config.host);
    if (!message) throw error;
    console.error(message);
    await store.close();
    process.exit(1);
  }

  let admin: { hash: string; token?: string };
  if (config.demo) {
    const token = config.adminToken ?? generateToken();
    admin = { hash: hashToken(token), token };
  } else admin = await adminTokenHash(config, store);

  const backups = store.sqliteFile && !config.demo ? scheduleBackups(store, config.dataDir, config.backup) : undefined;

  // Google pull and regional spreadsheet: only when configured (googleapis is loaded lazily).
  const sync = await startSyncFromEnv(store, process.env);
  const app = createApp({
    store,
    adminTokenHash: admin.hash,
    demo: config.demo,
    limits: config.limits,
    sync: sync.runner,
    onReportAccepted: sync.onReportAccepted,
    onRegionChanged: sync.onReportAccepted,
  });
  if (config.demo) {
    const { loadDemoRegion } = await import('./demo/index');
    await loadDemoRegion(app, admin.token!);
    if (!config.adminToken) console.log(`Токен администратора демо-региона (действует до остановки): ${admin.token}`);
  }

  handle = app.fetch;
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  const { port } = server.address() as AddressInfo;
  console.log(`Сервис «Наставник» работает: http://${host}:${port}/  (данные: ${where})`);
  if (config.host === '127.0.0.1')
    console.log('Доступен только с этого компьютера; чтобы принимать отчёты из сети, задайте HOST=0.0.0.0.');

  const shutdown = () => {
    backups?.stop();
    server.close(() => void sync.stop().finally(() => void store.close().finally(() => process.exit(0))));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error('Сервис не запустился:', error instanceof Error ? error.message : error);
  process.exit(1);
});
