// Administration on the dashboard of a fresh `npm start` in headless Chromium: import 30 organisations
// from an .xlsx with three bad rows (previewed, nothing saved until confirmed), a school and a viewer
// token, a target, a revoked token that stops at once, the audit log; a viewer sees no administration.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../report/sample-report';
import { launchChromium } from '../support/browser';
import { startServiceProcess, type ServiceProcess } from '../support/service-process';

const adminToken = randomBytes(32).toString('hex');
const dataDir = mkdtempSync(join(tmpdir(), 'nastavnik-admin-'));
const listFile = join(dataDir, 'организации.xlsx');
let base = '';
let service: ServiceProcess;
let browser: Browser;
let page: Page;
let schoolToken = '';
let viewerToken = '';

const call = (method: string, path: string, token: string, body?: unknown) =>
  fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });

/** 30 organisations; rows 8, 15 and 23 of the sheet are bad (no name, unknown kind, repeated code). */
async function writeList(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Организации');
  ws.addRow(['Код', 'Наименование', 'Муниципалитет', 'Тип']);
  const municipalities = ['Беловский МО', 'Гурьевский МО', 'Новокузнецкий ГО'];
  for (let i = 1; i <= 30; i++) {
    const code = `42-${String(i).padStart(3, '0')}`;
    const row = [code, `МБОУ «СОШ № ${i}»`, municipalities[i % 3], i % 10 === 0 ? 'Колледж / техникум' : 'Школа'];
    if (i === 7) row[1] = '';
    if (i === 14) row[3] = 'Гимназия-интернат';
    if (i === 22) row[0] = '42-001';
    ws.addRow(row);
  }
  writeFileSync(listFile, new Uint8Array(await wb.xlsx.writeBuffer()));
}

async function tab(name: string): Promise<void> {
  await page.click(`.admin-tab[data-section=${name}]`);
  await page.waitForSelector(`#admin-section #${name}`);
}

beforeAll(async () => {
  await writeList();
  service = await startServiceProcess('start', { ADMIN_TOKEN: adminToken, DATA_DIR: dataDir });
  base = service.base;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'ru-RU' });
});

