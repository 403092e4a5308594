// One service per DATA_DIR: a lock file holding the owner's pid. Two services on one SQLite file
// would wait on each other's file lock while blocking their event loops.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'nastavnik.lock';

/** Locks this process holds, with how many stores share each (tests open one DATA_DIR twice to play two replicas' stores). */
const held = new Map<string, number>();

export interface DataDirLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws a Russian message naming the process that holds it. A lock left by a
 *  process that no longer runs (killed, power loss) is taken over. */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = join(dataDir, LOCK_FILE);
  const shared = held.get(file);
  if (shared !== undefined) {
    held.set(file, shared + 1);
    return releaser(file);
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: { pid?: number; host?: string; startedAt?: string } = {};
      try {
        owner = JSON.parse(readFileSync(file, 'utf8')) as typeof owner;
      } catch {
        // half-written or unreadable: judged by its pid below, which is then missing
      }
      const sameHost = owner.host === undefined || owner.host === hostname();
      if (typeof owner.pid === 'number' && (!sameHost || alive(owner.pid))) {
        throw new Error(
          `Каталог данных ${dataDir} уже использует другой процесс сервиса «Наставник» (pid ${owner.pid}` +
            `${sameHost ? '' : ` на компьютере ${owner.host}`}, запущен ${owner.startedAt ?? 'в неизвестное время'}). ` +
            `Два сервиса на одном каталоге данных мешают друг другу: остановите тот процесс или задайте другой DATA_DIR. ` +
            `Если такого процесса нет, удалите файл ${file}.`,
          { cause: error },
        );
      }
      try {
        unlinkSync(file); // stale: its process is gone
      } catch {
        // another starter removed it first
      }
      continue;
    }
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }));
    closeSync(fd);
    held.set(file, 1);
    return releaser(file);
  }
  throw new Error(
    `Не удалось занять каталог данных ${dataDir}: файл ${file} всё время создаётся заново другим процессом`,
  );
}

function releaser(file: string): DataDirLock {
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      const left = (held.get(file) ?? 1) - 1;
      if (left > 0) {
        held.set(file, left);
        return;
      }
      held.delete(file);
      try {
        const owner = JSON.parse(readFileSync(file, 'utf8')) as { pid?: number };
        if (owner.pid === process.pid) unlinkSync(file);
      } catch {
        // already gone
      }
    },
  };
}
