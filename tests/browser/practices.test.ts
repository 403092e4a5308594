// The bank of practices on a fresh `npm start` in headless Chromium: schools send cards over the API,
// a methodologist accepts one to the regional bank and returns another with a comment on the review
// page, the catalogue finds the accepted one by another word form, its page shows only consented
// contacts, the indicator page counts the banks, and the administrator opens the catalogue to anyone.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeCard } from '../../shared/practice';
import { sampleCard } from '../practice/sample-card';
import { launchChromium } from '../support/browser';
import { startServiceProcess, type ServiceProcess } from '../support/service-process';

const adminToken = randomBytes(32).toString('hex');
const dataDir = mkdtempSync(join(tmpdir(), 'nastavnik-practices-'));
let base = '';
let service: ServiceProcess;
let browser: Browser;
let page: Page;
const tokens: Record<string, string> = {};
const errors: string[] = [];

const call = async (method: string, path: string, token: string, body?: unknown) => {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text);
};

const accepted: PracticeCard = sampleCard({
  schoolId: '42-001',
  practiceId: '42-001-pervyy-god',
  content: 'Еженедельные встречи с молодым специалистом, взаимные посещения уроков, разбор трудных ситуаций.',
});
const returned: PracticeCard = sampleCard({
  schoolId: '42-001',
  practiceId: '42-001-profi',
  title: 'Профессиональные пробы на предприятии',
  form: 'employer-student',
  roleModel: 'активный профессионал – равнодушный потребитель',
  targetGroup: 'обучающиеся 8–9 классов',
  goal: 'Помочь школьникам выбрать профессию',
  content: 'Мастер предприятия ведёт группу школьников на пробах в цехах.',
});
const other: PracticeCard = sampleCard({
  schoolId: '42-002',
  practiceId: '42-002-vozhatye',
  organizationName: 'МБОУ «СОШ № 2»',
  title: 'Школа вожатых',
  form: 'student-student',
  roleModel: 'равный – равному',
  targetGroup: 'обучающиеся 5–7 классов',
  goal: 'Научить старшеклассников вести занятия',
  content: 'Старшеклассники ведут занятия для младших.',
});

