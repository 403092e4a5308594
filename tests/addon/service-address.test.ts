// Where the add-on may send the school report: the stand-in's UrlFetchApp keeps to the built
// manifest's urlFetchWhitelist as Google does, and the push refuses an address Google would refuse
// (or one that would carry the token in clear) before any request, loopback aside for local tests.
import { afterEach, describe, expect, it } from 'vitest';
import { pushReport } from '../../addon/server/report/push';
import type { SchoolReport } from '../../shared/report';
import { createAppsScript, type FetchRequest } from '../../testkit/apps-script';
import { startAddon } from '../../testkit/apps-script/addon-build';

const REPORT = { period: '2025', school: { id: 'SCH-1' } } as unknown as SchoolReport;
const g = globalThis as { NASTAVNIK_SERVICE_PREFIX?: string };
let restore = () => {};
afterEach(() => {
  restore();
  delete g.NASTAVNIK_SERVICE_PREFIX;
});

function installed() {
  const seen: FetchRequest[] = [];
  const gas = createAppsScript({ fetch: (req) => (seen.push(req), { status: 201, body: '{}' }) });
  restore = gas.install();
  return seen;
}

describe('stand-in UrlFetchApp and the manifest allowlist', () => {
  it('refuses a URL outside the built urlFetchWhitelist with Google’s message, lets Google APIs and loopback through', async () => {
    const { gas } = await startAddon({ fetch: () => ({ status: 200, body: '{}' }) });
    const UrlFetchApp = gas.globals.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp;
    expect(gas.urlFetch._allowlist).toEqual([
      'https://www.googleapis.com/drive/v3/',
      'https://sheets.googleapis.com/v4/',
      'https://forms.googleapis.com/v1/',
    ]);
    expect(() => UrlFetchApp.fetch('https://nastavnik.region.example/api/v1/reports')).toThrow(
      'Request to https://nastavnik.region.example/api/v1/reports failed because the URL has not been whitelisted in the script manifest.',
    );
    expect(() => UrlFetchApp.fetch('https://www.googleapis.com/drive/v3files')).toThrow(/not been whitelisted/);
    expect(UrlFetchApp.fetch('https://sheets.googleapis.com/v4/spreadsheets/x').getResponseCode()).toBe(200);
    expect(UrlFetchApp.fetch('http://127.0.0.1:9/healthz').getResponseCode()).toBe(200);
    // A project without an allowlist (a test deployment may have none) fetches any address.
    const bare = createAppsScript({ fetch: () => ({ status: 200, body: '' }) });
    expect(
      (bare.globals.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp)
        .fetch('https://nastavnik.region.example/')
        .getResponseCode(),
    ).toBe(200);
  });
});

describe('push address', () => {
  it('refuses http outside loopback, and any address when the build has no service address', () => {
    const seen = installed();
    const http = pushReport('http://nastavnik.region.example', 'token', REPORT);
    expect(http).toMatchObject({ ok: false, attempts: 0 });
    expect(http.message).toBe(
      'Адрес сервиса региона http://nastavnik.region.example/api/v1/reports не защищён: нужен адрес, начинающийся с https://. Токен школы по незащищённому соединению не отправляется.',
    );
    expect(pushReport('https://nastavnik.region.example', 'token', REPORT).message).toContain(
      'Эта сборка надстройки не знает адреса сервиса региона, а Google разрешает надстройке обращаться только к адресам из её манифеста. Попросите того, кто публикует надстройку в регионе, собрать её с адресом сервиса: NASTAVNIK_SERVICE_URL=https://nastavnik.region.example npm run build.',
    );
    expect(seen).toEqual([]);
    for (const local of ['http://127.0.0.1:8080', 'http://localhost:8080', 'http://[::1]:8080'])
      expect(pushReport(local, 'token', REPORT).ok).toBe(true);
    expect(seen.map((r) => r.url)).toEqual([
      'http://127.0.0.1:8080/api/v1/reports',
      'http://localhost:8080/api/v1/reports',
      'http://[::1]:8080/api/v1/reports',
    ]);
  });

  it('sends only under the service address the build was made for', () => {
    const seen = installed();
    g.NASTAVNIK_SERVICE_PREFIX = 'https://nastavnik.region.example/';
    const other = pushReport('https://nastavnik.region.example.evil.example', 'token', REPORT);
    expect(other.message).toMatch(
      /^Адрес https:\/\/nastavnik\.region\.example\.evil\.example\/api\/v1\/reports не входит в адрес сервиса, для которого собрана надстройка \(https:\/\/nastavnik\.region\.example\/\)/,
    );
    expect(seen).toEqual([]);
    expect(pushReport('https://nastavnik.region.example/', 'token', REPORT)).toMatchObject({ ok: true, status: 201 });
    expect(seen.map((r) => r.url)).toEqual(['https://nastavnik.region.example/api/v1/reports']);
  });
});
