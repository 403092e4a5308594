// The whole auth matrix: every role against every endpoint — 401 without or with an unknown token,
// 403 with a token of the wrong role or of another school, success otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../report/sample-report';
import { ADMIN_TOKEN, backends, errorOf, registerSchool, startService, type Service } from './harness';

type Caller = 'none' | 'unknown' | 'malformed' | 'admin' | 'viewer' | 'school' | 'otherSchool';
const CALLERS: Caller[] = ['none', 'unknown', 'malformed', 'admin', 'viewer', 'school', 'otherSchool'];

interface Endpoint {
  method: string;
  path: string;
  allowed: Caller[];
  /** Status of an allowed call. */
  ok: number;
  body?: () => unknown;
}

let serial = 0;
const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: '/healthz', allowed: CALLERS, ok: 200 },
  {
    method: 'POST',
    path: '/api/v1/schools',
    allowed: ['admin'],
    ok: 201,
    body: () => ({ id: `M-${++serial}`, name: 'МБОУ «СОШ № 3»', municipality: 'Беловский МО', kind: 'school' }),
  },
  { method: 'POST', path: '/api/v1/reports', allowed: ['school'], ok: 200, body: () => sampleReport({ id: 'S1' }) },
  { method: 'GET', path: '/api/v1/schools/S1/reports', allowed: ['admin'], ok: 200 },
  { method: 'PUT', path: '/api/v1/region', allowed: ['admin'], ok: 200, body: () => ({ name: 'Кемеровская область' }) },
  { method: 'GET', path: '/api/v1/region', allowed: ['admin', 'viewer'], ok: 200 },
  { method: 'POST', path: '/api/v1/sync', allowed: ['admin'], ok: 202 },
  { method: 'GET', path: '/api/v1/sync/latest', allowed: ['admin', 'viewer'], ok: 200 },
  { method: 'GET', path: '/api/v1/indicators?period=2024', allowed: ['admin', 'viewer'], ok: 200 },
  { method: 'GET', path: '/api/v1/indicators.csv?period=2024&level=school', allowed: ['admin', 'viewer'], ok: 200 },
  { method: 'GET', path: '/api/v1/indicators.xlsx?period=2024', allowed: ['admin', 'viewer'], ok: 200 },
  { method: 'POST', path: '/api/v1/tokens', allowed: ['admin'], ok: 201, body: () => ({ role: 'viewer' }) },
  { method: 'GET', path: '/', allowed: ['admin', 'viewer'], ok: 200 },
  { method: 'GET', path: '/api/v1/tokens', allowed: ['admin'], ok: 200 },
  { method: 'DELETE', path: '/api/v1/tokens/0000000000000000', allowed: ['admin'], ok: 404 },
  { method: 'GET', path: '/api/v1/schools', allowed: ['admin'], ok: 200 },
  {
    method: 'PUT',
    path: '/api/v1/schools/S1',
    allowed: ['admin'],
    ok: 200,
    body: () => ({ name: 'ОО S1', municipality: 'Новокузнецкий ГО', kind: 'school', source: { type: 'push' } }),
  },
  { method: 'POST', path: '/api/v1/schools/S2/restore', allowed: ['admin'], ok: 200 },
  { method: 'GET', path: '/api/v1/audit', allowed: ['admin'], ok: 200 },
];

