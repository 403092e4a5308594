// Opening the service's port before anything else happens at start-up, so that a port already in
// use ends the start with one line — before an admin token is generated, printed and stored.
import { serve, type ServerType } from '@hono/node-server';
import type { ServerOptions } from 'node:http';

export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** Listens on `port`; resolves once the port is open, rejects when it cannot be (EADDRINUSE, EACCES). */
export function listen(
  options: { port: number; hostname: string; serverOptions?: ServerOptions },
  fetch: FetchHandler,
): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch, port: options.port, hostname: options.hostname, serverOptions: options.serverOptions },
      () => {
        server.off('error', reject);
        resolve(server);
      },
    );
    server.once('error', reject);
  });
}

/** One Russian line for an error of opening the port, or undefined for any other error. */
export function portErrorMessage(error: unknown, port: number, host: string): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const another = `запустите сервис на другом порту, например: PORT=${port === 8788 ? 8789 : 8788} npm start`;
  if (code === 'EADDRINUSE')
    return `Порт ${port} уже занят другой программой (или сервис уже запущен): остановите её или ${another}`;
  if (code === 'EACCES')
    return `Нет прав открыть порт ${port}: порты ниже 1024 требуют прав администратора — ${another}`;
  if (code === 'EADDRNOTAVAIL')
    return `Адрес ${host} недоступен на этом компьютере: проверьте HOST (например, HOST=127.0.0.1 или HOST=0.0.0.0)`;
  return undefined;
}
