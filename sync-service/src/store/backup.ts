// Backups of the embedded store: online copies into DATA_DIR/backups with rotation, and a restore
// that keeps the file it replaces. PostgreSQL is backed up with pg_dump (README, «Резервные копии»).
import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lockDataDir } from './data-dir-lock';
import { SQLITE_FILE } from './index';

export const BACKUP_DIR = 'backups';
const NAME = /^nastavnik-\d{8}T\d{6}Z\.sqlite$/;

/** `nastavnik-20261204T053900Z.sqlite`: sorts by time. */
export function backupName(at: Date): string {
  return `nastavnik-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')}.sqlite`;
}

/** The backups in DATA_DIR/backups, oldest first. */
export function listBackups(dataDir: string): string[] {
  const dir = join(dataDir, BACKUP_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => NAME.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Problems of a database file by SQLite's integrity check; [] when it is sound. */
export function checkFile(file: string): string[] {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check(20)') as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  } catch (error) {
    return [(error as Error).message];
  } finally {
    db?.close();
  }
}

/** Copies the database online (`copy` is the store's own backup, or a connection's) into a new
 *  backup, checks the copy and keeps the `keep` newest backups. Returns the new file. */
export async function makeBackup(
  dataDir: string,
  copy: (file: string) => Promise<void>,
  keep: number,
  now: Date,
): Promise<string> {
  const dir = join(dataDir, BACKUP_DIR);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const target = join(dir, backupName(now));
  const partial = `${target}.partial`;
  try {
    await copy(partial);
    chmodSync(partial, 0o600);
    const problems = checkFile(partial);
    if (problems.length) throw new Error(`копия не прошла проверку целостности: ${problems.slice(0, 3).join('; ')}`);
    renameSync(partial, target);
  } catch (error) {
    if (existsSync(partial)) unlinkSync(partial);
    throw error;
  }
  const all = listBackups(dataDir);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) unlinkSync(old);
  return target;
}

/** Backs up DATA_DIR's database from a separate connection: works while the service runs. */
export async function backupDataDir(dataDir: string, keep: number, now: Date): Promise<string> {
  const file = join(dataDir, SQLITE_FILE);
  if (!existsSync(file)) throw new Error(`В каталоге ${dataDir} нет базы ${SQLITE_FILE}`);
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return await makeBackup(dataDir, async (target) => void (await db.backup(target)), keep, now);
  } finally {
    db.close();
  }
}

/** Puts a backup in place of DATA_DIR's database while the service is stopped. The replaced file
 *  (with its WAL) is kept next to it as `nastavnik.sqlite.replaced-<time>`. Returns that name, if any. */
export function restoreBackup(dataDir: string, backupFile: string, now: Date): string | null {
  const problems = checkFile(backupFile);
  if (problems.length)
    throw new Error(`Резервная копия ${backupFile} повреждена (${problems.slice(0, 3).join('; ')}): выберите другую`);
  const lock = lockDataDir(dataDir); // refuses while the service runs
  try {
    const file = join(dataDir, SQLITE_FILE);
    const stamp = backupName(now).replace(/^nastavnik-|\.sqlite$/g, '');
    let kept: string | null = null;
    for (const suffix of ['', '-wal', '-shm']) {
      if (!existsSync(file + suffix)) continue;
      const aside = `${file}.replaced-${stamp}${suffix}`;
      renameSync(file + suffix, aside);
      if (suffix === '') kept = aside;
    }
    const partial = `${file}.restoring`;
    copyFileSync(backupFile, partial);
    chmodSync(partial, 0o600);
    renameSync(partial, file);
    return kept ? basename(kept) : null;
  } finally {
    lock.release();
  }
}
