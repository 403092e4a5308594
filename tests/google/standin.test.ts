// The Sheets/Drive stand-in behaves like the API where the service depends on it, driven
// through the real googleapis client.
import { drive } from '@googleapis/drive';
import { auth, sheets } from '@googleapis/sheets';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseA1 } from '../../testkit/sheets-standin/a1';
import { startSheetsStandin, type SheetsStandin } from '../../testkit/sheets-standin';
import { STANDIN_TOKEN } from '../../testkit/google/standin';

let standin: SheetsStandin;
let api: ReturnType<typeof clients>;

function clients(rootUrl: string) {
  const client = new auth.OAuth2();
  client.setCredentials({ access_token: STANDIN_TOKEN });
  const options = { auth: client, rootUrl, retry: false };
  return { sheets: sheets({ version: 'v4', ...options }), drive: drive({ version: 'v3', ...options }) };
}

async function status(promise: Promise<unknown>): Promise<{ status?: number; message: string }> {
  try {
    await promise;
  } catch (e) {
    const err = e as { status?: number; message: string };
    return { status: err.status, message: err.message };
  }
  throw new Error('expected the call to fail');
}

beforeEach(async () => {
  standin = await startSheetsStandin({ token: STANDIN_TOKEN });
  api = clients(standin.url);
  standin.createSpreadsheet('book', 'Книга', ['Лист1', "It's"]);
});
afterEach(() => standin.close());

describe('A1 notation', () => {
  it('reads sheet titles, quoted titles with quotes, open-ended ranges and bare cells', () => {
    expect(parseA1("'It''s'!B2:C")).toEqual({
      sheetTitle: "It's",
      startRow: 1,
      startCol: 1,
      endRow: undefined,
      endCol: 3,
    });
    expect(parseA1('Лист1')).toEqual({ sheetTitle: 'Лист1', startRow: 0, startCol: 0 });
    expect(parseA1('A:C')).toEqual({ sheetTitle: undefined, startRow: 0, startCol: 0, endRow: undefined, endCol: 3 });
    expect(parseA1('Лист1!AA10')).toEqual({ sheetTitle: 'Лист1', startRow: 9, startCol: 26, endRow: 10, endCol: 27 });
  });
});

describe('values', () => {
  it('update, get (trimmed), clear', async () => {
    const sheet = api.sheets.spreadsheets.values;
    await sheet.update({
      spreadsheetId: 'book',
      range: "'It''s'!B2",
      valueInputOption: 'RAW',
      requestBody: { values: [[1, 'два'], [], [true]] },
    });
    const got = await sheet.get({ spreadsheetId: 'book', range: "'It''s'", valueRenderOption: 'UNFORMATTED_VALUE' });
    expect(got.data.values).toEqual([[], ['', 1, 'два'], [], ['', true]]);
    const formatted = await sheet.get({ spreadsheetId: 'book', range: "'It''s'!B2:C4" });
    expect(formatted.data.values).toEqual([['1', 'два'], [], ['TRUE']]);
    await sheet.clear({ spreadsheetId: 'book', range: "'It''s'!B2:B2" });
    expect((await sheet.get({ spreadsheetId: 'book', range: "'It''s'!A1:C4" })).data.values).toEqual([
      [],
      ['', '', 'два'],
      [],
      ['', 'TRUE'],
    ]);
    await sheet.batchClear({ spreadsheetId: 'book', requestBody: { ranges: ["'It''s'"] } });
    expect((await sheet.get({ spreadsheetId: 'book', range: "'It''s'" })).data.values).toBeUndefined();
  });

  it('refuses writes beyond the grid and ranges of sheets that do not exist', async () => {
    const values = api.sheets.spreadsheets.values;
    const tooLong = Array.from({ length: 1001 }, () => ['x']);
    expect(
      await status(
        values.update({
          spreadsheetId: 'book',
          range: 'Лист1!A1',
          valueInputOption: 'RAW',
          requestBody: { values: tooLong },
        }),
      ),
    ).toEqual({
      status: 400,
      message: "Range ('Лист1'!A1:A1001) exceeds grid limits. Max rows: 1000, max columns: 26",
    });
    expect(await status(values.batchGet({ spreadsheetId: 'book', ranges: ["'Нет такого'!A1"] }))).toEqual({
      status: 400,
      message: "Unable to parse range: 'Нет такого'!A1",
    });
  });
});

