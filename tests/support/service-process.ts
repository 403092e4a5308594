// The sync service as a person starts it (`npm start` or `npm run demo`, built JavaScript) on a free
// loopback port, for the browser tests; stopped with its whole process group.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface ServiceProcess {
  base: string;
  /** What the service printed so far. */
  output(): string;
  stop(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `npm <script>` and resolves once /healthz answers (60 s at most). */
export async function startServiceProcess(
  script: 'start' | 'demo',
  env: Record<string, string>,
): Promise<ServiceProcess> {
  const base = `http://127.0.0.1:${await freePort()}`;
  let output = '';
  const child: ChildProcess = spawn('npm', ['run', script, '--silent'], {
    env: { ...process.env, PORT: new URL(base).port, DATABASE_URL: '', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm run ${script} exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { base, output: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`npm run ${script} did not answer /healthz:\n${output}`);
}
