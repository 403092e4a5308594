// The administrator from the API (bearer token) or from the dashboard (session cookie). A cookie-borne
// change must come from the dashboard's own origin: the browser always sends Origin on such requests.
import type { Context } from 'hono';
import { forbidden } from '../http/errors';
import { authorize, type AuthDeps, type Principal } from './principal';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const ADMIN_TOKEN_ACTOR = 'Администратор (ADMIN_TOKEN)';

export type Admin = Extract<Principal, { role: 'admin' }>;

export async function authorizeAdmin(c: Context, deps: AuthDeps): Promise<Admin> {
  const admin = await authorize(c, deps, ['admin'], { cookie: true });
  if (c.req.header('authorization') === undefined && !SAFE_METHODS.has(c.req.method)) {
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    let sameOrigin: boolean;
    try {
      sameOrigin = origin !== undefined && host !== undefined && new URL(origin).host === host;
    } catch {
      sameOrigin = false;
    }
    if (!sameOrigin) throw forbidden('Изменение отклонено: запрос пришёл не со страницы панели этого сервиса');
  }
  return admin;
}

/** Who acted, for the audit log: the label of the token used. */
export function actorOf(principal: Principal): string {
  return principal.label ?? ADMIN_TOKEN_ACTOR;
}
