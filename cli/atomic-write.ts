// Output files appear whole or not at all. Each is written to a temporary file beside it; only
// when every one is written are they renamed into place, and a failed rename puts back the files
// already replaced. A read-only file or one open in Excel or LibreOffice is refused before
// anything is written; what the system refuses becomes one Russian line naming the file.
import { randomBytes } from 'node:crypto';
import { copyFile, link, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputError } from './io';

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

interface Staged {
  path: string;
  temp: string;
  /** A copy of the file this one replaces, kept until every rename succeeded. */
  backup?: string;
  renamed: boolean;
}

export async function writeFilesAtomically(files: readonly OutputFile[]): Promise<void> {
  for (const file of files) await checkReplaceable(file.path);
  const staged: Staged[] = [];
  let current = '';
  try {
    for (const file of files) {
      current = file.path;
      const entry: Staged = { path: file.path, temp: sideFile(file.path, 'tmp'), renamed: false };
      staged.push(entry);
      await writeFile(entry.temp, file.content);
      if (await exists(file.path)) {
        entry.backup = sideFile(file.path, 'bak');
        await keepCopy(file.path, entry.backup);
      }
    }
    for (const entry of staged) {
      current = entry.path;
      await rename(entry.temp, entry.path);
      entry.renamed = true;
    }
  } catch (error) {
    await rollBack(staged);
    throw outputError(error, current);
  }
  await Promise.all(staged.flatMap((entry) => (entry.backup ? [rm(entry.backup, { force: true })] : [])));
}

/** A hidden name beside the file, so the rename stays on one disk. */
function sideFile(path: string, kind: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.${kind}`);
}

/** A hard link costs nothing; disks without them (FAT flash drives) get a copy. */
async function keepCopy(path: string, backup: string): Promise<void> {
  try {
    await link(path, backup);
  } catch {
    await copyFile(path, backup);
  }
}

async function rollBack(staged: readonly Staged[]): Promise<void> {
  for (const entry of staged) {
    await rm(entry.temp, { force: true }).catch(() => undefined);
    if (entry.renamed) {
      if (entry.backup) await rename(entry.backup, entry.path).catch(() => undefined);
      else await rm(entry.path, { force: true }).catch(() => undefined);
    } else if (entry.backup) await rm(entry.backup, { force: true }).catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}

/** Refuses a read-only file, a folder, and a file that Excel or LibreOffice has open. */
async function checkReplaceable(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new OutputError(`«${path}» — это папка; укажите имя файла`);
  // No write bit for anyone: the «Только чтение» mark on Windows, `chmod a-w` elsewhere.
  if (info && (info.mode & 0o222) === 0) {
    throw new OutputError(
      `Файл только для чтения: «${path}» — снимите отметку «Только чтение» в свойствах файла или укажите другое имя`,
    );
  }
  for (const lock of [`~$${basename(path)}`, `.~lock.${basename(path)}#`]) {
    const lockPath = join(dirname(path), lock);
    if (await exists(lockPath)) {
      throw new OutputError(
        `Файл «${path}» открыт в Excel или LibreOffice (рядом лежит «${lock}»): закройте его и повторите; ` +
          'если программа уже закрыта, удалите этот служебный файл',
      );
    }
  }
}

/** What the system said, as one Russian line about the file the curator named. */
export function outputError(error: unknown, path: string): Error {
  if (error instanceof OutputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const folder = dirname(path);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new OutputError(
        `Нет прав на запись «${path}»: файл открыт в другой программе или у вас нет прав на папку «${folder}» — закройте файл или укажите другую папку`,
      );
    case 'EBUSY':
    case 'ETXTBSY':
      return new OutputError(
        `Файл «${path}» занят другой программой (например, открыт в Excel): закройте его и повторите`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputError(`Не хватает места на диске для «${path}»: освободите место или укажите другую папку`);
    case 'EROFS':
      return new OutputError(
        `Диск с папкой «${folder}» доступен только для чтения: укажите другую папку для «${path}»`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new OutputError(`Папки «${folder}» нет: создайте её или укажите другой путь для «${path}»`);
    case 'ENAMETOOLONG':
      return new OutputError(`Слишком длинный путь «${path}»: укажите файл с путём покороче`);
    default:
      return new OutputError(`Не удалось записать «${path}»: ${(error as Error).message}`);
  }
}
