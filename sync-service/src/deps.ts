// What the service is built from (createApp's dependencies), in a module of its own so that the
// app and its routes both import it without importing each other.
import type { ThrottleSettings } from './auth/throttle';
import type { ReportLimits } from './config';
import type { ExportCacheOptions } from './routes/export-cache';
import type { Store } from './store';
import type { SyncService } from './sync/service';

/** What the routes need of the sync service (sync/service.ts); the Node entry passes the configured one. */
export type SyncRunner = Pick<SyncService, 'begin' | 'get' | 'latest'>;

/** A report revision the service has just stored. */
export interface ReportAccepted {
  schoolId: string;
  period: string;
  revision: number;
}

export interface AppDeps {
  store: Store;
  /** sha256 (hex) of the admin token: see `hashToken`. */
  adminTokenHash: string;
  /** Marks every page and the indicators JSON as demo data. */
  demo?: boolean;
  /** The Google pull behind POST /api/v1/sync; without it, Google-sourced schools report «не настроен». */
  sync?: SyncRunner;
  /** Called after a pushed report is stored, without delaying the response (errors are logged). */
  onReportAccepted?: (event: ReportAccepted) => void | Promise<void>;
  /** Called after the region's settings (targets, population) change, like onReportAccepted. */
  onRegionChanged?: () => void | Promise<void>;
  /** How stale a cached XLSX/CSV may be while it is rebuilt (default: DEFAULT_EXPORT_CACHE). */
  exportCache?: ExportCacheOptions;
  /** Failed authentications allowed per client address (default: DEFAULT_THROTTLE). */
  authThrottle?: ThrottleSettings;
  /** Per-school revision cap and byte quota (defaults: DEFAULT_REPORT_LIMITS). */
  limits?: ReportLimits;
  now?: () => Date;
  logError?: (message: string, error: unknown) => void;
  /** One line of the journal for expected trouble (an outage, an aborted upload): no stack trace. */
  logInfo?: (message: string) => void;
}
