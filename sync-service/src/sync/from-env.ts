// Wiring for the Node entry: the sync service from the environment. googleapis is loaded only
// when Google is configured, so a plain `npm start` stays small.
import { googleConfigFromEnv } from '../google/config';
import type { GoogleGateway } from '../google/gateway';
import type { SyncRunner } from '../deps';
import type { Store } from '../store';
import { createSyncService, type SyncService } from './service';

export interface SyncWiring {
  /** For `createApp({ sync })`; absent when Google is not configured. */
  runner?: SyncRunner;
  onReportAccepted: () => void;
  stop(): Promise<void>;
  service?: SyncService;
}

type Env = Record<string, string | undefined>;

function intervalMinutes(env: Env): number | undefined {
  const raw = env.SYNC_INTERVAL_MINUTES?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`SYNC_INTERVAL_MINUTES: ожидается целое число минут больше 0, получено «${raw}»`);
  return n;
}

export async function startSyncFromEnv(
  store: Store,
  env: Env,
  log: (message: string) => void = (m) => console.log(m),
): Promise<SyncWiring> {
  const config = googleConfigFromEnv(env);
  const minutes = intervalMinutes(env);
  if (!config) return { onReportAccepted: () => undefined, stop: async () => undefined };
  const { createGoogleGateway } = await import('../google/googleapis-gateway');
  const gateway: GoogleGateway = createGoogleGateway(config);
  const service = createSyncService({
    store,
    gateway,
    regionalSpreadsheetId: config.regionalSpreadsheetId,
    intervalMinutes: minutes,
    // The steady pace of the rate limiter's bucket once its burst is spent.
    readsPerMinute: Math.max(
      1,
      Math.min(config.quota.readsPerMinutePerUser, config.quota.readsPerMinutePerProject) - config.quota.burst,
    ),
    log,
  });
  service.start();
  log(
    `Google Sheets: ${config.rootUrl ? `endpoint ${config.rootUrl}` : 'API Google'}; ` +
      `${minutes ? `синхронизация каждые ${minutes} мин` : 'синхронизация по запросу POST /api/v1/sync'}; ` +
      `${config.regionalSpreadsheetId ? `региональная таблица ${config.regionalSpreadsheetId}` : 'региональная таблица не задана (REGIONAL_SPREADSHEET_ID)'}`,
  );
  return {
    service,
    runner: service,
    onReportAccepted: () => service.onReportAccepted(),
    stop: () => service.stop(),
  };
}
