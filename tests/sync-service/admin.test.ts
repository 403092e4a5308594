// Administration over the API: labelled tokens (issue, list, revoke with sessions), organisations
// (list, edit, deactivate/restore, import with a preview) and the audit log.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../report/sample-report';
import { DESCRIBED_ROUTES } from '../../sync-service/src/routes/schemas';
import { ADMIN_TOKEN, backends, errorOf, registerSchool, startService, type Service } from './harness';

const CSV_HEADER = 'Код;Наименование;Муниципалитет;Тип;Таблица Google';

function cp1251(text: string): Uint8Array {
  // Windows-1251 for Cyrillic: А..я are 0xC0..0xFF, Ё 0xA8, ё 0xB8, № 0xB9; ASCII as is.
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (ch === 'Ё') bytes.push(0xa8);
    else if (ch === 'ё') bytes.push(0xb8);
    else if (ch === '№') bytes.push(0xb9);
    else if (ch === '«') bytes.push(0xab);
    else if (ch === '»') bytes.push(0xbb);
    else throw new Error(`no cp1251 byte for ${ch}`);
  }
  return new Uint8Array(bytes);
}

async function xlsx(rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Организации');
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

for (const backend of backends()) {
  describe(`administration (${backend.name})`, () => {
    let service: Service;
    let drop: () => Promise<void>;
    const admin = { token: ADMIN_TOKEN };

    const upload = (bytes: Uint8Array, type: string, confirm: boolean) =>
      fetch(`${service.url}/api/v1/schools/import${confirm ? '?confirm=true' : ''}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': type },
        body: bytes,
      });

    /** Every answer of a described route must have the shape its description gives. */
    const checked = new Set<string>();
    function conforms(method: string, path: string, status: number, body: unknown): void {
      const route = DESCRIBED_ROUTES.find(
        (r) =>
          r.method === method.toLowerCase() &&
          new RegExp(`^${r.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path.split('?')[0]),
      );
      const schema = route?.responses[status];
      if (!route || !schema) return;
      const result = schema.safeParse(body);
      if (!result.success)
        throw new Error(`${method} ${path} → ${status} does not match its description: ${result.error.message}`);
      checked.add(`${route.method} ${route.path}`);
    }

    beforeAll(async () => {
      const place = await backend.create();
      drop = place.drop;
      const started = await startService(place.location);
      const json = started.json;
      service = {
        ...started,
        async json(method, path, expectedStatus, options) {
          const body = await json(method, path, expectedStatus, options);
          conforms(method, path, expectedStatus, body);
          return body;
        },
      };
    });
    afterAll(async () => {
      await service?.close();
      await drop?.();
    });

    it('issues a labelled viewer token, lists it without the token, and revokes it with its sessions at once', async () => {
      const issued = await service.json('POST', '/api/v1/tokens', 201, {
        ...admin,
        body: { role: 'viewer', label: 'Минобр, отдел общего образования' },
      });
      expect(issued).toMatchObject({ role: 'viewer', label: 'Минобр, отдел общего образования' });
      expect(issued.id).toMatch(/^[0-9a-f]{16}$/);
      expect((await service.call('GET', '/api/v1/region', { token: issued.token })).status).toBe(200);

      const login = await service.call('POST', '/login', {
        body: `token=${issued.token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      const cookie = login.headers.get('set-cookie')!.split(';')[0];
      expect((await service.call('GET', '/api/v1/indicators?period=2024', { headers: { cookie } })).status).toBe(200);

      const { tokens } = await service.json('GET', '/api/v1/tokens', 200, admin);
      const listed = tokens.find((t: { id: string }) => t.id === issued.id);
      expect(listed).toMatchObject({ role: 'viewer', label: 'Минобр, отдел общего образования', revokedAt: null });
      expect(listed.lastUsedAt).not.toBeNull();
      expect(JSON.stringify(tokens)).not.toContain(issued.token);

      await service.json('DELETE', `/api/v1/tokens/${issued.id}`, 200, admin);
      expect((await service.call('GET', '/api/v1/region', { token: issued.token })).status).toBe(401);
      expect((await service.call('GET', '/api/v1/indicators?period=2024', { headers: { cookie } })).status).toBe(401);
      expect((await service.call('DELETE', `/api/v1/tokens/${issued.id}`, admin)).status).toBe(404);
      const after = await service.json('GET', '/api/v1/tokens', 200, admin);
      expect(after.tokens.some((t: { id: string }) => t.id === issued.id)).toBe(false);
      const withRevoked = await service.json('GET', '/api/v1/tokens?revoked=true', 200, admin);
      expect(withRevoked.tokens.find((t: { id: string }) => t.id === issued.id).revokedAt).not.toBeNull();
    });

    it('reissues a school token: the new one pushes, the old one stops', async () => {
      const old = await registerSchool(service, { id: 'R1' });
      const fresh = await service.json('POST', '/api/v1/tokens', 201, {
        ...admin,
        body: { role: 'school', schoolId: 'R1', reissue: true },
      });
      expect(fresh).toMatchObject({ role: 'school', schoolId: 'R1', label: 'ОО R1 (R1)' });
      expect(fresh.revoked).toHaveLength(1);
      expect(
        (await service.call('POST', '/api/v1/reports', { token: old, body: sampleReport({ id: 'R1' }) })).status,
      ).toBe(401);
      expect(
        (await service.call('POST', '/api/v1/reports', { token: fresh.token, body: sampleReport({ id: 'R1' }) }))
          .status,
      ).toBe(201);
    });

    it('edits, deactivates and restores an organisation; a deactivated one leaves the tables but keeps its reports', async () => {
      const token = await registerSchool(service, { id: 'E1', name: 'Старое имя' });
      await service.json('POST', '/api/v1/reports', 201, { token, body: sampleReport({ id: 'E1' }) });
      const period = sampleReport({ id: 'E1' }).period;
      const edited = await service.json('PUT', '/api/v1/schools/E1', 200, {
        ...admin,
        body: { name: 'МБОУ «СОШ № 1»', municipality: 'Беловский МО', kind: 'college', source: { type: 'push' } },
      });
      expect(edited).toMatchObject({
        id: 'E1',
        name: 'МБОУ «СОШ № 1»',
        municipality: 'Беловский МО',
        kind: 'college',
        deactivatedAt: null,
      });

      await service.json('POST', '/api/v1/schools/E1/deactivate', 200, admin);
      const hidden = await service.json('GET', `/api/v1/indicators?period=${period}`, 200, admin);
      expect(hidden.schools.some((s: { id: string }) => s.id === 'E1')).toBe(false);
      const listed = await service.json('GET', `/api/v1/schools?period=${period}`, 200, admin);
      expect(listed.schools.find((s: { id: string }) => s.id === 'E1')).toMatchObject({ reported: true });
      expect(listed.schools.find((s: { id: string }) => s.id === 'E1').deactivatedAt).not.toBeNull();

      await service.json('POST', '/api/v1/schools/E1/restore', 200, admin);
      const back = await service.json('GET', `/api/v1/indicators?period=${period}`, 200, admin);
      expect(back.schools.find((s: { id: string }) => s.id === 'E1')).toMatchObject({ name: 'МБОУ «СОШ № 1»' });
      expect((await service.call('POST', '/api/v1/schools/NOPE/deactivate', admin)).status).toBe(404);
    });

    it('previews a Windows-1251 «;» list with each bad row named, saves nothing until confirmed, then saves the good rows', async () => {
      const csv = cp1251(
        [
          CSV_HEADER,
          'I-1;МБОУ «СОШ № 1»;Беловский МО;Школа;',
          'I-2;ГПОУ «Техникум»;Беловский МО;СПО;https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit',
          'I 3;Без кода;Беловский МО;Школа;',
          'I-4;;Беловский МО;Лицей-интернат;',
          'I-1;Повтор;Беловский МО;Школа;',
        ].join('\r\n'),
      );
      const preview = await upload(csv, 'text/csv', false);
      expect(preview.status).toBe(200);
      const body: any = await preview.json();
      expect(body.saved).toBe(false);
      expect(body.summary).toEqual({ create: 2, update: 0, unchanged: 0, error: 3 });
      expect(body.rows[1].values.kind).toBe('СПО');
      expect(body.rows[2].problems).toEqual([expect.stringMatching(/^Строка 4, столбец A «Код»: код «I 3»/)]);
      expect(body.rows[3].problems).toEqual([
        'Строка 5, столбец B «Наименование»: наименование не указано',
        expect.stringMatching(/^Строка 5, столбец D «Тип»: неизвестный тип «Лицей-интернат»/),
      ]);
      expect(body.rows[4].problems).toEqual(['Строка 6, столбец A «Код»: код «I-1» уже встречался в строке 2']);
      const before = await service.json('GET', '/api/v1/schools', 200, admin);
      expect(before.schools.some((s: { id: string }) => s.id.startsWith('I-'))).toBe(false);

      conforms('POST', '/api/v1/schools/import', 200, body);
      const saved: any = await (await upload(csv, 'text/csv', true)).json();
      expect(saved.saved).toBe(true);
      const after = await service.json('GET', '/api/v1/schools', 200, admin);
      expect(after.schools.find((s: { id: string }) => s.id === 'I-2')).toMatchObject({
        kind: 'college',
        source: { type: 'google', spreadsheetId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789' },
        tokens: 0,
      });
    });

    it('re-imports an .xlsx list updating by code without duplicates', async () => {
      const rows = [
        ['Код', 'Наименование', 'Муниципалитет', 'Тип'],
        ['X-1', 'Школа 1', 'Гурьевский МО', 'Школа'],
        ['X-2', 'Школа 2', 'Гурьевский МО', 'Школа'],
      ];
      const first: any = await (
        await upload(await xlsx(rows), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', true)
      ).json();
      expect(first.summary).toEqual({ create: 2, update: 0, unchanged: 0, error: 0 });
      rows[2][1] = 'Школа № 2 имени Пушкина';
      const again: any = await (await upload(await xlsx(rows), 'application/octet-stream', true)).json();
      expect(again.summary).toEqual({ create: 0, update: 1, unchanged: 1, error: 0 });
      const { schools } = await service.json('GET', '/api/v1/schools', 200, admin);
      expect(schools.filter((s: { id: string }) => s.id.startsWith('X-')).map((s: { name: string }) => s.name)).toEqual(
        ['Школа 1', 'Школа № 2 имени Пушкина'],
      );
    });

    it('reads a UTF-8 list with a BOM and «,» as the separator', async () => {
      const csv = new TextEncoder().encode(
        '\uFEFFКод,Наименование,Муниципалитет,Тип\r\nU-1,"МБОУ ""СОШ"", корпус 2",Гурьевский МО,колледж\r\n',
      );
      const body: any = await (await upload(csv, 'text/csv', false)).json();
      expect(body.rows).toEqual([
        {
          line: 2,
          values: {
            id: 'U-1',
            name: 'МБОУ "СОШ", корпус 2',
            municipality: 'Гурьевский МО',
            kind: 'колледж',
            source: '',
          },
          action: 'create',
          problems: [],
        },
      ]);
    });

    it('refuses a file without the needed columns, naming what it found', async () => {
      const res = await upload(new TextEncoder().encode('Школа,Адрес\nА,Б\n'), 'text/csv', false);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toBe(
        'Строка 1 (заголовки): нет столбцов «Код», «Наименование», «Муниципалитет», «Тип»; найдены «Школа», «Адрес»',
      );
    });

    it('keeps an audit log of who did what, by token label', async () => {
      await service.json('PUT', '/api/v1/region', 200, {
        ...admin,
        body: { name: 'Кемеровская область', targets: { '2025': { menteeStudentsShare: 70 } } },
      });
      await service.json('GET', '/api/v1/region', 200, admin);
      const { entries } = await service.json('GET', '/api/v1/audit', 200, admin);
      const actions = entries.map((e: { action: string }) => e.action);
      expect(actions[0]).toBe('region.update');
      for (const a of [
        'token.issue',
        'token.revoke',
        'token.reissue',
        'school.create',
        'school.update',
        'school.deactivate',
        'school.restore',
        'school.import',
      ]) {
        expect(actions).toContain(a);
      }
      expect(entries[0].actor).toBe('Администратор (ADMIN_TOKEN)');
      expect(JSON.stringify(entries)).not.toMatch(/"token":/);
      const viewer = await service.json('POST', '/api/v1/tokens', 201, { ...admin, body: { role: 'viewer' } });
      expect((await service.call('GET', '/api/v1/audit', { token: viewer.token })).status).toBe(403);
    });

    it('checked every described route against its description', () => {
      expect([...checked].sort()).toEqual(DESCRIBED_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    });
  });
}
