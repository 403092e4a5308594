// Who is calling: a bearer token (any route) or, for GET pages and downloads, the dashboard session cookie.
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { forbidden, unauthorized } from '../http/errors';
import type { Store } from '../store';
import type { Role } from '../store/tokens';
import { clientAddress, type AuthThrottle } from './throttle';
import { hashToken, sameHash } from './token';

/** `tokenId` and `label` name the stored token used (absent for the admin token of the environment). */
export type Principal = (
  { role: 'admin' } | { role: 'viewer' } | { role: 'methodologist' } | { role: 'school'; schoolId: string }
) & { tokenId?: string | null; label?: string | null };

export const SESSION_COOKIE = 'nastavnik_session';

export interface AuthDeps {
  store: Store;
  adminTokenHash: string;
  now: () => Date;
  throttle: AuthThrottle;
}

const ROLE_NAMES: Record<Role, string> = {
  admin: 'администратору',
  viewer: 'наблюдателю',
  school: 'организации (токен школы)',
  methodologist: 'методисту',
};

/** The owner of a token, or null when it is unknown. */
export async function principalOfToken(deps: AuthDeps, token: string): Promise<Principal | null> {
  const hash = hashToken(token);
  if (sameHash(hash, deps.adminTokenHash)) return { role: 'admin' };
  const owner = await deps.store.tokens.find(hash);
  if (!owner) return null;
  await deps.store.tokens.touch(owner.id, deps.now());
  const identity = { tokenId: owner.id, label: owner.label };
  return owner.role === 'school'
    ? { role: 'school', schoolId: owner.schoolId ?? '', ...identity }
    : { role: owner.role, ...identity };
}

/** Identifies the caller or throws 401. The session cookie counts only where `cookie` is allowed. */
export async function authenticate(c: Context, deps: AuthDeps, options: { cookie: boolean }): Promise<Principal> {
  const address = clientAddress(c);
  const failed = (message: string) => {
    deps.throttle.fail(address);
    return unauthorized(message);
  };
  const header = c.req.header('authorization');
  if (header !== undefined) {
    deps.throttle.check(address);
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw unauthorized('Заголовок Authorization должен иметь вид «Bearer <токен>»');
    const principal = await principalOfToken(deps, match[1]);
    if (!principal) throw failed('Токен не найден: проверьте, что он скопирован полностью');
    return principal;
  }
  const session = options.cookie ? getCookie(c, SESSION_COOKIE) : undefined;
  if (session) {
    deps.throttle.check(address);
    const found = await deps.store.tokens.findSession(hashToken(session), deps.now());
    if (!found) throw failed('Сессия истекла или завершена: войдите заново');
    // A session ends with the token that opened it: a changed ADMIN_TOKEN or a revoked viewer token.
    const tokenValid =
      found.tokenHash !== null &&
      (found.role === 'admin'
        ? sameHash(found.tokenHash, deps.adminTokenHash)
        : (await deps.store.tokens.find(found.tokenHash))?.role === found.role);
    if (!tokenValid) throw unauthorized('Токен, которым открыта сессия, больше не действует: войдите заново');
    return { role: found.role, tokenId: found.tokenId, label: found.label };
  }
  throw unauthorized('Нужен токен доступа: передайте его в заголовке «Authorization: Bearer <токен>»');
}

/** Identifies the caller and checks the role: 401 without a valid token, 403 for another role. */
export async function authorize<R extends Role>(
  c: Context,
  deps: AuthDeps,
  roles: readonly R[],
  options: { cookie: boolean } = { cookie: false },
): Promise<Extract<Principal, { role: R }>> {
  const principal = await authenticate(c, deps, options);
  if (!(roles as readonly Role[]).includes(principal.role)) {
    throw forbidden(`Этот запрос доступен только ${roles.map((r) => ROLE_NAMES[r]).join(' или ')}`);
  }
  return principal as Extract<Principal, { role: R }>;
}
