// «Проверить работу надстройки» on a bundle built for a region's service, in the stand-in: each
// capability is tried, whatever was made is trashed, and a failure names its cause and whom to ask.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAddon, defaultOptions } from '../../addon/build';
import { createAppsScript, type FetchHandler, type FetchRequest } from '../../testkit/apps-script';
import { callEntry, callFromPage, loadBundle } from '../../testkit/apps-script/bundle';
import { MimeType } from '../../testkit/apps-script/drive';

const SERVICE = 'https://nastavnik.region.example';
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nastavnik-self-check-'));
  await buildAddon({ ...defaultOptions(), outDir: dir, serviceUrl: SERVICE });
});

const healthy: FetchHandler = (req) =>
  req.url === `${SERVICE}/healthz` ? { status: 200, body: '{"status":"ok"}' } : { status: 404, body: '' };

/**
 * Forms API create, for as long as this branch's stand-in does not serve Forms REST: a form made by
 * the app for the calling user (drive.file reaches it). A stand-in that serves it answers first.
 */
function formsCreateFallback(gas: ReturnType<typeof createAppsScript>) {
  return (req: FetchRequest) => {
    if (!req.url.startsWith('https://forms.googleapis.com/v1/forms') || req.method !== 'POST') return undefined;
    const entry = gas.drive.add({
      id: gas.drive.newId('form'),
      name: JSON.parse(req.payload!).info.title,
      mimeType: MimeType.GOOGLE_FORMS,
      byApp: true,
      viaApi: true,
    });
    return { status: 200, body: JSON.stringify({ formId: entry.id, info: { title: entry.name }, responderUri: '' }) };
  };
}

function start(fetch: FetchHandler = healthy) {
  const gas = createAppsScript({ htmlDir: dir, fetch });
  gas.urlFetch._allowlist = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')).urlFetchWhitelist;
  gas.urlFetch._routes.push(formsCreateFallback(gas));
  const addon = loadBundle(gas, readFileSync(join(dir, 'Code.js'), 'utf8'));
  callEntry(addon, 'createWorkspace');
  return { gas, addon };
}

function check(gas: ReturnType<typeof createAppsScript>, addon: ReturnType<typeof loadBundle>) {
  callEntry(addon, 'checkAddon');
  const alert = gas.ui._alerts.at(-1)!;
  const lines = alert.prompt.split('\n\n');
  const line = (what: string) => lines.find((l) => l.slice(2).startsWith(`${what}:`)) ?? `(нет строки «${what}»)`;
  return { title: alert.title, lines, line };
}

