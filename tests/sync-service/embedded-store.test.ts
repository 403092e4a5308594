// The embedded store's file: integrity check at start, damage found at run time, backups and
// restore, one service per DATA_DIR, file modes.
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleBackups } from '../../sync-service/src/store/backup-schedule';
import { openStore, SQLITE_FILE } from '../../sync-service/src/store';
import { BACKUP_DIR, backupDataDir, listBackups, makeBackup } from '../../sync-service/src/store/backup';
import { LOCK_FILE } from '../../sync-service/src/store/data-dir-lock';
import { sampleReport } from '../report/sample-report';
import { ADMIN_TOKEN, errorOf, registerSchool, startService } from './harness';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-file-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs a package script (`npm run <name>`) with DATA_DIR; resolves to its exit code and output. */
function npmRun(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', ...args], {
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A store with `schools` schools and a report each, closed again. */
async function filledDataDir(schools: number): Promise<string> {
  const dir = dataDir();
  const service = await startService({ dataDir: dir });
  for (let i = 1; i <= schools; i++) {
    const id = `F-${i}`;
    const token = await registerSchool(service, { id });
    await service.json('POST', '/api/v1/reports', 201, { token, body: sampleReport({ id }) });
  }
  await service.close();
  return dir;
}

/** Random bytes over the pages in the middle half of the file. */
function damageMiddle(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  const junk = Buffer.alloc(4096, 0xa5);
  for (let at = Math.floor(size / 4 / 4096) * 4096; at < (size * 3) / 4; at += 4096)
    writeSync(fd, junk, 0, junk.length, at);
  closeSync(fd);
}

describe('embedded store file', () => {
  it('creates DATA_DIR 0700 and the database files 0600', async () => {
    const dir = join(dataDir(), 'data');
    const store = await openStore({ dataDir: dir });
    await store.schools.create(
      { id: 'M1', name: 'Школа', municipality: 'М', kind: 'school', source: { type: 'push' } },
      'hash-m1',
      new Date(),
    );
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(dir).filter((f) => f.startsWith(SQLITE_FILE)))
      expect(statSync(join(dir, f)).mode & 0o777, f).toBe(0o600);
    expect(readdirSync(dir)).toContain(`${SQLITE_FILE}-wal`);
    await store.close();
  });

  it('refuses a damaged file at start, naming the backups and the restore command', async () => {
    const dir = await filledDataDir(40);
    damageMiddle(join(dir, SQLITE_FILE));
    const error = await openStore({ dataDir: dir }).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/повреждён/);
    expect((error as Error).message).toContain('npm run restore');
    expect((error as Error).message).toContain(join(dir, BACKUP_DIR));
    // The refusal leaves the directory free for the restore.
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('answers 503 and refuses writes once the file shows damage while running', async () => {
    const dir = await filledDataDir(40);
    const service = await startService({ dataDir: dir }, { logInfo: () => undefined });
    try {
      expect((await service.call('GET', '/healthz')).status).toBe(200);
      await service.store.driver.execute('PRAGMA cache_size = 1');
      damageMiddle(join(dir, SQLITE_FILE));
      const read = await service.call('GET', '/api/v1/indicators?period=2024', { token: ADMIN_TOKEN });
      expect(read.status).toBe(503);
      expect(read.headers.get('retry-after')).not.toBeNull();
      expect((await errorOf(read)).message).toMatch(/повреждён.*резервной копии/);
      const health = await service.call('GET', '/healthz');
      expect(health.status).toBe(503);
      expect(((await health.json()) as { reason: string }).reason).toMatch(/повреждён/);
      const write = await service.call('POST', '/api/v1/schools', {
        token: ADMIN_TOKEN,
        body: { id: 'NEW', name: 'Школа', municipality: 'М', kind: 'school' },
      });
      expect(write.status).toBe(503);
    } finally {
      await service.close();
    }
  });

  it('backs up online with rotation, and `npm run restore` brings the data back, keeping the replaced file', async () => {
    const dir = await filledDataDir(3);
    const service = await startService({ dataDir: dir });
    try {
      // Online, while the service runs: the store's own scheduled copy and the separate command.
      const t0 = Date.UTC(2026, 0, 1);
      for (let i = 0; i < 4; i++)
        await makeBackup(dir, service.store.sqliteFile!.backup, 3, new Date(t0 + i * 3600_000));
      expect(listBackups(dir).map((f) => basename(f))).toEqual([
        'nastavnik-20260101T010000Z.sqlite',
        'nastavnik-20260101T020000Z.sqlite',
        'nastavnik-20260101T030000Z.sqlite',
      ]);
      for (const f of listBackups(dir)) expect(statSync(f).mode & 0o777).toBe(0o600);
      const cli = await npmRun(['backup'], { DATA_DIR: dir, BACKUP_KEEP: '3' });
      expect(cli.code, cli.output).toBe(0);
      expect(cli.output).toContain('Резервная копия создана');
      expect(listBackups(dir)).toHaveLength(3);
      // Restoring while the service runs is refused.
      const busy = await npmRun(['restore', '--', listBackups(dir).at(-1)!], { DATA_DIR: dir });
      expect(busy.code).toBe(1);
      expect(busy.output).toContain(`pid ${process.pid}`);
    } finally {
      await service.close();
    }
    const newest = listBackups(dir).at(-1)!;
    damageMiddle(join(dir, SQLITE_FILE));
    await expect(openStore({ dataDir: dir })).rejects.toThrow(/повреждён/);
    const restored = await npmRun(['restore', '--', newest], { DATA_DIR: dir });
    expect(restored.code, restored.output).toBe(0);
    expect(readdirSync(dir).some((f) => /^nastavnik\.sqlite\.replaced-\d{8}T\d{6}Z$/.test(f))).toBe(true);
    const back = await startService({ dataDir: dir });
    try {
      const { revisions } = await back.json('GET', '/api/v1/schools/F-3/reports', 200, { token: ADMIN_TOKEN });
      expect(revisions).toHaveLength(1);
    } finally {
      await back.close();
    }
  });

  it('a second service on the same DATA_DIR refuses to start, naming the first; a stale lock is taken over', async () => {
    const dir = dataDir();
    const first = await startService({ dataDir: dir });
    try {
      const second = await npmRun(['start'], { DATA_DIR: dir, PORT: '0', ADMIN_TOKEN });
      expect(second.code).toBe(1);
      expect(second.output).toContain(`pid ${process.pid}`);
      expect(second.output).toMatch(/уже использует другой процесс/);
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    // A lock left by a process that is gone (pid far above pid_max).
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 30, startedAt: '2026-01-01T00:00:00Z' }));
    const store = await openStore({ dataDir: dir });
    await store.close();
  });

  it('`npm run backup` copies from its own connection what the running store has written', async () => {
    const dir = await filledDataDir(1);
    const store = await openStore({ dataDir: dir });
    try {
      await store.schools.create(
        { id: 'LATE', name: 'Школа', municipality: 'М', kind: 'school', source: { type: 'push' } },
        'hash-late',
        new Date(),
      );
      const file = await backupDataDir(dir, 2, new Date(Date.UTC(2026, 5, 1)));
      const copy = new Database(file, { readonly: true });
      expect(copy.prepare('SELECT id FROM schools ORDER BY id').all()).toEqual([{ id: 'F-1' }, { id: 'LATE' }]);
      copy.close();
    } finally {
      await store.close();
    }
  });

  it('copies on a schedule: ten minutes after a first start, then every interval, keeping the newest', async () => {
    const dir = dataDir();
    const store = await openStore({ dataDir: dir });
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] });
    const lines: string[] = [];
    let logged: (() => void) | undefined;
    const schedule = scheduleBackups(store, dir, { intervalHours: 1, keep: 2 }, (l) => {
      lines.push(l);
      logged?.();
    })!;
    try {
      // Each started copy logs one line when done: wait for the n-th (the copy itself is real I/O).
      const copies = async (n: number) => {
        while (lines.length < n) await new Promise<void>((resolve) => (logged = resolve));
        return listBackups(dir).length;
      };
      await vi.advanceTimersByTimeAsync(9 * 60_000);
      expect(listBackups(dir)).toEqual([]);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(await copies(1)).toBe(1);
      for (let hour = 1; hour <= 3; hour++) {
        await vi.advanceTimersByTimeAsync(3600_000);
        expect(await copies(1 + hour)).toBe(Math.min(2, 1 + hour));
      }
      expect(lines[0]).toMatch(/^Резервная копия базы: .*nastavnik-\d{8}T\d{6}Z\.sqlite$/);
    } finally {
      schedule.stop();
      vi.useRealTimers();
      await store.close();
    }
  });
});
