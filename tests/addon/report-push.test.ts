// Sending the report: every answer of the service becomes a Russian message; only 5xx and network
// failures are retried. A server in another process answers with the status its path names.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDialogData, SendResult } from '../../addon/server/report/report-wire';
import { callEntry, callFromPage } from '../../testkit/apps-script/bundle';
import { startAddon } from '../../testkit/apps-script/addon-build';
import { httpFetch } from '../../testkit/apps-script/index';
import { SCHOOL_SETTINGS } from './school-settings';

let server: ChildProcess;
let base = '';

beforeAll(async () => {
  server = spawn(process.execPath, [
    '-e',
    `const hits = {};
     require('http').createServer((q, s) => {
       let b = ''; q.on('data', (d) => (b += d)); q.on('end', () => {
         const code = Number(q.url.split('/')[1]);
         hits[code] = (hits[code] || 0) + 1;
         if (q.url === '/hits') { s.writeHead(200); return s.end(JSON.stringify(hits)); }
         const body = code === 400
           ? { error: { code: 'invalid', message: 'Отчёт не соответствует формату', issues: [{ path: 'participants.menteeStudents10to19', message: 'больше контингента' }] } }
           : code === 201 ? { id: 1 } : { error: { code: 'x', message: 'ответ ' + code } };
         s.writeHead(code, { 'content-type': 'application/json' });
         s.end(code === 502 ? '<html>bad gateway</html>' : JSON.stringify(body));
       });
     }).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`,
  ]);
  const [chunk] = (await once(server.stdout!, 'data')) as [Buffer];
  base = `http://127.0.0.1:${String(chunk).trim()}`;
});

afterAll(() => {
  server?.kill();
});

async function readyAddon() {
  const started = await startAddon({ fetch: httpFetch });
  const { gas, addon } = started;
  callEntry(addon, 'createWorkspace');
  gas.setSettings(SCHOOL_SETTINGS);
  return started;
}

