// The Hono app of the regional sync service, built from its dependencies (no I/O at import).
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { declaredSizeGuard } from './http/body';
import { ApiError, errorResponse, notFound } from './http/errors';
import { apiDocsRoutes } from './routes/api-docs';
import { dashboardRoutes } from './routes/dashboard';
import type { RouteDeps } from './routes/deps';
import { healthRoutes } from './routes/health';
import { indicatorRoutes } from './routes/indicators';
import { regionRoutes } from './routes/region';
import { reportRoutes } from './routes/reports';
import { schoolRoutes } from './routes/schools';
import { syncRoutes, type SyncRunner } from './routes/sync';
import { tokenRoutes } from './routes/tokens';
import type { Store } from './store';

export type { SchoolSyncResult, SyncRunner } from './routes/sync';

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
  now?: () => Date;
  logError?: (message: string, error: unknown) => void;
}

export function createApp(deps: AppDeps): Hono {
  const routeDeps: RouteDeps = {
    store: deps.store,
    adminTokenHash: deps.adminTokenHash,
    demo: deps.demo ?? false,
    sync: deps.sync,
    onReportAccepted: deps.onReportAccepted,
    onRegionChanged: deps.onRegionChanged,
    now: deps.now ?? (() => new Date()),
    logError: deps.logError ?? ((message, error) => console.error(message, error)),
  };

  const app = new Hono();
  // HSTS is left to the HTTPS proxy in front of the service.
  app.use(secureHeaders({ strictTransportSecurity: false }));
  app.use(declaredSizeGuard);
  for (const routes of [
    healthRoutes(),
    schoolRoutes(routeDeps),
    reportRoutes(routeDeps),
    regionRoutes(routeDeps),
    tokenRoutes(routeDeps),
    syncRoutes(routeDeps),
    indicatorRoutes(routeDeps),
    dashboardRoutes(routeDeps),
    apiDocsRoutes(),
  ]) {
    app.route('/', routes);
  }

  app.notFound((c) => errorResponse(c, notFound(`Нет такого адреса: ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(c, new ApiError(error.status, 'bad_request', error.message || 'Некорректный запрос'));
    }
    routeDeps.logError(`Внутренняя ошибка при ${c.req.method} ${c.req.path}`, error);
    return errorResponse(c, new ApiError(500, 'internal_error', 'Внутренняя ошибка сервиса; подробности — в журнале сервиса'));
  });
  return app;
}
