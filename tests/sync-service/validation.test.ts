// Validation at the edge: every report rule with its issue path, the other bodies, 413 and 415.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVALID_REPORT_CASES, reportWith } from '../report/invalid-cases';
import { sampleReport } from '../report/sample-report';
import { ADMIN_TOKEN, backends, errorOf, registerSchool, startService, type Service } from './harness';

/** Sends a body in chunks with `Transfer-Encoding: chunked` (no Content-Length). */
function streamed(
  url: string,
  path: string,
  token: string,
  chunks: number,
  chunkSize: number,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    const chunk = '{"x":"' + 'a'.repeat(chunkSize - 6);
    let sent = 0;
    const write = () => {
      while (sent < chunks) {
        sent++;
        if (!req.write(sent === 1 ? chunk : 'a'.repeat(chunkSize))) return void req.once('drain', write);
      }
      req.end('"}');
    };
    write();
  });
}

for (const backend of backends()) {
  describe(`validation at the edge (${backend.name})`, () => {
    let service: Service;
    let drop: () => Promise<void>;
    let schoolToken: string;

    beforeAll(async () => {
      const place = await backend.create();
      drop = place.drop;
      service = await startService(place.location);
      schoolToken = await registerSchool(service, { id: '42-0001' });
    });
    afterAll(async () => {
      await service?.close();
      await drop?.();
    });

    for (const c of INVALID_REPORT_CASES) {
      it(`report rule «${c.rule}» → 400 at ${c.path}`, async () => {
        const res = await service.call('POST', '/api/v1/reports', {
          token: schoolToken,
          body: reportWith(sampleReport(), c.change),
        });
        expect(res.status).toBe(400);
        const error = await errorOf(res);
        expect(error.code).toBe('invalid_body');
        expect(error.message).toMatch(/Отчёт не прошёл проверку/);
        expect(error.issues).toEqual([{ path: c.path, message: expect.stringMatching(c.message) }]);
      });
    }

    it('lists every problem of a report in one answer and stores nothing', async () => {
      const body = reportWith(sampleReport(), (r) => {
        r.period = '24';
        r.participants.menteeStudents10to19 = 1000;
        r.enterprises[0].inn = '1234567890';
      });
      const { error } = await service.json('POST', '/api/v1/reports', 400, { token: schoolToken, body });
      expect(error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
        'enterprises.0.inn',
        'participants.menteeStudents10to19',
        'period',
      ]);
      const { revisions } = await service.json('GET', '/api/v1/schools/42-0001/reports', 200, { token: ADMIN_TOKEN });
      expect(revisions).toEqual([]);
    });

    it('refuses a body that is not JSON (400 at the root)', async () => {
      const { error } = await service.json('POST', '/api/v1/reports', 400, {
        token: schoolToken,
        body: '{"schemaVersion":1,',
      });
      expect(error.issues).toEqual([{ path: '', message: expect.stringMatching(/^Тело запроса — не JSON/) }]);
      const array = await service.json('POST', '/api/v1/reports', 400, { token: schoolToken, body: [] });
      expect(array.error.issues[0]).toEqual({ path: '', message: expect.stringMatching(/Ожидается объект отчёта/) });
    });

    it('refuses a body that is not JSON by type (415)', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const res = await service.call('POST', '/api/v1/reports', {
          token: schoolToken,
          body: JSON.stringify(sampleReport()),
          headers: { 'content-type': type },
        });
        expect(res.status, type).toBe(415);
        expect(await errorOf(res)).toMatchObject({
          code: 'unsupported_media_type',
          message: expect.stringMatching(/application\/json/),
        });
      }
      const none = await fetch(`${service.url}/api/v1/tokens`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        body: new Uint8Array([123, 125]),
      });
      expect(none.status).toBe(415);
    });

    it('accepts JSON with a charset parameter', async () => {
      const res = await service.call('POST', '/api/v1/reports', {
        token: schoolToken,
        body: sampleReport({ period: '2019' }),
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
      expect(res.status).toBe(201);
    });

    it('refuses a body over 1 MB declared by Content-Length (413)', async () => {
      const big = reportWith(sampleReport(), (r) => (r.padding = 'x'.repeat(1024 * 1024)));
      const res = await service.call('POST', '/api/v1/reports', { token: schoolToken, body: big });
      expect(res.status).toBe(413);
      expect(await errorOf(res)).toMatchObject({ code: 'payload_too_large', message: 'Тело запроса больше 1 МБ' });
    });

    it('refuses a body over 1 MB streamed without Content-Length (413)', async () => {
      const res = await streamed(service.url, '/api/v1/reports', schoolToken, 40, 32 * 1024);
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body).error.code).toBe('payload_too_large');
    });

    it('reads a streamed body under 1 MB', async () => {
      const res = await streamed(service.url, '/api/v1/reports', schoolToken, 8, 32 * 1024);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body).error.issues.length).toBeGreaterThan(5);
    });

    it('accepts a report just under 1 MB and keeps only the contract fields', async () => {
      const body = reportWith(sampleReport({ period: '2020' }), (r) => (r.padding = 'x'.repeat(1024 * 1024 - 2000)));
      expect(new TextEncoder().encode(JSON.stringify(body)).length).toBeLessThan(1024 * 1024);
      await service.json('POST', '/api/v1/reports', 201, { token: schoolToken, body });
      const { revisions } = await service.json('GET', '/api/v1/schools/42-0001/reports?period=2020', 200, {
        token: ADMIN_TOKEN,
      });
      expect(revisions[0].report).toEqual(sampleReport({ period: '2020' }));
    });

    describe('school registration', () => {
      const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
        ['name required', { id: 'A1', municipality: 'М', kind: 'school' }, 'name', /Обязательное поле/],
        [
          'kind from the list',
          { id: 'A1', name: 'Н', municipality: 'М', kind: 'вуз' },
          'kind',
          /school, college, additional/,
        ],
        [
          'id without slashes',
          { id: 'a/b', name: 'Н', municipality: 'М', kind: 'school' },
          'id',
          /без пробелов и «\/»/,
        ],
        [
          'source type',
          { id: 'A1', name: 'Н', municipality: 'М', kind: 'school', source: { type: 'ftp' } },
          'source.type',
          /push.*google/,
        ],
        [
          'spreadsheet id',
          { id: 'A1', name: 'Н', municipality: 'М', kind: 'school', source: { type: 'google', spreadsheetId: 'a b' } },
          'source.spreadsheetId',
          /между \/d\/ и \/edit/,
        ],
        [
          'unknown field',
          { id: 'A1', name: 'Н', municipality: 'М', kind: 'school', director: 'Ф. И. О.' },
          '',
          /Неизвестные поля: director/,
        ],
      ];
      for (const [rule, body, path, message] of cases) {
        it(`${rule} → 400 at «${path}»`, async () => {
          const { error } = await service.json('POST', '/api/v1/schools', 400, { token: ADMIN_TOKEN, body });
          expect(error.issues).toContainEqual({ path, message: expect.stringMatching(message) });
        });
      }

      it('refuses an id already registered (409) and keeps the first registration', async () => {
        const first = await registerSchool(service, { id: 'DUP', name: 'Первая' });
        const { error } = await service.json('POST', '/api/v1/schools', 409, {
          token: ADMIN_TOKEN,
          body: { id: 'DUP', name: 'Вторая', municipality: 'М', kind: 'school' },
        });
        expect(error).toMatchObject({ code: 'conflict', message: 'Организация с кодом «DUP» уже зарегистрирована' });
        await service.json('POST', '/api/v1/reports', 201, { token: first, body: sampleReport({ id: 'DUP' }) });
      });
    });

    describe('region settings', () => {
      const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
        ['name required', {}, 'name', /Обязательное поле/],
        ['enterprises integer', { name: 'Р', enterprises: 2.5 }, 'enterprises', /целое число/],
        ['enterprises ≥ 0', { name: 'Р', enterprises: -1 }, 'enterprises', /не меньше 0/],
        ['population keys', { name: 'Р', population: { children: 5 } }, 'population', /Неизвестные поля: children/],
        [
          'target ≤ 100',
          { name: 'Р', targets: { '2024': { menteeStudentsShare: 120 } } },
          'targets.2024.menteeStudentsShare',
          /не больше 100/,
        ],
        [
          'target indicator key',
          { name: 'Р', targets: { '2024': { menteeShare: 10 } } },
          'targets.2024',
          /Неизвестные поля: menteeShare/,
        ],
        [
          'target year',
          { name: 'Р', targets: { двадцать: { menteeStudentsShare: 10 } } },
          'targets.двадцать',
          /год из четырёх цифр/,
        ],
      ];
      for (const [rule, body, path, message] of cases) {
        it(`${rule} → 400 at «${path}»`, async () => {
          const { error } = await service.json('PUT', '/api/v1/region', 400, { token: ADMIN_TOKEN, body });
          expect(error.issues).toContainEqual({ path, message: expect.stringMatching(message) });
        });
      }
    });

    it('checks query parameters', async () => {
      const { error } = await service.json('GET', '/api/v1/indicators?period=24', 400, { token: ADMIN_TOKEN });
      expect(error.issues).toEqual([{ path: 'period', message: expect.stringMatching(/год из четырёх цифр/) }]);
      const csv = await service.json('GET', '/api/v1/indicators.csv?period=2024&level=city', 400, {
        token: ADMIN_TOKEN,
      });
      expect(csv.error.issues).toEqual([{ path: 'level', message: 'level: school, municipality или region' }]);
      const revisions = await service.json('GET', '/api/v1/schools/42-0001/reports?period=x', 400, {
        token: ADMIN_TOKEN,
      });
      expect(revisions.error.issues[0].path).toBe('period');
    });

    it('gives a Russian 404 for unknown schools and addresses', async () => {
      const unknown = await service.json('GET', '/api/v1/schools/NOPE/reports', 404, { token: ADMIN_TOKEN });
      expect(unknown.error).toMatchObject({ code: 'not_found', message: 'Организация «NOPE» не зарегистрирована' });
      const route = await service.json('GET', '/api/v2/anything', 404);
      expect(route.error.message).toMatch(/Нет такого адреса/);
    });

    it('tells which token a token request may ask for', async () => {
      const { error } = await service.json('POST', '/api/v1/tokens', 400, {
        token: ADMIN_TOKEN,
        body: { role: 'admin' },
      });
      expect(error.issues).toEqual([{ path: 'role', message: expect.stringMatching(/viewer.*school/) }]);
    });
  });
}