async function login(token: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${base}/`);
  await page.fill('input[name=token]', token);
  await page.click('button[type=submit]');
  await page.waitForSelector('#region .lead');
}

beforeAll(async () => {
  service = await startServiceProcess('start', { ADMIN_TOKEN: adminToken, DATA_DIR: dataDir });
  base = service.base;
  for (const [id, municipality] of [
    ['42-001', 'Новокузнецкий ГО'],
    ['42-002', 'Беловский МО'],
  ]) {
    tokens[id] = (
      await call('POST', '/api/v1/schools', adminToken, {
        id,
        name: `МБОУ «СОШ № ${id.slice(-1)}»`,
        municipality,
        kind: 'school',
      })
    ).token;
  }
  tokens.methodologist = (
    await call('POST', '/api/v1/tokens', adminToken, { role: 'methodologist', label: 'Методист КРИПКиПРО' })
  ).token;
  tokens.viewer = (await call('POST', '/api/v1/tokens', adminToken, { role: 'viewer' })).token;
  await call('POST', '/api/v1/practices', tokens['42-001'], accepted);
  await call('POST', '/api/v1/practices', tokens['42-001'], returned);
  await call('POST', '/api/v1/practices', tokens['42-002'], other);
  await call('POST', `/api/v1/practices/${other.practiceId}/review`, adminToken, {
    decision: 'accept',
    level: 'municipal',
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'ru-RU' });
  page.on('pageerror', (error) => errors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  service?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the bank of practices on the dashboard of a fresh npm start', () => {
  it('a methodologist opens the review page from the dashboard and sees the cards waiting', async () => {
    await login(tokens.methodologist);
    expect(await page.locator('a.topbar-link[href="/admin"]').count()).toBe(0);
    await page.click('a.topbar-link[href="/review"]');
    await page.waitForSelector('#review-table');
    const rows = await page.locator('#review-table tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows.join('\n')).toContain(accepted.title);
    expect(rows.join('\n')).toContain('ждёт решения');
  });

  it('accepts a card to the regional bank', async () => {
    await page.click(`#review-table button[data-practice-id="${accepted.practiceId}"]`);
    await page.waitForSelector('#review-form');
    const detail = (await page.locator('.practice-detail').textContent()) ?? '';
    expect(detail).toContain(accepted.goal);
    expect(detail).toContain('ivanova@example.org');
    await page.check('#review-form input[value=accept]');
    await page.selectOption('#review-level', 'regional');
    await page.screenshot({ path: 'docs/practices-review.png', fullPage: true });
    await page.click('#review-form button[type=submit]');
    await page.waitForSelector('#review .notice-ok');
    expect(await page.locator('#review .notice-ok').textContent()).toContain('принята');
    expect(await page.locator('#review-table tbody tr').count()).toBe(1);
  });

  it('returns a card only with a comment, which the school then sees', async () => {
    await page.click(`#review-table button[data-practice-id="${returned.practiceId}"]`);
    await page.waitForSelector('#review-form');
    expect(await page.locator('#review .notice-ok').count()).toBe(0);
    await page.check('#review-form input[value=return]');
    await page.click('#review-form button[type=submit]');
    await page.waitForSelector('#review-form .notice-error');
    await page.fill('#review-comment', 'Добавьте результаты профессиональных проб и ссылку на договор с предприятием');
    await page.click('#review-form button[type=submit]');
    await page.waitForSelector('#review .notice-ok:has-text("возвращена на доработку")');
    expect(await page.locator('#review-table').count()).toBe(0);
    const { practices } = await call('GET', '/api/v1/practices?school=42-001', tokens['42-001']);
    const byId = Object.fromEntries(practices.map((p: { practiceId: string }) => [p.practiceId, p]));
    expect(byId[accepted.practiceId]).toMatchObject({ status: 'accepted', level: 'regional' });
    expect(byId[returned.practiceId]).toMatchObject({
      status: 'returned',
      comment: 'Добавьте результаты профессиональных проб и ссылку на договор с предприятием',
    });
  });

  it('the catalogue finds the accepted practice by another word form and filters by bank', async () => {
    await login(tokens.viewer);
    await page.click('a.topbar-link[href="/catalogue"]');
    await page.waitForSelector('#catalogue-results');
    expect(await page.locator('#catalogue-results li').count()).toBe(2);
    await page.fill('#catalogue-q', 'наставника');
    await page.click('#catalogue-search button[type=submit]');
    await page.waitForURL(/q=/);
    await page.waitForSelector('#catalogue-results');
    const found = await page
      .locator('#catalogue-results li')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-practice-id')));
    expect(found).toEqual([accepted.practiceId]);
    await page.screenshot({ path: 'docs/practices-catalogue.png', fullPage: true });
    await page.selectOption('#catalogue-level', 'municipal');
    await page.click('#catalogue-search button[type=submit]');
    await page.waitForSelector('#catalogue-found:has-text("Ничего не найдено")');
    await page.selectOption('#catalogue-level', '');
    await page.fill('#catalogue-q', '');
    await page.click('#catalogue-search button[type=submit]');
    await page.waitForSelector('#catalogue-results li >> nth=1');
  });

  it('the page of a practice shows a contact only when its author consented', async () => {
    await page.click(`#catalogue-results li[data-practice-id="${accepted.practiceId}"] h3 a`);
    await page.waitForSelector('.practice-detail .card-view');
    const text = (await page.locator('#catalogue').textContent()) ?? '';
    expect(text).toContain(accepted.title);
    expect(text).toContain('региональный банк');
    expect(text).toContain('ivanova@example.org');
    expect(text).toContain('Петров Олег Иванович');
    const petrov = (await page.locator('.authors li', { hasText: 'Петров Олег' }).textContent()) ?? '';
    expect(petrov).not.toMatch(/@|\+7/);
    await page.screenshot({ path: 'docs/practices-page.png', fullPage: true });
  });

  it('the indicator page counts each bank per municipality', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('#practice-banks-table');
    const rows = await page
      .locator('#practice-banks-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual([
      ['Беловский МО', '1', '0'],
      ['Новокузнецкий ГО', '0', '1'],
      ['Всего по региону', '1', '1'],
    ]);
    await page.locator('#practice-banks').screenshot({ path: 'docs/practices-banks.png' });
  });

  it('closed, the catalogue sends a visitor without a token to the login page; the administrator opens it', async () => {
    await page.context().clearCookies();
    await page.goto(`${base}/catalogue`);
    await page.waitForSelector('input[name=token]');
    await login(adminToken);
    await page.goto(`${base}/admin#region`);
    await page.waitForSelector('#catalogue-settings');
    await page.check('#catalogue-open');
    await page.click('#catalogue-settings button[type=submit]');
    await page.waitForSelector('#catalogue-setting .notice-ok');
    await page.context().clearCookies();
    await page.goto(`${base}/catalogue`);
    await page.waitForSelector('#catalogue-results');
    expect(await page.locator('#catalogue-results li').count()).toBe(2);
    expect(errors).toEqual([]);
  });
});
