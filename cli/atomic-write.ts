// Output files appear whole or not at all: each is written to a temporary file beside it, and
// all are renamed into place only after every one was written.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

export async function writeFilesAtomically(files: readonly OutputFile[]): Promise<void> {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      const temp = join(dirname(file.path), `.${basename(file.path)}.${randomBytes(6).toString('hex')}.tmp`);
      staged.push({ temp, path: file.path });
      await writeFile(temp, file.content);
    }
    for (const { temp, path } of staged) await rename(temp, path);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}
