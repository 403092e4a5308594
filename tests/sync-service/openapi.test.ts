// The published API description: a valid OpenAPI 3.1 document naming every route of the app, and
// every answer of a real server (success and error alike) matching the schema described for it.
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../sync-service/src/app';
import { hashToken } from '../../sync-service/src/auth/token';
import { openStore } from '../../sync-service/src/store';
import { sampleCard } from '../practice/sample-card';
import { sampleReport } from '../report/sample-report';
import { ADMIN_TOKEN, backends, startService, type Service } from './harness';

type Json = Record<string, any>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

async function documentOfApp(): Promise<{ doc: Json; routes: string[] }> {
  const store = await openStore({ memory: true });
  const app = createApp({ store, adminTokenHash: hashToken(ADMIN_TOKEN) });
  const doc = (await (await app.request('/api/v1/openapi.json')).json()) as Json;
  const routes = app.routes
    .filter((r) => r.method !== 'ALL')
    .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
  await store.close();
  return { doc, routes };
}

const operationsOf = (doc: Json) =>
  Object.entries(doc.paths as Json).flatMap(([path, item]) =>
    METHODS.filter((m) => (item as Json)[m]).map((m) => `${m.toUpperCase()} ${path}`),
  );

describe('OpenAPI description', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const { doc } = await documentOfApp();
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // Schemas are inline: a `$ref` left by the zod conversion would point nowhere in this document.
    expect(JSON.stringify(doc)).not.toContain('"$ref"');
  });

  it('names every route of the service, and no route that does not exist', async () => {
    const { doc, routes } = await documentOfApp();
    expect([...new Set(routes)].sort()).toEqual(operationsOf(doc).sort());
    for (const must of [
      'POST /api/v1/sync',
      'GET /api/v1/sync/{id}',
      'GET /api/v1/openapi.json',
      'GET /api/docs',
      'POST /api/v1/reports',
    ])
      expect(operationsOf(doc)).toContain(must);
  });

  it('the reference page at /api/docs shows every operation and loads nothing from elsewhere', async () => {
    const store = await openStore({ memory: true });
    const app = createApp({ store, adminTokenHash: hashToken(ADMIN_TOKEN) });
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as Json;
    const res = await app.request('/api/docs');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    for (const op of operationsOf(doc)) {
      const [method, path] = op.split(' ');
      expect(html).toContain(`<span class="method ${method.toLowerCase()}">${method}</span> <code>${path}</code>`);
    }
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toContain('<script');
    await store.close();
  });
});