describe('spreadsheets.batchUpdate', () => {
  it('applies every request or none', async () => {
    const before = standin.get('book').version;
    const failed = await status(
      api.sheets.spreadsheets.batchUpdate({
        spreadsheetId: 'book',
        requestBody: {
          requests: [
            { addSheet: { properties: { title: 'Новый' } } },
            { addSheet: { properties: { title: 'Лист1' } } },
          ],
        },
      }),
    );
    expect(failed).toEqual({
      status: 400,
      message: 'A sheet with the name "Лист1" already exists. Please enter another name.',
    });
    expect(standin.get('book').sheetByTitle('Новый')).toBeUndefined();
    expect(standin.get('book').version).toBe(before);
  });

  it('refuses to freeze every row, and requests it does not know', async () => {
    const sheetId = standin.get('book').sheetByTitle('Лист1')!.properties.sheetId;
    const freezeAll = {
      updateSheetProperties: {
        properties: { sheetId, gridProperties: { rowCount: 1, frozenRowCount: 1 } },
        fields: 'gridProperties(rowCount,frozenRowCount)',
      },
    };
    expect(
      await status(
        api.sheets.spreadsheets.batchUpdate({ spreadsheetId: 'book', requestBody: { requests: [freezeAll] } }),
      ),
    ).toEqual({
      status: 400,
      message: "You can't freeze all visible rows on the sheet.",
    });
    expect(
      (
        await status(
          api.sheets.spreadsheets.batchUpdate({
            spreadsheetId: 'book',
            requestBody: { requests: [{ sortRange: { range: { sheetId } } }] },
          }),
        )
      ).status,
    ).toBe(400);
  });

  it('deletes sheets and renames them', async () => {
    const [first, second] = standin.get('book').sheets.map((s) => s.properties.sheetId);
    await api.sheets.spreadsheets.batchUpdate({
      spreadsheetId: 'book',
      requestBody: {
        requests: [
          { deleteSheet: { sheetId: first } },
          { updateSheetProperties: { properties: { sheetId: second, title: 'Итог' }, fields: 'title' } },
        ],
      },
    });
    const meta = await api.sheets.spreadsheets.get({ spreadsheetId: 'book' });
    expect(meta.data.sheets!.map((s) => [s.properties!.title, s.properties!.index])).toEqual([['Итог', 0]]);
  });
});

describe('Drive and access', () => {
  it('has no `id` query term, as Drive', async () => {
    expect((await status(api.drive.files.list({ q: "id = 'book'" }))).status).toBe(400);
  });

  it('moves modifiedTime and version on every edit', async () => {
    const first = (await api.drive.files.get({ fileId: 'book', fields: 'id,modifiedTime,version' })).data;
    await api.sheets.spreadsheets.values.update({
      spreadsheetId: 'book',
      range: 'Лист1!A1',
      valueInputOption: 'RAW',
      requestBody: { values: [['x']] },
    });
    const second = (await api.drive.files.get({ fileId: 'book', fields: 'id,modifiedTime,version' })).data;
    expect(Number(second.version)).toBe(Number(first.version) + 1);
    expect(Date.parse(second.modifiedTime!)).toBeGreaterThan(Date.parse(first.modifiedTime!));
    const listed = await api.drive.files.list({ q: `modifiedTime > '${first.modifiedTime}'` });
    expect(listed.data.files!.map((f) => f.id)).toEqual(['book']);
  });

  it('checks the bearer token and counts every request, failed ones included', async () => {
    const anonymous = sheets({ version: 'v4', rootUrl: standin.url, retry: false });
    expect((await status(anonymous.spreadsheets.get({ spreadsheetId: 'book' }))).status).toBe(401);
    standin.fail('book', { status: 503, times: 1 });
    expect((await status(api.sheets.spreadsheets.get({ spreadsheetId: 'book' }))).status).toBe(503);
    await api.sheets.spreadsheets.get({ spreadsheetId: 'book' });
    expect(standin.requestCount('book')).toBe(3);
  });
});

async function refusal(promise: Promise<unknown>): Promise<{ status?: number; body: any }> {
  try {
    await promise;
  } catch (e) {
    const err = e as { status?: number; response?: { data?: unknown } };
    return { status: err.status, body: err.response?.data };
  }
  throw new Error('expected the call to fail');
}