for (const backend of backends()) {
  describe(`auth matrix (${backend.name})`, () => {
    let service: Service;
    let drop: () => Promise<void>;
    const headers: Record<Caller, Record<string, string>> = {
      none: {},
      unknown: { authorization: 'Bearer dGhpcyB0b2tlbiB3YXMgbmV2ZXIgaXNzdWVkIGJ5IHRoZSBzZXJ2aWNl' },
      malformed: { authorization: `Basic ${ADMIN_TOKEN}` },
      admin: { authorization: `Bearer ${ADMIN_TOKEN}` },
      viewer: {},
      school: {},
      otherSchool: {},
    };

    beforeAll(async () => {
      const place = await backend.create();
      drop = place.drop;
      service = await startService(place.location);
      headers.school = { authorization: `Bearer ${await registerSchool(service, { id: 'S1' })}` };
      headers.otherSchool = { authorization: `Bearer ${await registerSchool(service, { id: 'S2' })}` };
      const { token } = await service.json('POST', '/api/v1/tokens', 201, {
        token: ADMIN_TOKEN,
        body: { role: 'viewer' },
      });
      headers.viewer = { authorization: `Bearer ${token}` };
      // S1 has a current report, so the school's allowed push is a replacement (200).
      await service.json('POST', '/api/v1/reports', 201, { headers: headers.school, body: sampleReport({ id: 'S1' }) });
    });
    afterAll(async () => {
      await service?.close();
      await drop?.();
    });

    for (const endpoint of ENDPOINTS) {
      for (const caller of CALLERS) {
        const allowed = endpoint.allowed.includes(caller);
        const expected = allowed
          ? endpoint.ok
          : caller === 'none' || caller === 'unknown' || caller === 'malformed'
            ? 401
            : 403;
        it(`${endpoint.method} ${endpoint.path} as ${caller} → ${expected}`, async () => {
          const res = await service.call(endpoint.method, endpoint.path, {
            headers: headers[caller],
            body: endpoint.body?.(),
          });
          expect(res.status).toBe(expected);
          if (endpoint.path === '/') {
            expect(res.headers.get('content-type')).toMatch(/text\/html/);
            return;
          }
          if (expected === 401 || expected === 403) {
            const error = await errorOf(res);
            expect(error.code).toBe(expected === 401 ? 'unauthorized' : 'forbidden');
            expect(error.message).toMatch(/[а-я]/);
            if (expected === 401) expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
          }
        });
      }
    }

    it("refuses a school's report sent with another school's token (403) and stores nothing", async () => {
      const before = await service.json('GET', '/api/v1/schools/S1/reports', 200, { token: ADMIN_TOKEN });
      const res = await service.call('POST', '/api/v1/reports', {
        headers: headers.otherSchool,
        body: sampleReport({ id: 'S1' }),
      });
      expect(res.status).toBe(403);
      expect((await errorOf(res)).message).toMatch(/Токен выдан организации «S2», а отчёт — организации «S1»/);
      const after = await service.json('GET', '/api/v1/schools/S1/reports', 200, { token: ADMIN_TOKEN });
      expect(after.revisions).toHaveLength(before.revisions.length);
    });

    it('checks the token before reading the body', async () => {
      const res = await service.call('POST', '/api/v1/schools', {
        headers: { 'content-type': 'text/plain' },
        body: 'not json',
      });
      expect(res.status).toBe(401);
    });

    it('stores tokens only as sha256 hashes', async () => {
      const rows = await service.store.driver.query<{ hash: string }>('SELECT hash FROM tokens');
      expect(rows.length).toBeGreaterThanOrEqual(3);
      for (const { hash } of rows) expect(hash).toMatch(/^[0-9a-f]{64}$/);
      const tokens = Object.values(headers)
        .map((h) => h.authorization?.replace('Bearer ', ''))
        .filter(Boolean);
      for (const token of tokens) expect(rows.map((r) => r.hash)).not.toContain(token);
    });

    it('issues 256-bit base64url tokens', async () => {
      const { token } = await service.json('POST', '/api/v1/tokens', 201, {
        token: ADMIN_TOKEN,
        body: { role: 'viewer' },
      });
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('issues a replacement school token that pushes for that school only', async () => {
      const { token, schoolId } = await service.json('POST', '/api/v1/tokens', 201, {
        token: ADMIN_TOKEN,
        body: { role: 'school', schoolId: 'S2' },
      });
      expect(schoolId).toBe('S2');
      await service.json('POST', '/api/v1/reports', 201, { token, body: sampleReport({ id: 'S2' }) });
      const res = await service.call('POST', '/api/v1/reports', { token, body: sampleReport({ id: 'S1' }) });
      expect(res.status).toBe(403);
      const missing = await service.call('POST', '/api/v1/tokens', {
        token: ADMIN_TOKEN,
        body: { role: 'school', schoolId: 'NOPE' },
      });
      expect(missing.status).toBe(404);
    });
  });
}