for (const backend of backends()) {
  describe(`every answer matches its description (${backend.name})`, () => {
    let service: Service;
    let drop: () => Promise<void>;
    let doc: Json;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s));
    const called = new Set<string>();

    beforeAll(async () => {
      const place = await backend.create();
      drop = place.drop;
      service = await startService(place.location, { logError: () => undefined });
      doc = await service.json('GET', '/api/v1/openapi.json', 200);
    });
    afterAll(async () => {
      await service?.close();
      await drop?.();
    });

    /** The operation of the description a concrete path belongs to. */
    function operationFor(method: string, url: string): { key: string; op: Json } {
      const path = new URL(url, 'http://x').pathname;
      const candidates = Object.keys(doc.paths).filter((template) =>
        new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`).test(path),
      );
      // A literal path (/api/v1/sync/latest) wins over a template (/api/v1/sync/{id}).
      const template = candidates.sort((a, b) => (a.includes('{') ? 1 : 0) - (b.includes('{') ? 1 : 0))[0];
      const op = template && doc.paths[template][method.toLowerCase()];
      if (!op) throw new Error(`${method} ${path} is not in the OpenAPI description`);
      return { key: `${method} ${template}`, op };
    }

    /** Calls the real server and checks the answer against the description; returns the parsed body. */
    async function check(
      method: string,
      url: string,
      expected: number,
      init: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
    ): Promise<any> {
      const { key, op } = operationFor(method, url);
      called.add(key);
      const res = await service.call(method, url, init);
      const text = await res.text();
      expect(res.status, `${method} ${url}: ${text.slice(0, 300)}`).toBe(expected);
      const described = op.responses[String(res.status)];
      expect(described, `${key} answered ${res.status}, which its description does not list`).toBeDefined();
      const content = (described.content ?? {}) as Json;
      const type = (res.headers.get('content-type') ?? '').split(';')[0].trim();
      if (!Object.keys(content).length) {
        expect(text, `${key} ${res.status} is described without a body`).toBe('');
        return undefined;
      }
      const media = Object.keys(content).find((m) => m.split(';')[0] === type);
      expect(
        media,
        `${key} ${res.status} answered ${type}, described: ${Object.keys(content).join(', ')}`,
      ).toBeDefined();
      if (type !== 'application/json') return text;
      const body = JSON.parse(text);
      const validate = ajv.compile(content[media!].schema);
      expect(validate(body) ? [] : validate.errors, `${key} ${res.status}: ${text.slice(0, 300)}`).toEqual([]);
      return body;
    }

    it('answers as described, for every route', async () => {
      const admin = { token: ADMIN_TOKEN };
      const school = { id: 'S1', name: 'МБОУ «СОШ № 1»', municipality: 'Беловский МО', kind: 'school' };

      await check('GET', '/healthz', 200);
      await check('GET', '/livez', 200);
      await check('GET', '/api/v1/openapi.json', 200);
      await check('GET', '/api/docs', 200);
      await check('GET', '/api/docs/style.css', 200);

      const { token: schoolToken } = await check('POST', '/api/v1/schools', 201, { ...admin, body: school });
      await check('POST', '/api/v1/schools', 201, {
        ...admin,
        body: {
          ...school,
          id: 'G1',
          source: { type: 'google', spreadsheetId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789' },
        },
      });
      await check('POST', '/api/v1/schools', 409, { ...admin, body: school });
      await check('POST', '/api/v1/schools', 400, { ...admin, body: { ...school, kind: 'Школа' } });
      await check('POST', '/api/v1/schools', 401, { body: school });
      await check('POST', '/api/v1/schools', 415, {
        ...admin,
        body: 'id=S9',
        headers: { 'content-type': 'text/plain' },
      });

      const { token: viewerToken } = await check('POST', '/api/v1/tokens', 201, { ...admin, body: { role: 'viewer' } });
      await check('POST', '/api/v1/tokens', 201, { ...admin, body: { role: 'school', schoolId: 'S1' } });
      await check('POST', '/api/v1/tokens', 404, { ...admin, body: { role: 'school', schoolId: 'S404' } });
      await check('POST', '/api/v1/tokens', 403, { token: viewerToken, body: { role: 'viewer' } });

      await check('POST', '/api/v1/reports', 201, { token: schoolToken, body: sampleReport({ id: 'S1' }) });
      await check('POST', '/api/v1/reports', 200, { token: schoolToken, body: sampleReport({ id: 'S1' }) });
      await check('POST', '/api/v1/reports', 400, { token: schoolToken, body: { version: 1 } });
      await check('GET', '/api/v1/schools/S1/reports', 200, admin);
      await check('GET', '/api/v1/schools/S1/reports?period=2024', 200, admin);
      await check('GET', '/api/v1/schools/S1/reports?period=24', 400, admin);
      await check('GET', '/api/v1/schools/S404/reports', 404, admin);
      await check('GET', '/api/v1/schools/S1/reports?limit=1', 200, admin);
      await check('POST', '/api/v1/reports', 200, {
        token: schoolToken,
        body: { ...sampleReport({ id: 'S1' }), enterprises: [] },
      });
      await check('POST', '/api/v1/schools/S1/reports/2024/2/withdraw', 200, admin);
      await check('POST', '/api/v1/schools/S1/reports/2024/9/withdraw', 404, admin);

      await check('GET', '/api/v1/schools', 200, admin);
      const edited = {
        name: 'МБОУ «СОШ № 1 им. А. С. Пушкина»',
        municipality: 'Беловский МО',
        kind: 'school',
        source: { type: 'push' },
      };
      await check('PUT', '/api/v1/schools/S1', 200, { ...admin, body: edited });
      await check('PUT', '/api/v1/schools/S404', 404, { ...admin, body: edited });
      await check('POST', '/api/v1/schools/G1/deactivate', 200, admin);
      await check('POST', '/api/v1/schools/G1/restore', 200, admin);
      const list =
        'Код;Наименование;Муниципалитет;Тип\r\n42-001;МБОУ «СОШ № 5»;Гурьевский МО;Школа\r\n;Без кода;Гурьевский МО;Школа\r\n';
      const csv = { 'content-type': 'text/csv; charset=utf-8' };
      const preview = await check('POST', '/api/v1/schools/import', 200, { ...admin, body: list, headers: csv });
      expect([preview.saved, preview.summary.create, preview.summary.error]).toEqual([false, 1, 1]);
      await check('POST', '/api/v1/schools/import?confirm=true', 200, { ...admin, body: list, headers: csv });

      const { tokens } = await check('GET', '/api/v1/tokens', 200, admin);
      const viewer = tokens.find((t: { role: string }) => t.role === 'viewer');
      await check('DELETE', `/api/v1/tokens/${viewer.id}`, 200, admin);
      await check('DELETE', '/api/v1/tokens/0123456789abcdef', 404, admin);
      await check('GET', '/api/v1/audit', 200, admin);
      const { token: viewerToken2 } = await check('POST', '/api/v1/tokens', 201, {
        ...admin,
        body: { role: 'viewer', label: 'Минобр, отдел общего образования' },
      });

      await check('GET', '/api/v1/region', 200, { token: viewerToken2 });
      await check('PUT', '/api/v1/region', 200, {
        ...admin,
        body: {
          name: 'Кемеровская область',
          enterprises: 120,
          population: { children10to19: 300000 },
          targets: { '2025': { menteeStudentsShare: 80 } },
        },
      });
      await check('GET', '/api/v1/region', 200, { token: viewerToken2 });

      await check('GET', '/api/v1/sync/latest', 404, admin);
      const run = await check('POST', '/api/v1/sync', 202, admin);
      await check('GET', run.statusUrl, 200, { token: viewerToken2 });
      await expect.poll(async () => (await service.json('GET', run.statusUrl, 200, admin)).state).toBe('done');
      await check('GET', run.statusUrl, 200, admin);
      await check('GET', '/api/v1/sync/latest', 200, admin);
      await check('GET', '/api/v1/sync/no-such-run', 404, admin);

      await check('GET', '/api/v1/indicators', 200, { token: viewerToken2 });
      await check('GET', '/api/v1/indicators?period=2023', 200, admin);
      await check('GET', '/api/v1/indicators?period=x', 400, admin);
      await check('GET', '/api/v1/indicators.csv?period=2024&level=municipality', 200, admin);
      await check('GET', '/api/v1/indicators.xlsx', 200, admin);

      const card = sampleCard({ schoolId: 'S1', practiceId: 'S1-practice' });
      const { token: methodologistToken } = await check('POST', '/api/v1/tokens', 201, {
        ...admin,
        body: { role: 'methodologist' },
      });
      const methodologist = { token: methodologistToken };
      await check('POST', '/api/v1/practices', 201, { token: schoolToken, body: card });
      await check('POST', '/api/v1/practices', 200, { token: schoolToken, body: card });
      await check('POST', '/api/v1/practices', 400, { token: schoolToken, body: { ...card, title: '' } });
      await check('POST', '/api/v1/practices', 403, { token: viewerToken2, body: card });
      await check('GET', '/api/v1/practices?school=S1', 200, { token: schoolToken });
      await check('GET', '/api/v1/practices', 200, methodologist);
      await check('GET', '/api/v1/practices/S1-practice', 200, { token: schoolToken });
      await check('GET', '/api/v1/practices/S1-none', 404, methodologist);
      await check('POST', '/api/v1/practices/S1-practice/review', 400, {
        ...methodologist,
        body: { decision: 'return' },
      });
      await check('POST', '/api/v1/practices/S1-none/review', 404, {
        ...methodologist,
        body: { decision: 'decline', comment: 'нет' },
      });
      await check('POST', '/api/v1/practices/S1-practice/review', 200, {
        ...methodologist,
        body: { decision: 'accept', level: 'regional' },
      });
      await check('GET', '/api/v1/catalogue/practices?q=наставника', 200, { token: viewerToken2 });
      await check('GET', '/api/v1/catalogue/practices', 401);
      await check('GET', '/api/v1/catalogue/practices/S1-practice', 200, { token: viewerToken2 });
      await check('GET', '/api/v1/catalogue/practices/S1-none', 404, { token: viewerToken2 });
      await check('GET', '/api/v1/catalogue/practices.xlsx', 200, methodologist);
      await check('GET', '/api/v1/catalogue/counts', 200, { token: viewerToken2 });
      await check('GET', '/api/v1/catalogue/settings', 200, admin);
      await check('PUT', '/api/v1/catalogue/settings', 403, { ...methodologist, body: { open: true } });
      await check('PUT', '/api/v1/catalogue/settings', 200, { ...admin, body: { open: false } });
      await check('GET', '/review', 303);
      await check('GET', '/review', 200, methodologist);
      await check('GET', '/catalogue', 303);
      await check('GET', '/catalogue', 200, { token: viewerToken2 });
      await check('GET', '/catalogue/S1-practice', 200, { token: viewerToken2 });
      await check('GET', '/assets/review.js', 200);
      await check('GET', '/assets/catalogue.js', 200);
      await check('GET', '/assets/practices.css', 200);

      await check('GET', '/', 401);
      await check('GET', '/', 200, { token: viewerToken2 });
      await check('GET', '/', 403, { token: schoolToken });
      const form = { 'content-type': 'application/x-www-form-urlencoded' };
      await check('POST', '/login', 303, { body: `token=${viewerToken2}`, headers: form });
      await check('POST', '/login', 401, { body: 'token=unknown', headers: form });
      await check('POST', '/login', 403, { body: `token=${schoolToken}`, headers: form });
      await check('POST', '/login', 415, { body: { token: viewerToken2 } });
      await check('POST', '/logout', 303);
      await check('GET', '/assets/dashboard.css', 200);
      await check('GET', '/assets/dashboard.js', 200);
      await check('GET', '/admin', 303);
      await check('GET', '/admin', 200, admin);
      await check('GET', '/assets/admin.js', 200);
      await check('GET', '/assets/admin.css', 200);

      // Every described operation was called above: a new route must be added to this walk.
      expect(operationsOf(doc).filter((op) => !called.has(op))).toEqual([]);
    });
  });
}
