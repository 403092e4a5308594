// Cookie-setting and cookie-ending form posts (/login, /logout) accept only this site's pages:
// SameSite does not stop a top-level form POST from another origin.
import type { Context } from 'hono';

/** True when the request comes from this service's own page (or from no browser page at all). */
export function sameOrigin(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = c.req.header('origin');
  // Browsers send Origin with every cross-origin POST; a request without it is no cross-site form.
  if (origin === undefined) return true;
  if (origin === 'null') return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  // Behind an HTTPS proxy the browser's host arrives as X-Forwarded-Host.
  const expected = [c.req.header('x-forwarded-host'), c.req.header('host'), new URL(c.req.url).host].filter(
    (h): h is string => !!h,
  );
  return expected.some((h) => h.split(',')[0].trim().toLowerCase() === host.toLowerCase());
}

export const CROSS_SITE_MESSAGE = 'Запрос пришёл с другого сайта: войти и выйти можно только со страницы этого сервиса';
