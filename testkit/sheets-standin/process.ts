// The Sheets/Drive stand-in in a child process, for tests whose caller blocks the event loop
// (the Apps Script stand-in's UrlFetchApp is synchronous). The test drives it by JSON lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { GoogleApi } from './google-errors';
import type { Fault, StandinOptions } from './server';

export type StandinCommand =
  | { do: 'permissions'; id: string }
  | { do: 'fail'; target: string; fault: Fault }
  | { do: 'disable'; api: GoogleApi; disabled: boolean }
  | { do: 'delete'; id: string }
  | { do: 'created' }
  | { do: 'clear' };

export interface StandinProcess {
  url: string;
  child: ChildProcess;
  /** Sends a command and resolves with the stand-in's JSON answer. */
  command<T = unknown>(command: StandinCommand): Promise<T>;
}

const CHILD = `
  const { startSheetsStandin } = await import(process.env.STANDIN_MODULE);
  const s = await startSheetsStandin(JSON.parse(process.env.STANDIN_OPTIONS));
  console.log('standin ' + s.url);
  const lines = (await import('node:readline')).createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const c = JSON.parse(line);
    let answer = null;
    if (c.do === 'permissions') answer = s.permissions.get(c.id) ?? [];
    else if (c.do === 'fail') s.fail(c.target, c.fault);
    else if (c.do === 'disable') s.disableApi(c.api, c.disabled);
    else if (c.do === 'delete') answer = s.spreadsheets.delete(c.id);
    else if (c.do === 'created') answer = s.createdCount();
    else if (c.do === 'clear') { s.clearFaults(); s.disableApi('sheets', false); s.disableApi('drive', false); }
    process.stdout.write('answer ' + JSON.stringify(answer) + '\\n');
  });
`;

/** Starts the stand-in in its own Node process (options must be JSON: no `now`). */
export async function spawnSheetsStandin(options: Omit<StandinOptions, 'now'>): Promise<StandinProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], {
    env: {
      ...process.env,
      STANDIN_MODULE: resolve('testkit/sheets-standin/index.ts'),
      STANDIN_OPTIONS: JSON.stringify(options),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines = createInterface({ input: child.stdout });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`the stand-in did not start:\n${stderr}`)), 60_000);
    const onLine = (line: string) => {
      const m = /^standin (http:\/\/\S+)/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      lines.off('line', onLine);
      resolveUrl(m[1]);
    };
    lines.on('line', onLine);
  });
  // Commands are answered in order, one line each.
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => {
    if (line.startsWith('answer ')) waiting.shift()?.(line.slice('answer '.length));
  });
  return {
    url,
    child,
    command<T>(command: StandinCommand) {
      return new Promise<T>((answer) => {
        waiting.push((line) => answer(JSON.parse(line) as T));
        child.stdin.write(`${JSON.stringify(command)}\n`);
      });
    },
  };
}
