// `npm start` as a person runs it: a port already in use ends the start with one Russian line, and
// no admin token is made (printed or stored) before that.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const MAIN = join(process.cwd(), 'sync-service', 'src', 'main.ts');

function serviceEnv(port: number, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
  };
  return env;
}

/** Runs the service until it exits, or until `until` appears in its output (then stops it). */
function runService(
  env: NodeJS.ProcessEnv,
  until?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (until && stdout.includes(until)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('start-up errors', () => {
  const cleanup: Array<() => void> = [];
  afterEach(() => {
    for (const c of cleanup.splice(0)) c();
  });

  it('a port in use: one Russian line naming the port and PORT=, exit 1, and no admin token made first', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nastavnik-start-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const occupant: Server = createServer();
    const port = await new Promise<number>((resolve) =>
      occupant.listen(0, '127.0.0.1', () => resolve((occupant.address() as { port: number }).port)),
    );

    const refused = await runService(serviceEnv(port, dataDir));
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^Порт ${port} уже занят .*PORT=\\d+ npm start$`)),
    ]);
    expect(refused.stdout).not.toMatch(/токен/i);

    // The port is free again: this first real start is the one that makes and shows the token.
    await new Promise((resolve) => occupant.close(resolve));
    const started = await runService(serviceEnv(port, dataDir), 'работает');
    expect(started.stdout).toContain('ADMIN_TOKEN не задан — создан токен администратора');
    expect(started.stdout).toContain(`http://127.0.0.1:${port}/`);
  }, 60_000);
});
