// Placeholder: the dashboard engineer replaces this file (keep these exports).
import { Hono } from 'hono';

export interface PageOptions {
  demo: boolean;
  regionName?: string;
}

/** The login page (token form that POSTs to /login). Holds no data. */
export function renderLoginPage(opts: PageOptions & { error?: string }): string {
  const demo = opts.demo ? '<p>Демонстрационные данные</p>' : '';
  const error = opts.error ? `<p role="alert">${opts.error}</p>` : '';
  return `<!doctype html><html lang="ru"><meta charset="utf-8"><title>Вход — «Наставник»</title>${demo}${error}
<form method="post" action="/login"><label>Токен <input name="token" type="password"></label><button>Войти</button></form></html>`;
}

/** The dashboard shell; it fetches /api/v1/indicators with the session cookie. */
export function renderDashboardPage(opts: PageOptions): string {
  const demo = opts.demo ? '<p>Демонстрационные данные</p>' : '';
  return `<!doctype html><html lang="ru"><meta charset="utf-8"><title>Показатели региона — «Наставник»</title>${demo}<main id="app"></main></html>`;
}

/** Public static assets (scripts, styles), mounted at /assets. */
export const assetRoutes = new Hono();
