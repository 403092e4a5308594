// Node HTTP server limits: a slow or silent client cannot keep a connection (and its memory) for long.
import type { ServerOptions } from 'node:http';

export interface ServerTimeouts {
  /** Time to receive the request's headers. */
  headersMs: number;
  /** Time to receive the whole request, body included. */
  requestMs: number;
  /** How often the server looks for connections over these limits. */
  checkEveryMs: number;
}

export const DEFAULT_SERVER_TIMEOUTS: ServerTimeouts = { headersMs: 10_000, requestMs: 60_000, checkEveryMs: 2_000 };

export function serverOptions(t: ServerTimeouts = DEFAULT_SERVER_TIMEOUTS): ServerOptions {
  return {
    headersTimeout: t.headersMs,
    requestTimeout: t.requestMs,
    connectionsCheckingInterval: t.checkEveryMs,
    keepAliveTimeout: 5_000,
  };
}