describe('self-check', () => {
  it('tries every capability, trashes what it made and leaves no trigger', () => {
    const { gas, addon } = start();
    callFromPage(addon, 'saveConnection', { serviceUrl: SERVICE, token: 'school-token-1' });
    const before = new Set(gas.drive.entries.keys());
    const { title, lines, line } = check(gas, addon);
    expect(title).toBe('Проверка надстройки: всё работает');
    expect(lines.map((l) => l.slice(0, 2))).toEqual(['✓ ', '✓ ', '✓ ', '✓ ', '✓ ', '✓ ']);
    expect(line('Google Диск (Drive API)')).toContain(
      'временная папка создана и удалена в корзину (учётная запись curator@school.example)',
    );
    expect(line('Сервис региона')).toBe(`✓ Сервис региона: сервис ${SERVICE} отвечает.`);
    const made = [...gas.drive.entries.values()].filter((e) => !before.has(e.id));
    expect(made.map((e) => [e.mimeType, e.trashed])).toEqual([
      [MimeType.FOLDER, true],
      [MimeType.GOOGLE_DOCS, true],
      [MimeType.GOOGLE_FORMS, true],
    ]);
    expect(gas.scriptApp._triggers).toEqual([]);
    expect(gas.urlFetch._requests.filter((r) => r.url.startsWith(SERVICE)).map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET ${SERVICE}/healthz`,
    ]);
  });

  it('names a disabled API and asks the domain administrator, and says which file to remove by hand', () => {
    const { gas, addon } = start();
    const disabled = 'Google Drive API has not been used in project 1234 before or it is disabled.';
    gas.urlFetch._routes.unshift((req) =>
      req.url.startsWith('https://www.googleapis.com/drive/v3/')
        ? {
            status: 403,
            body: JSON.stringify({
              error: {
                code: 403,
                message: disabled,
                errors: [{ message: disabled, domain: 'usageLimits', reason: 'accessNotConfigured' }],
                status: 'PERMISSION_DENIED',
              },
            }),
          }
        : undefined,
    );
    const { title, line } = check(gas, addon);
    expect(title).toBe('Проверка надстройки: не работает 3 из 6');
    expect(line('Google Диск (Drive API)')).toMatch(
      /^✗ Google Диск \(Drive API\): API Google отключён в Cloud-проекте надстройки или запрещён в домене\. Попросите администратора домена Google Workspace .* \(Ответ Google: код 403\.\)$/,
    );
    expect(line('Google Документы')).toContain('✗ Google Документы: API Google отключён');
    expect(line('Google Формы (Forms API)')).toMatch(
      /^✗ Google Формы \(Forms API\): файл создан, но не удалён в корзину: API Google отключён.*Удалите «Наставник — проверка надстройки \(можно удалить\)» с Google Диска вручную\.$/,
    );
    expect(line('Триггеры')).toMatch(/^✓ /);
    // Each Drive call was tried once: accessNotConfigured is not retried like a quota answer.
    expect(gas.utilities._slept).toBe(0);
  });

  it('refuses a service address outside the build, reports a failing service and missing permissions', () => {
    const { gas, addon } = start((req) =>
      req.url === 'https://nastavnik.region.example/v2/healthz' ? { status: 503, body: '' } : { status: 404, body: '' },
    );
    callFromPage(addon, 'saveConnection', { serviceUrl: 'https://other-region.example', token: '' });
    expect(check(gas, addon).line('Сервис региона')).toMatch(
      /^✗ Сервис региона: Адрес https:\/\/other-region\.example\/healthz не входит в адрес сервиса, для которого собрана надстройка \(https:\/\/nastavnik\.region\.example\/\)/,
    );
    callFromPage(addon, 'saveConnection', { serviceUrl: 'http://nastavnik.region.example', token: '' });
    expect(check(gas, addon).line('Сервис региона')).toContain('не защищён: нужен адрес, начинающийся с https://');
    callFromPage(addon, 'saveConnection', { serviceUrl: `${SERVICE}/v2`, token: '' });
    expect(check(gas, addon).line('Сервис региона')).toContain(
      `✗ Сервис региона: ${SERVICE}/v2/healthz ответил кодом 503.`,
    );
    expect(gas.urlFetch._requests.filter((r) => !r.url.startsWith('https://')).length).toBe(0);

    gas.scriptApp._missingScopes.push('https://www.googleapis.com/auth/forms');
    expect(check(gas, addon).line('Разрешения')).toMatch(/^✗ Разрешения: надстройке выданы не все разрешения/);
  });

  it('tries read access for the region’s service account and names a domain that forbids sharing outside', () => {
    const { gas, addon } = start();
    const ACCOUNT = 'nastavnik@region-project.iam.gserviceaccount.com';
    callFromPage(addon, 'saveConnection', { serviceUrl: '', token: '', serviceAccount: ACCOUNT });
    expect(check(gas, addon).line('Доступ для сервисного аккаунта региона')).toBe(
      `✓ Доступ для сервисного аккаунта региона: доступ на чтение для ${ACCOUNT} выдаётся (проверено на временной папке, она удалена в корзину).`,
    );
    const folders = [...gas.drive.entries.values()].filter(
      (e) => e.name.startsWith('Наставник — проверка') && e.permissions.length > 0,
    );
    expect(folders.map((e) => e.permissions)).toEqual([[{ email: ACCOUNT, role: 'reader' }]]);
    gas.drive.sharingOutsideDomain = false;
    expect(check(gas, addon).line('Доступ для сервисного аккаунта региона')).toMatch(
      /^✗ Доступ для сервисного аккаунта региона: домен запрещает открывать файлы адресам вне него \(Google: shareOutNotPermitted\).* Попросите администратора домена Google Workspace разрешить доступ для nastavnik@region-project\.iam\.gserviceaccount\.com/,
    );
    expect(
      [...gas.drive.entries.values()].filter((e) => e.name.startsWith('Наставник — проверка')).every((e) => e.trashed),
    ).toBe(true);
  });

  it('leaves the reminder trigger in place when it is switched on', () => {
    const { gas, addon } = start();
    callFromPage(addon, 'setDigest', true);
    const [reminder] = gas.scriptApp._triggers;
    expect(check(gas, addon).line('Триггеры')).toBe(
      '✓ Триггеры: напоминание при открытии таблицы включено, его триггер на месте.',
    );
    expect(gas.scriptApp._triggers).toEqual([reminder]);
  });
});
