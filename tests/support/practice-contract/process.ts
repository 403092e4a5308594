// The practices contract stand-in (server.ts) in its own Node process: the Apps Script stand-in's
// UrlFetchApp blocks the test's event loop, so the server it calls must live elsewhere.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { ContractOptions } from './server';

export interface ContractProcess {
  url: string;
  stop(): void;
}

const CHILD = `
  const { startContract } = await import(process.env.CONTRACT_MODULE);
  const s = await startContract(JSON.parse(process.env.CONTRACT_OPTIONS));
  console.log('contract ' + s.url);
`;

export async function startPracticeContract(options: ContractOptions): Promise<ContractProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], {
    env: {
      ...process.env,
      CONTRACT_MODULE: resolve('tests/support/practice-contract/server.ts'),
      CONTRACT_OPTIONS: JSON.stringify(options),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((done, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the practices contract stand-in did not start:\n${stderr}`)),
      60_000,
    );
    lines.on('line', (line) => {
      const m = /^contract (http:\/\/\S+)/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      done(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the practices contract stand-in exited with ${code}:\n${stderr}`)));
  });
  return { url, stop: () => child.kill() };
}

/** A region's decision, as the methodologist's dashboard would send it. */
export async function review(
  url: string,
  adminToken: string,
  practiceId: string,
  body: Record<string, string>,
): Promise<number> {
  const response = await fetch(`${url}/api/v1/practices/${encodeURIComponent(practiceId)}/review`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.status;
}