describe('quota and disabled APIs, answered with Google’s error bodies', () => {
  it('429 from Sheets: RESOURCE_EXHAUSTED with reason rateLimitExceeded', async () => {
    const quoted = await startSheetsStandin({ token: STANDIN_TOKEN, quota: { readsPerMinute: 1, writesPerMinute: 1 } });
    try {
      quoted.createSpreadsheet('book');
      const { sheets: api } = clients(quoted.url);
      await api.spreadsheets.get({ spreadsheetId: 'book' });
      const { status, body } = await refusal(api.spreadsheets.get({ spreadsheetId: 'book' }));
      expect(status).toBe(429);
      expect(body.error).toMatchObject({
        code: 429,
        status: 'RESOURCE_EXHAUSTED',
        errors: [{ domain: 'usageLimits', reason: 'rateLimitExceeded' }],
      });
      expect(body.error.message).toMatch(/^Quota exceeded for quota metric 'Read requests'/);
    } finally {
      await quoted.close();
    }
  });

  it('403 userRateLimitExceeded and rateLimitExceeded from Drive, as its handle-errors page shows them', async () => {
    standin.fail('drive', { status: 403, reason: 'userRateLimitExceeded', times: 1 });
    expect(await refusal(api.drive.files.get({ fileId: 'book' }))).toEqual({
      status: 403,
      body: {
        error: {
          code: 403,
          message: 'User Rate Limit Exceeded',
          errors: [{ domain: 'usageLimits', reason: 'userRateLimitExceeded', message: 'User Rate Limit Exceeded' }],
          status: 'PERMISSION_DENIED',
        },
      },
    });
    standin.fail('drive', { status: 403, reason: 'rateLimitExceeded', times: 1 });
    expect((await refusal(api.drive.files.list({}))).body.error.errors).toEqual([
      { domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' },
    ]);
    expect((await api.drive.files.get({ fileId: 'book', fields: 'id' })).data.id).toBe('book');
  });

  it('an API switched off in the Cloud project: 403 accessNotConfigured for every request to it', async () => {
    standin.disableApi('sheets');
    const { status, body } = await refusal(api.sheets.spreadsheets.get({ spreadsheetId: 'book' }));
    expect(status).toBe(403);
    expect(body.error).toMatchObject({
      code: 403,
      status: 'PERMISSION_DENIED',
      errors: [{ domain: 'usageLimits', reason: 'accessNotConfigured' }],
    });
    expect(body.error.message).toMatch(
      /^Google Sheets API has not been used in project \d+ before or it is disabled\. Enable it by visiting https:\/\/console\.developers\.google\.com\/apis\/api\/sheets\.googleapis\.com\//,
    );
    expect(body.error.details[0]).toMatchObject({
      reason: 'SERVICE_DISABLED',
      metadata: { service: 'sheets.googleapis.com' },
    });
    // Drive is a separate API: still on.
    expect((await api.drive.files.get({ fileId: 'book', fields: 'id' })).data.id).toBe('book');
    standin.disableApi('sheets', false);
    expect((await api.sheets.spreadsheets.get({ spreadsheetId: 'book' })).status).toBe(200);
  });
});

describe('users and drive.file', () => {
  const ANNA = {
    token: 'token-anna',
    email: 'anna@school.example',
    name: 'Анна Петрова',
    access: 'drive.file' as const,
  };
  const BORIS = {
    token: 'token-boris',
    email: 'boris@school.example',
    name: 'Борис Иванов',
    access: 'drive.file' as const,
  };
  const SERVICE = { token: 'token-service', email: 'sync@region.iam.gserviceaccount.com', access: 'shared' as const };

  function as(server: SheetsStandin, token: string) {
    const client = new auth.OAuth2();
    client.setCredentials({ access_token: token });
    const options = { auth: client, rootUrl: server.url, retry: false };
    return { sheets: sheets({ version: 'v4', ...options }), drive: drive({ version: 'v3', ...options }) };
  }

  it('a file one user created through the app is "File not found" to another until granted; the service sees it once shared', async () => {
    const server = await startSheetsStandin({ users: [ANNA, BORIS, SERVICE] });
    try {
      const anna = as(server, ANNA.token);
      const boris = as(server, BORIS.token);
      const service = as(server, SERVICE.token);
      const id = (await anna.sheets.spreadsheets.create({ requestBody: { properties: { title: 'Отчёт' } } })).data
        .spreadsheetId!;
      expect((await anna.drive.files.get({ fileId: id, fields: 'id' })).data.id).toBe(id);

      const hidden = await refusal(boris.drive.files.get({ fileId: id, fields: 'id' }));
      expect(hidden).toEqual({
        status: 404,
        body: {
          error: {
            code: 404,
            message: `File not found: ${id}.`,
            errors: [expect.objectContaining({ reason: 'notFound' })],
            status: 'NOT_FOUND',
          },
        },
      });
      expect((await refusal(boris.sheets.spreadsheets.get({ spreadsheetId: id }))).status).toBe(403);
      expect(
        (
          await refusal(
            boris.drive.permissions.create({
              fileId: id,
              requestBody: { role: 'reader', type: 'user', emailAddress: BORIS.email },
            }),
          )
        ).status,
      ).toBe(404);
      expect((await boris.drive.files.list({})).data.files).toEqual([]);

      expect((await refusal(service.sheets.spreadsheets.get({ spreadsheetId: id }))).status).toBe(403);
      await anna.drive.permissions.create({
        fileId: id,
        requestBody: { role: 'reader', type: 'user', emailAddress: SERVICE.email },
      });
      expect((await service.sheets.spreadsheets.get({ spreadsheetId: id })).status).toBe(200);

      server.grant(id, BORIS.token);
      expect((await boris.sheets.spreadsheets.get({ spreadsheetId: id })).status).toBe(200);
      expect(server.createdCount()).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('about.get names the token’s user and, as Drive, requires `fields`; unknown tokens get 401', async () => {
    const server = await startSheetsStandin({ users: [ANNA] });
    try {
      const anna = as(server, ANNA.token);
      expect((await anna.drive.about.get({ fields: 'user(emailAddress,displayName)' })).data.user).toMatchObject({
        emailAddress: ANNA.email,
        displayName: ANNA.name,
      });
      expect((await refusal(anna.drive.about.get({}))).status).toBe(400);
      expect((await refusal(as(server, 'nobody').drive.about.get({ fields: 'user' }))).status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
