// The dashboard pages: GET / (dashboard or login page), POST /login (session cookie), POST /logout, /assets/*.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { assetRoutes, renderDashboardPage, renderLoginPage } from '../dashboard/page';
import { authenticate, principalOfToken, SESSION_COOKIE } from '../auth/principal';
import { clientAddress } from '../auth/throttle';
import { generateToken, hashToken } from '../auth/token';
import { readForm } from '../http/body';
import { ApiError, forbidden } from '../http/errors';
import { CROSS_SITE_MESSAGE, sameOrigin } from '../http/same-origin';
import type { RouteDeps } from './deps';

export const SESSION_HOURS = 12;
const SCHOOL_TOKEN_MESSAGE =
  'Токен организации не открывает панель региона: войдите с токеном наблюдателя или администратора';

export function dashboardRoutes(deps: RouteDeps): Hono {
  const page = async (c: Context, html: (regionName: string) => string, status: 200 | 401 | 403 | 415 | 429) => {
    const { name } = await deps.store.region.get();
    c.header('Cache-Control', 'no-store');
    return c.html(html(name), status);
  };
  const login = (c: Context, status: 401 | 403 | 415 | 429, error?: string, retryAfter?: number) => {
    if (retryAfter !== undefined) c.header('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
    return page(c, (regionName) => renderLoginPage({ demo: deps.demo, regionName, error }), status);
  };

  return new Hono()
    .route('/assets', assetRoutes)
    .get('/', async (c) => {
      let admin = false;
      let reviewer = false;
      try {
        const principal = await authenticate(c, deps, { cookie: true });
        if (principal.role === 'school') return await login(c, 403, SCHOOL_TOKEN_MESSAGE);
        admin = principal.role === 'admin';
        reviewer = admin || principal.role === 'methodologist';
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 401)) throw error;
        const sessionEnded = getCookie(c, SESSION_COOKIE) !== undefined;
        if (sessionEnded) deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return login(c, 401, sessionEnded ? 'Сессия истекла: войдите заново' : undefined);
      }
      return page(c, (regionName) => renderDashboardPage({ demo: deps.demo, regionName, admin, reviewer }), 200);
    })
    .post('/login', async (c) => {
      if (!sameOrigin(c)) return login(c, 403, CROSS_SITE_MESSAGE);
      let token: string;
      try {
        token = ((await readForm(c)).get('token') ?? '').trim();
      } catch (error) {
        if (error instanceof ApiError && error.status === 415)
          return login(c, 415, 'Форма входа отправлена в неожиданном формате');
        throw error;
      }
      const address = clientAddress(c);
      try {
        deps.throttle.check(address);
      } catch (error) {
        if (error instanceof ApiError) return login(c, 429, error.message, error.retryAfter);
        throw error;
      }
      const principal = token ? await principalOfToken(deps, token) : null;
      if (!principal && token) deps.throttle.fail(address);
      if (!principal)
        return login(
          c,
          401,
          token ? 'Токен не найден: проверьте, что он скопирован полностью' : 'Введите токен доступа',
        );
      if (principal.role === 'school') return login(c, 403, SCHOOL_TOKEN_MESSAGE);
      const session = generateToken();
      const now = deps.now();
      const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000);
      await deps.store.tokens.createSession(
        hashToken(session),
        principal.role,
        hashToken(token),
        now,
        expires,
        principal.tokenId ?? null,
      );
      setCookie(c, SESSION_COOKIE, session, {
        path: '/',
        httpOnly: true,
        sameSite: 'Strict',
        secure: new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https',
        maxAge: SESSION_HOURS * 3600,
      });
      return c.redirect('/', 303);
    })
    .post('/logout', async (c) => {
      if (!sameOrigin(c)) throw forbidden(CROSS_SITE_MESSAGE);
      const session = getCookie(c, SESSION_COOKIE);
      if (session) await deps.store.tokens.deleteSession(hashToken(session));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.redirect('/', 303);
    });
}
