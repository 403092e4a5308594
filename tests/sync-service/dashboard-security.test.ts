// The dashboard against another site and a changed token: Origin checks on /login and /logout,
// the Content-Security-Policy, sessions ending with their token, throttled failed logins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../sync-service/src/auth/token';
import { createApp } from '../../sync-service/src/app';
import type { StoreLocation } from '../../sync-service/src/store';
import { ADMIN_TOKEN, backends, startService, type Service } from './harness';

function form(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return {
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  };
}

for (const backend of backends()) {
  describe(`dashboard security (${backend.name})`, () => {
    let drop: () => Promise<void>;
    let service: Service;
    let viewer: string;
    let location: StoreLocation;

    beforeAll(async () => {
      const place = await backend.create();
      drop = place.drop;
      location = place.location;
      service = await startService(place.location);
      viewer = (await service.json('POST', '/api/v1/tokens', 201, { token: ADMIN_TOKEN, body: { role: 'viewer' } }))
        .token;
    });
    afterAll(async () => {
      await service?.close();
      await drop?.();
    });

    const cookieOf = (res: Response) => res.headers.get('set-cookie')?.split(';')[0];

    it('refuses a login form posted from another site (Origin or Sec-Fetch-Site), and accepts the own page', async () => {
      const forged: Record<string, string>[] = [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
      ];
      for (const headers of forged) {
        const res = await service.call('POST', '/login', form({ token: viewer }, headers));
        expect(res.status, JSON.stringify(headers)).toBe(403);
        expect(res.headers.get('set-cookie')).toBeNull();
        expect(await res.text()).toContain('Запрос пришёл с другого сайта');
      }
      const own = await service.call(
        'POST',
        '/login',
        form({ token: viewer }, { origin: service.url, 'sec-fetch-site': 'same-origin' }),
      );
      expect(own.status).toBe(303);
      const proxied = await service.call(
        'POST',
        '/login',
        form(
          { token: viewer },
          { origin: 'https://dashboard.region.example', 'x-forwarded-host': 'dashboard.region.example' },
        ),
      );
      expect(proxied.status).toBe(303);
    });

    it('refuses a logout posted from another site and keeps the session; the own page ends it and deletes its row', async () => {
      const cookie = cookieOf(
        await service.call('POST', '/login', form({ token: ADMIN_TOKEN }, { origin: service.url })),
      )!;
      const forged = await service.call('POST', '/logout', { headers: { cookie, origin: 'https://evil.example' } });
      expect(forged.status).toBe(403);
      expect((await service.call('GET', '/', { headers: { cookie } })).status).toBe(200);
      const before = await service.store.driver.query<{ n: number }>('SELECT COUNT(*) AS n FROM sessions');
      const own = await service.call('POST', '/logout', { headers: { cookie, origin: service.url } });
      expect(own.status).toBe(303);
      const after = await service.store.driver.query<{ n: number }>('SELECT COUNT(*) AS n FROM sessions');
      expect(Number(after[0].n)).toBe(Number(before[0].n) - 1);
      expect((await service.call('GET', '/', { headers: { cookie } })).status).toBe(401);
    });

    it('sends a Content-Security-Policy without inline scripts or styles, and the pages carry none', async () => {
      for (const path of ['/', '/api/v1/region']) {
        const res = await service.call('GET', path, { token: ADMIN_TOKEN });
        const csp = res.headers.get('content-security-policy')!;
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("style-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).not.toContain('unsafe-eval');
        if (path === '/') {
          const html = await res.text();
          expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
          expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
        }
      }
      const script = await (await service.call('GET', '/assets/dashboard.js')).text();
      expect(script).not.toMatch(/\beval\(|new Function\(/);
    });

    it('ends a session when the token that opened it no longer works (a changed ADMIN_TOKEN)', async () => {
      const cookie = cookieOf(await service.call('POST', '/login', form({ token: ADMIN_TOKEN })))!;
      const renewed = createApp({ store: service.store, adminTokenHash: hashToken(`${ADMIN_TOKEN}-new`) });
      const res = await renewed.fetch(new Request(`${service.url}/api/v1/region`, { headers: { cookie } }));
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('больше не действует');
      // The old app (same token) still accepts it.
      expect((await service.call('GET', '/api/v1/region', { headers: { cookie } })).status).toBe(200);
    });

    it('throttles failed logins and bearer guesses per client address with 429 and Retry-After', async () => {
      const guarded = await startService(location, { authThrottle: { maxFailures: 5, windowMs: 60_000 } });
      try {
        for (let i = 0; i < 3; i++)
          expect((await guarded.call('GET', '/api/v1/region', { token: `guess-${i}` })).status).toBe(401);
        for (let i = 0; i < 2; i++)
          expect((await guarded.call('POST', '/login', form({ token: `guess-form-${i}` }))).status).toBe(401);
        const bearer = await guarded.call('GET', '/api/v1/region', { token: 'guess-next' });
        expect(bearer.status).toBe(429);
        expect(Number(bearer.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(((await bearer.json()) as { error: { message: string } }).error.message).toMatch(
          /Слишком много неудачных попыток входа с адреса 127\.0\.0\.1/,
        );
        const page = await guarded.call('POST', '/login', form({ token: viewer }));
        expect(page.status).toBe(429);
        expect(page.headers.get('retry-after')).not.toBeNull();
      } finally {
        await guarded.close();
      }
    });
  });
}
