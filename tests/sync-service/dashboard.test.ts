// The dashboard's browser session: login form → HttpOnly SameSite=Strict cookie, accepted for GET pages and downloads only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, backends, registerSchool, startService, type Service } from './harness';

function form(fields: Record<string, string>) {
  return {
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  };
}

for (const backend of backends()) {
  describe(`dashboard session (${backend.name})`, () => {
    let drop: () => Promise<void>;
    let service: Service;
    let viewer: string;
    let school: string;
    let clock = new Date('2024-06-01T08:00:00Z');

    const login = (token: string) => service.call('POST', '/login', form({ token }));
    async function sessionCookie(token: string): Promise<string> {
      const res = await login(token);
      expect(res.status).toBe(303);
      return res.headers.get('set-cookie')!.split(';')[0];
    }

    beforeAll(async () => {
      const place = await backend.create();
      drop = place.drop;
      service = await startService(place.location, { demo: true, now: () => clock });
      await service.json('PUT', '/api/v1/region', 200, { token: ADMIN_TOKEN, body: { name: 'Кемеровская область' } });
      viewer = (await service.json('POST', '/api/v1/tokens', 201, { token: ADMIN_TOKEN, body: { role: 'viewer' } }))
        .token;
      school = await registerSchool(service, { id: 'S1' });
    });
    afterAll(async () => {
      await service?.close();
      await drop?.();
    });

    it('shows the login page (401) to a visitor without a session', async () => {
      const res = await service.call('GET', '/');
      expect(res.status).toBe(401);
      const html = await res.text();
      expect(html).toContain('action="/login"');
      expect(html).toContain('Кемеровская область');
    });

    it('logs a viewer in with an HttpOnly, SameSite=Strict cookie that opens the dashboard', async () => {
      const res = await login(viewer);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/');
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^nastavnik_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Max-Age=43200/);
      expect(cookie).not.toContain(viewer);

      const page = await service.call('GET', '/', { headers: { cookie: cookie.split(';')[0] } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Кемеровская область');
    });

    it('accepts the cookie for the indicators JSON, CSV and XLSX, and marks demo data', async () => {
      const cookie = await sessionCookie(viewer);
      const json = await service.json('GET', '/api/v1/indicators?period=2024', 200, { headers: { cookie } });
      expect(json.demo).toBe(true);
      for (const path of ['/api/v1/indicators.csv?period=2024&level=region', '/api/v1/indicators.xlsx?period=2024']) {
        expect((await service.call('GET', path, { headers: { cookie } })).status).toBe(200);
      }
    });

    it('accepts an admin session for administration only from the dashboard own origin', async () => {
      const cookie = await sessionCookie(ADMIN_TOKEN);
      const own = new URL(service.url).origin;
      for (const origin of [undefined, 'https://evil.example', 'null']) {
        const headers: Record<string, string> = origin === undefined ? { cookie } : { cookie, origin };
        expect((await service.call('POST', '/api/v1/tokens', { headers, body: { role: 'viewer' } })).status).toBe(403);
        expect((await service.call('PUT', '/api/v1/region', { headers, body: { name: 'Другое' } })).status).toBe(403);
      }
      expect(
        (
          await service.call('POST', '/api/v1/tokens', {
            headers: { cookie, origin: own },
            body: { role: 'viewer', label: 'Из панели' },
          })
        ).status,
      ).toBe(201);
      const viewerCookie = await sessionCookie(viewer);
      expect(
        (
          await service.call('POST', '/api/v1/tokens', {
            headers: { cookie: viewerCookie, origin: own },
            body: { role: 'viewer' },
          })
        ).status,
      ).toBe(403);
      expect((await service.call('GET', '/api/v1/tokens', { headers: { cookie: viewerCookie } })).status).toBe(403);
    });

    it('starts a sync from an admin session only from its own pages, and never reads report revisions by cookie', async () => {
      const cookie = await sessionCookie(ADMIN_TOKEN);
      expect((await service.call('POST', '/api/v1/sync', { headers: { cookie } })).status).toBe(403);
      expect(
        (await service.call('POST', '/api/v1/sync', { headers: { cookie, origin: 'https://evil.example' } })).status,
      ).toBe(403);
      expect(
        (await service.call('POST', '/api/v1/sync', { headers: { cookie, origin: new URL(service.url).origin } }))
          .status,
      ).toBe(202);
      const viewerCookie = await sessionCookie(viewer);
      expect(
        (
          await service.call('POST', '/api/v1/sync', {
            headers: { cookie: viewerCookie, origin: new URL(service.url).origin },
          })
        ).status,
      ).toBe(403);
      expect((await service.call('GET', '/api/v1/schools/S1/reports', { headers: { cookie } })).status).toBe(401);
      expect((await service.call('GET', '/', { headers: { cookie } })).status).toBe(200);
    });

    it('refuses a school token (403) and an unknown or empty one (401) without a cookie', async () => {
      const bySchool = await login(school);
      expect(bySchool.status).toBe(403);
      expect(bySchool.headers.get('set-cookie')).toBeNull();
      expect(await bySchool.text()).toContain('Токен организации не открывает панель региона');
      const unknown = await login('nonsense');
      expect(unknown.status).toBe(401);
      expect(await unknown.text()).toContain('Токен не найден');
      expect((await login('')).status).toBe(401);
      const dashboardBySchool = await service.call('GET', '/', { token: school });
      expect(dashboardBySchool.status).toBe(403);
    });

    it('ends the session on logout', async () => {
      const cookie = await sessionCookie(viewer);
      const out = await service.call('POST', '/logout', { headers: { cookie } });
      expect(out.status).toBe(303);
      expect(out.headers.get('set-cookie')).toMatch(/nastavnik_session=;.*Max-Age=0/);
      expect((await service.call('GET', '/api/v1/indicators', { headers: { cookie } })).status).toBe(401);
      const page = await service.call('GET', '/', { headers: { cookie } });
      expect(page.status).toBe(401);
      expect(await page.text()).toContain('Сессия истекла');
    });

    it('expires the session after 12 hours', async () => {
      const cookie = await sessionCookie(viewer);
      clock = new Date(clock.getTime() + 11 * 3600_000);
      expect((await service.call('GET', '/api/v1/indicators', { headers: { cookie } })).status).toBe(200);
      clock = new Date(clock.getTime() + 2 * 3600_000);
      expect((await service.call('GET', '/api/v1/indicators', { headers: { cookie } })).status).toBe(401);
    });

    it('keeps only hashes of sessions', async () => {
      const cookie = await sessionCookie(viewer);
      const rows = await service.store.driver.query<{ hash: string }>('SELECT hash FROM sessions');
      expect(rows.map((r) => r.hash)).not.toContain(cookie.split('=')[1]);
      for (const { hash } of rows) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    });
  });
}