afterAll(async () => {
  await browser?.close();
  service?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('administration on the dashboard of a fresh npm start', () => {
  it('logs in as admin and opens the administration', async () => {
    await page.goto(`${base}/`);
    await page.fill('input[name=token]', adminToken);
    await page.click('button[type=submit]');
    await page.waitForSelector('a.topbar-link[href="/admin"]');
    await page.waitForSelector('#region .lead');
    // An empty real region offers nothing to download, and points to the administration.
    expect(await page.locator('.downloads').count()).toBe(0);
    expect(await page.locator('#region .lead').textContent()).toContain('«Администрирование»');
    await page.click('a.topbar-link[href="/admin"]');
    await page.waitForSelector('#organisations');
    expect(await page.locator('#organisations .empty').textContent()).toContain('Организаций пока нет');
  });

  it('previews the list with its three bad rows and saves nothing until confirmed', async () => {
    await page.setInputFiles('#import-file', listFile);
    await page.click('#import-check');
    await page.waitForSelector('#import-preview');
    expect(await page.locator('#import-preview tbody tr').count()).toBe(30);
    const bad = page.locator('#import-preview tr.import-error');
    expect(await bad.count()).toBe(3);
    expect(await bad.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-line')))).toEqual(['8', '15', '23']);
    const problems = await bad.locator('.problems').allTextContents();
    expect(problems[0]).toContain('Строка 8, столбец B «Наименование»: наименование не указано');
    expect(problems[1]).toContain('Строка 15, столбец D «Тип»: неизвестный тип «Гимназия-интернат»');
    expect(problems[2]).toContain('Строка 23, столбец A «Код»: код «42-001» уже встречался в строке 2');
    expect(await page.locator('#import-summary').textContent()).toContain('Ничего ещё не сохранено');
    const stored: any = await (await call('GET', '/api/v1/schools', adminToken)).json();
    expect(stored.schools).toEqual([]);
    await page.screenshot({ path: 'docs/admin-import-preview.png', fullPage: true });

    await page.click('#import-save');
    await page.waitForSelector('#organisations-table');
    expect(await page.locator('#organisations .notice-ok').textContent()).toContain('добавлено 27');
    expect(await page.locator('#organisations-table tbody tr').count()).toBe(27);
  });

  it('issues a school token shown once with a ready text, and the school can push with it', async () => {
    await page.click('#organisations-table tr[data-id="42-002"] button:has-text("Выдать токен")');
    await page.waitForSelector('.token-reveal');
    schoolToken = await page.locator('.token-reveal .token-value').inputValue();
    const message = await page.locator('.token-reveal .token-message').inputValue();
    expect(message).toContain(`Адрес сервиса региона: ${base}`);
    expect(message).toContain('Код организации: 42-002');
    expect(message).toContain(`Токен школы: ${schoolToken}`);
    expect(message).toContain(`npm run nastavnik -- push отчёт.json --url ${base} --token ${schoolToken}`);
    await page.screenshot({ path: 'docs/admin-organisations.png' });
    const pushed = await call(
      'POST',
      '/api/v1/reports',
      schoolToken,
      sampleReport({ id: '42-002', name: 'МБОУ «СОШ № 2»', municipality: 'Новокузнецкий ГО' }),
    );
    expect(pushed.status).toBe(201);
  });

  it('adds an organisation with the form, edits it and deactivates it', async () => {
    await page.click('.token-reveal button.secondary-dark');
    await page.click('#organisations button:has-text("Добавить организацию")');
    await page.fill('.school-form input[name=id]', '42-100');
    await page.fill('.school-form input[name=name]', 'МАОУ «Лицей № 100»');
    await page.fill('.school-form input[name=municipality]', 'Беловский МО');
    await page.click('.school-form button[type=submit]');
    await page.waitForSelector('.token-reveal');
    expect(await page.locator('.token-reveal .token-message').inputValue()).toContain('Код организации: 42-100');
    await page.click('.token-reveal button.secondary-dark');

    await page.click('#organisations-table tr[data-id="42-100"] button:has-text("Изменить")');
    expect(await page.locator('.school-form input[name=id]').getAttribute('readonly')).not.toBeNull();
    await page.fill('.school-form input[name=name]', 'МАОУ «Лицей № 100 имени Н. Н. Токарева»');
    await page.selectOption('.school-form select[name=kind]', 'additional');
    await page.click('.school-form button[type=submit]');
    await page.waitForSelector('#organisations .notice-ok >> text=сохранены');
    expect(await page.locator('#organisations-table tr[data-id="42-100"] th').textContent()).toContain(
      'Лицей № 100 имени Н. Н. Токарева',
    );

    const deactivate = page.locator('#organisations-table tr[data-id="42-100"] button:has-text("Деактивировать")');
    await deactivate.click();
    await page.locator('#organisations-table tr[data-id="42-100"] button.armed').click();
    await page.waitForSelector('#organisations .notice-ok >> text=деактивирована');
    expect(await page.locator('#organisations-table tr[data-id="42-100"]').count()).toBe(0);
    await page.check('#show-deactivated');
    expect(await page.locator('#organisations-table tr[data-id="42-100"]').textContent()).toContain('деактивирована');
  });

  it('issues a labelled viewer token; the list shows labels, never tokens', async () => {
    await tab('tokens');
    await page.fill('#viewer-form input[name=label]', 'Минобр, отдел общего образования');
    await page.click('#viewer-form button[type=submit]');
    await page.waitForSelector('.token-reveal');
    viewerToken = await page.locator('.token-reveal .token-value').inputValue();
    expect(viewerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const table = (await page.locator('#tokens-table').textContent()) ?? '';
    expect(table).toContain('Минобр, отдел общего образования');
    expect(table).toContain('МБОУ «СОШ № 2» (42-002)');
    expect(table).not.toContain(viewerToken);
    expect(table).not.toContain(schoolToken);
    await page.click('.token-reveal button.secondary-dark');
    await page.screenshot({ path: 'docs/admin-tokens.png' });
  });

  it('sets the region name and a target', async () => {
    await tab('region');
    await page.fill('#region-form input[name=name]', 'Кемеровская область — Кузбасс');
    await page.fill('#new-year', '2026');
    await page.click('#region-form button:has-text("Добавить год")');
    await page.fill('#region-form input[name="2026-menteeStudentsShare"]', '75');
    await page.click('#region-form button[type=submit]');
    await page.waitForSelector('#region .notice-ok');
    expect(await page.locator('#region-name').textContent()).toBe('Кемеровская область — Кузбасс');
    const region: any = await (await call('GET', '/api/v1/region', adminToken)).json();
    expect(region.targets['2026']).toEqual({ menteeStudentsShare: 75 });
    await page.screenshot({ path: 'docs/admin-region.png', fullPage: true });
  });

  it('revokes the school token: it stops working at once', async () => {
    await tab('tokens');
    const row = page.locator('#tokens-table tr', { hasText: '42-002' });
    await row.locator('button').click();
    await row.locator('button.armed').click();
    await page.waitForSelector('#tokens .notice-ok >> text=отозван');
    expect(await page.locator('#tokens-table tr', { hasText: '42-002' }).count()).toBe(0);
    const refused = await call('POST', '/api/v1/reports', schoolToken, sampleReport({ id: '42-002' }));
    expect(refused.status).toBe(401);
  });

  it('shows the audit log', async () => {
    await tab('audit');
    const actions = await page
      .locator('#audit-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(actions).toEqual([
      'token.revoke',
      'region.update',
      'token.issue',
      'school.deactivate',
      'school.update',
      'school.create',
      'token.issue',
      'school.import',
    ]);
    expect(await page.locator('#audit-table').textContent()).toContain('Администратор (ADMIN_TOKEN)');
    await page.screenshot({ path: 'docs/admin-audit.png' });
  });

  it('shows the administration usable on a phone (390 px)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await tab('organisations');
    const width = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'docs/admin-organisations-390.png' });
    await page.setViewportSize({ width: 1440, height: 1000 });
  });

  it('a viewer logging in sees no administration', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU' });
    const viewer = await context.newPage();
    await viewer.goto(`${base}/`);
    await viewer.fill('input[name=token]', viewerToken);
    await viewer.click('button[type=submit]');
    await viewer.waitForSelector('#region');
    expect(await viewer.locator('a[href="/admin"]').count()).toBe(0);
    const response = await viewer.goto(`${base}/admin`);
    expect(new URL(viewer.url()).pathname).toBe('/');
    expect(response?.status()).toBe(200);
    const forbidden = await viewer.evaluate(async () => (await fetch('/api/v1/tokens')).status);
    expect(forbidden).toBe(403);
    await context.close();
  });
});
