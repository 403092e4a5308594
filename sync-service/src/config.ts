// Service settings from the environment (CONTRACTS §5).
import { resolve } from 'node:path';

export interface ServiceConfig {
  port: number;
  /** Interface to listen on: 127.0.0.1 by default; 0.0.0.0 to accept schools from the network. */
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminToken: string | undefined;
  demo: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): ServiceConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 8787 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT должен быть числом от 0 до 65535, а не «${env.PORT}»`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    adminToken: env.ADMIN_TOKEN || undefined,
    demo: argv.includes('--demo'),
  };
}
