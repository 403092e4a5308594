// The Hono app of the regional sync service, built from its dependencies (no I/O at import).
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AuthThrottle } from './auth/throttle';
import { secureHeaders } from 'hono/secure-headers';
import { declaredSizeGuard, REQUEST_ABORTED } from './http/body';
import { controlCharactersInAddress } from './http/text-rules';
import { ApiError, errorResponse, notFound } from './http/errors';
import { adminPageRoutes } from './routes/admin-page';
import { auditRoutes } from './routes/audit';
import { catalogueRoutes } from './routes/catalogue';
import { apiDocsRoutes } from './routes/api-docs';
import { dashboardRoutes } from './routes/dashboard';
import type { RouteDeps } from './routes/deps';
import { healthRoutes } from './routes/health';
import { indicatorRoutes } from './routes/indicators';
import { practicePageRoutes } from './routes/practice-pages';
import { practiceRoutes } from './routes/practices';
import { regionRoutes } from './routes/region';
import { reportRoutes } from './routes/reports';
import { schoolAdminRoutes } from './routes/school-admin';
import { schoolRoutes } from './routes/schools';
import { syncRoutes } from './routes/sync';
import { tokenRoutes } from './routes/tokens';
import { DEFAULT_REPORT_LIMITS } from './config';
import type { AppDeps } from './deps';
import { storeUnavailableReason } from './store/errors';

export type { AppDeps, ReportAccepted, SyncRunner } from './deps';
export type { SchoolSyncResult } from './sync/pull';

/** The dashboard loads its bundled script and stylesheet from /assets and fetches the API: no
 *  inline script or style anywhere (the client sets styles through the CSSOM, which CSP allows). */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** What a 503 asks the client to wait before retrying. */
const RETRY_AFTER_SECONDS = 5;

export function createApp(deps: AppDeps): Hono {
  const routeDeps: RouteDeps = {
    store: deps.store,
    adminTokenHash: deps.adminTokenHash,
    demo: deps.demo ?? false,
    sync: deps.sync,
    onReportAccepted: deps.onReportAccepted,
    onRegionChanged: deps.onRegionChanged,
    limits: deps.limits ?? DEFAULT_REPORT_LIMITS,
    throttle: new AuthThrottle(deps.authThrottle),
    exportCache: deps.exportCache,
    now: deps.now ?? (() => new Date()),
    logError: deps.logError ?? ((message, error) => console.error(message, error)),
    logInfo: deps.logInfo ?? ((message) => console.warn(message)),
  };

  const app = new Hono();
  // HSTS is left to the HTTPS proxy in front of the service.
  app.use(secureHeaders({ strictTransportSecurity: false, contentSecurityPolicy: CONTENT_SECURITY_POLICY }));
  app.use(declaredSizeGuard);
  app.use(controlCharactersInAddress);
  for (const routes of [
    healthRoutes(deps.store),
    schoolRoutes(routeDeps),
    schoolAdminRoutes(routeDeps),
    auditRoutes(routeDeps),
    adminPageRoutes(routeDeps),
    reportRoutes(routeDeps),
    regionRoutes(routeDeps),
    tokenRoutes(routeDeps),
    syncRoutes(routeDeps),
    indicatorRoutes(routeDeps),
    practiceRoutes(routeDeps),
    catalogueRoutes(routeDeps),
    practicePageRoutes(routeDeps),
    dashboardRoutes(routeDeps),
    apiDocsRoutes(),
  ]) {
    app.route('/', routes);
  }

  app.notFound((c) => errorResponse(c, notFound(`Нет такого адреса: ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      if (error.code === REQUEST_ABORTED)
        routeDeps.logInfo(`Клиент прервал передачу тела запроса: ${c.req.method} ${c.req.path}`);
      return errorResponse(c, error);
    }
    const unavailable = storeUnavailableReason(error);
    if (unavailable) {
      // The database's state, not a bug: the client retries, the pool reconnects meanwhile.
      routeDeps.logInfo(`Хранилище недоступно при ${c.req.method} ${c.req.path}: ${unavailable}`);
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return errorResponse(c, new ApiError(503, 'store_unavailable', unavailable));
    }
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(c, new ApiError(error.status, 'bad_request', error.message || 'Некорректный запрос'));
    }
    routeDeps.logError(`Внутренняя ошибка при ${c.req.method} ${c.req.path}`, error);
    return errorResponse(
      c,
      new ApiError(500, 'internal_error', 'Внутренняя ошибка сервиса; подробности — в журнале сервиса'),
    );
  });
  return app;
}