describe('report to the region', () => {
  it('shows the report before sending and asks for what is missing', async () => {
    const { addon, gas } = await startAddon();
    callEntry(addon, 'createWorkspace');
    const empty = callFromPage<ReportDialogData>(addon, 'reportDialogData', '2024');
    expect(empty.preview.report).toBeNull();
    expect(empty.preview.issues.join('\n')).toContain(
      'Заполните в листе «Настройки» параметр «Код организации в регионе»',
    );
    expect(empty.connection).toEqual({ serviceUrl: '', serviceAccount: '', tokenSaved: false });
    const refused = callFromPage<SendResult>(addon, 'sendReport', '2024');
    expect(refused.message).toContain('Сначала укажите адрес сервиса региона и токен школы');
    expect(gas.urlFetch._requests).toEqual([]);
    expect(() => callFromPage(addon, 'reportDialogData', '24')).toThrow('нужен год из четырёх цифр');
    expect(() => callFromPage(addon, 'saveConnection', { serviceUrl: 'region.ru', token: 't' })).toThrow(
      'Адрес сервиса региона',
    );
  });

  it('gives a Russian message for each error and retries only 5xx and network failures', async () => {
    const { gas, addon } = await readyAddon();
    const send = (path: string) => {
      callFromPage(addon, 'saveConnection', { serviceUrl: `${base}/${path}`, token: 'school-token-1' });
      return callFromPage<SendResult>(addon, 'sendReport', '2024');
    };
    const sent = send('201');
    expect(sent).toMatchObject({ ok: true, status: 201, attempts: 1 });
    const request = gas.urlFetch._requests.at(-1)!;
    expect(request).toMatchObject({
      url: `${base}/201/api/v1/reports`,
      method: 'POST',
      contentType: 'application/json',
      headers: { Authorization: 'Bearer school-token-1' },
    });
    expect(JSON.parse(request.payload!)).toMatchObject({
      schemaVersion: 1,
      school: { id: '42-0003' },
      period: '2024',
      contingent: { students10to19: 100 },
    });

    const bad = send('400');
    expect(bad).toMatchObject({
      ok: false,
      status: 400,
      attempts: 1,
      issues: ['participants.menteeStudents10to19: больше контингента'],
    });
    expect(bad.message).toContain('Сервис региона отклонил отчёт');
    expect(send('401').message).toContain('Токен школы не принят');
    expect(send('403').message).toContain('выдан другой организации');
    expect(send('413').message).toContain('больше 1 МБ');
    expect(send('415').message).toContain('нужен JSON');

    const slept = gas.utilities._slept;
    const down = send('503');
    expect(down).toMatchObject({ ok: false, status: 503, attempts: 3 });
    expect(down.message).toMatch(/временно не работает \(код 503\).*не второй отчёт.*Попыток: 3/s);
    expect(send('502').status).toBe(502);
    expect(gas.utilities._slept - slept).toBe(2 * (1000 + 2000));
    const hits = JSON.parse(gas.urlFetch._handler({ url: `${base}/hits`, method: 'GET', headers: {} }).body);
    expect(hits).toMatchObject({ 201: 1, 400: 1, 401: 1, 403: 1, 413: 1, 415: 1, 503: 3, 502: 3 });

    callFromPage(addon, 'saveConnection', { serviceUrl: 'http://127.0.0.1:9', token: '' });
    const offline = callFromPage<SendResult>(addon, 'sendReport', '2024');
    expect(offline).toMatchObject({ ok: false, status: 0, attempts: 3 });
    expect(offline.message).toContain(
      'Не удалось связаться с сервисом региона по адресу http://127.0.0.1:9/api/v1/reports',
    );

    // The token stays in document properties; the page only learns that one is saved.
    const shown = callFromPage<ReportDialogData>(addon, 'reportDialogData', '2024');
    expect(shown.connection).toEqual({ serviceUrl: 'http://127.0.0.1:9', serviceAccount: '', tokenSaved: true });
    expect(JSON.stringify(shown)).not.toContain('school-token-1');
    for (const name of gas.sheetNames()) expect(JSON.stringify(gas.sheetValues(name))).not.toContain('school-token-1');
  }, 60_000);

  it("lists the rows left out of the report and sends it, or fills the region's spreadsheet, only once the curator confirms", async () => {
    const { gas, addon } = await readyAddon();
    const headers = gas.sheetValues('Наставники')[0].map(String);
    const row = (fields: Record<string, string | number>) => headers.map((header) => fields[header] ?? '');
    gas.setSheetValues('Наставники', [
      headers,
      row({
        ID: 'Н1',
        ФИО: 'Орлова Вера',
        Категория: 'Педагог',
        'Согласие на обработку ПДн': 'да',
        'Формы наставничества': 'учитель – ученик',
      }),
      row({
        ID: 'Н2',
        ФИО: 'Тихонов Игорь',
        Категория: 'Представитель предприятия',
        Организация: 'ООО «Сварка»',
        'ИНН организации': '2310000012',
        'Согласие на обработку ПДн': 'да',
        'Формы наставничества': 'работодатель – студент',
      }),
    ]);
    const { preview } = callFromPage<ReportDialogData>(addon, 'reportDialogData', '2024');
    expect(preview.report).not.toBeNull();
    expect(preview.problemCount).toBe(1);
    expect(preview.leftOut).toBe('Не учтены строки с ошибками: «Наставники» — 1 строка.');
    expect(preview.problems).toEqual([
      expect.stringMatching(/^Лист «Наставники», строка 3, столбец E «ИНН организации»: «2310000012» — /),
    ]);

    callFromPage(addon, 'saveConnection', { serviceUrl: `${base}/201`, token: 'school-token-1' });
    const refused = callFromPage<SendResult>(addon, 'sendReport', '2024');
    expect(refused).toMatchObject({ ok: false, status: 0, attempts: 0, issues: preview.problems });
    expect(refused.message).toBe(
      'Отчёт не отправлен. Не учтены строки с ошибками: «Наставники» — 1 строка. Без этих строк числа отчёта меньше, чем на самом деле. ' +
        'Исправьте строки (список — в разделе «Отчёт») или отметьте «Отправить без строк с ошибками» и повторите.',
    );
    expect(() => callFromPage(addon, 'writeReportSpreadsheet', '2024')).toThrow(
      /^Таблица отчёта не заполнена\. Не учтены строки с ошибками: «Наставники» — 1 строка\./,
    );
    expect(gas.urlFetch._requests).toEqual([]);

    const sent = callFromPage<SendResult>(addon, 'sendReport', '2024', true);
    expect(sent).toMatchObject({ ok: true, status: 201 });
    expect(JSON.parse(gas.urlFetch._requests.at(-1)!.payload!)).toEqual(preview.report);
  });
});
