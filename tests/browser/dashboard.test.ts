// The regional dashboard of `npm run demo` in headless Chromium: login, indicators, tables, charts, logout.
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServiceProcess, type ServiceProcess } from '../support/service-process';
import { launchChromium, OUTPUT } from '../support/browser';
import type { IndicatorTables } from '../../shared/indicators';

type Indicators = IndicatorTables & { demo?: boolean };
/** The part of a canvas element the pixel check uses (this project's Node tsconfig has no DOM types). */
interface CanvasLike {
  width: number;
  height: number;
  getContext(
    kind: '2d',
  ): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}

const adminToken = randomBytes(32).toString('hex');
/** The period the dashboard opens on: the service's default (the year most organisations reported for). */
let currentPeriod = '';
const previousPeriod = String(new Date().getFullYear() - 1);
let base = '';
let demo: ServiceProcess;
let browser: Browser;
let page: Page;

async function api(period: string): Promise<Indicators> {
  const res = await fetch(`${base}/api/v1/indicators${period ? `?period=${period}` : ''}`, {
    headers: { authorization: `Bearer ${adminToken}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Indicators;
}

/** The dashboard's way of writing a percent: one decimal, Russian decimal comma. */
function percentText(p: number | null): string {
  return p === null ? '—' : `${p.toLocaleString('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}

function parsePercent(text: string): number | null {
  const match = /(\d+(?:,\d)?)\s%/.exec(text);
  return match ? Number(match[1].replace(',', '.')) : null;
}

/** The percent values of one column of a table, top to bottom. */
async function columnPercents(tableId: string, key: string): Promise<(number | null)[]> {
  const index = await page
    .locator(`#${tableId} thead th`)
    .evaluateAll((ths, k) => ths.findIndex((th) => th.getAttribute('data-key') === k), key);
  expect(index).toBeGreaterThan(0);
  const texts = await page
    .locator(`#${tableId} tbody tr`)
    .evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent ?? ''), index);
  return texts.map(parsePercent);
}

beforeAll(async () => {
  demo = await startServiceProcess('demo', { ADMIN_TOKEN: adminToken });
  base = demo.base;
  currentPeriod = (await api('')).period;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'ru-RU' });
});

afterAll(async () => {
  await browser?.close();
  demo?.stop();
});

describe('regional dashboard of npm run demo', () => {
  it('shows the login page, marked as demo, and refuses a wrong token', async () => {
    const response = await page.goto(`${base}/`);
    expect(response?.status()).toBe(401);
    await expect(page.locator('.demo-banner').textContent()).resolves.toContain('Демонстрационные данные');
    await page.fill('input[name=token]', 'неверный-токен');
    await page.click('button[type=submit]');
    await page.waitForSelector('[role=alert]');
    expect(await page.locator('[role=alert]').textContent()).toMatch(/токен/i);
    expect(await page.locator('#app').count()).toBe(0);
  });

  it('logs in with the token and shows the region indicators against the targets', async () => {
    await page.fill('input[name=token]', adminToken);
    await page.click('button[type=submit]');
    await page.waitForSelector('.card[data-indicator]');
    const data = await api(currentPeriod);
    expect(data.demo).toBe(true);
    await expect(page.locator('.demo-banner').textContent()).resolves.toContain('Демонстрационные данные');
    expect(await page.locator('#region-name').textContent()).toBe(data.region.name);

    const cards = page.locator('.card[data-indicator]');
    expect(await cards.count()).toBe(6);
    for (const [key, value] of Object.entries(data.region.indicators)) {
      const card = page.locator(`.card[data-indicator=${key}]`);
      expect(await card.locator('.percent').textContent()).toBe(percentText(value.percent));
      expect(await card.locator('.target').textContent()).toContain(String(value.target));
      const status = await card.getAttribute('data-status');
      const expected =
        value.percent === null || value.target === null
          ? 'none'
          : value.percent >= value.target
            ? 'reached'
            : value.percent >= 0.8 * value.target
              ? 'close'
              : 'far';
      expect(status).toBe(expected);
    }
    expect(await page.locator('#region .lead').textContent()).toContain(
      `${data.region.schoolsReporting} из ${data.region.schoolsRegistered}`,
    );
  });

  it('draws a non-empty chart per indicator', async () => {
    const charts = page.locator('canvas[data-indicator]');
    expect(await charts.count()).toBe(6);
    const painted = await charts.evaluateAll((canvases) =>
      (canvases as unknown as CanvasLike[]).map((canvas) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let coloured = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0) coloured++;
        return coloured / (canvas.width * canvas.height);
      }),
    );
    for (const share of painted) expect(share).toBeGreaterThan(0.02);

    // The charts are drawn: the moment for the pictures of the dashboard (not a check of its own).
    await page.setViewportSize({ width: 1440, height: 1480 });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: `${OUTPUT}/dashboard.png` });
    await page.screenshot({ path: `${OUTPUT}/dashboard-full.png`, fullPage: true });
    await page.setViewportSize({ width: 1440, height: 1000 });
  });

  it('lists municipalities and schools, and sorts a column numerically by clicking its header', async () => {
    const data = await api(currentPeriod);
    expect(await page.locator('#municipalities-table tbody tr').count()).toBe(data.municipalities.length);
    expect(await page.locator('#schools-table tbody tr').count()).toBe(data.schools.length);

    const header = page.locator('#schools-table thead th[data-key=menteeStudentsShare]');
    const expected = data.schools.map((s) => s.indicators.menteeStudentsShare.percent as number);
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await columnPercents('schools-table', 'menteeStudentsShare')).toEqual([...expected].sort((a, b) => a - b));
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await columnPercents('schools-table', 'menteeStudentsShare')).toEqual([...expected].sort((a, b) => b - a));

    const names = await page.locator('#municipalities-table tbody th').allTextContents();
    await page.locator('#municipalities-table thead th[data-key=name] button').click(); // already ascending → descending
    expect(await page.locator('#municipalities-table tbody th').allTextContents()).toEqual([...names].reverse());
  });

  it('shows which registered organisations have not reported', async () => {
    const data = await api(currentPeriod);
    expect(data.missing.length).toBeGreaterThan(0);
    const items = await page.locator('#missing li strong').allTextContents();
    expect(items.sort()).toEqual(data.missing.map((m) => m.name).sort());
  });

  it('offers CSV and XLSX downloads that work with the session cookie', async () => {
    const links = await Promise.all((await page.locator('.downloads a').all()).map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      `/api/v1/indicators.xlsx?period=${currentPeriod}`,
      `/api/v1/indicators.csv?period=${currentPeriod}&level=school`,
      `/api/v1/indicators.csv?period=${currentPeriod}&level=municipality`,
      `/api/v1/indicators.csv?period=${currentPeriod}&level=region`,
    ]);
    const csv = await page.evaluate(async (href) => {
      const res = await fetch(href);
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    }, links[1]!);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/text\/csv/);
    const data = await api(currentPeriod);
    expect(csv.text).toContain(data.schools[0].name);
  });

  it('lets the administrator start a Google sync and shows how it went', async () => {
    await page.locator('#sync-run button.sync-start').click();
    await expect
      .poll(() => page.locator('#sync-run').innerText())
      .toMatch(/Синхронизация с таблицами Google .*: прочитано/);
    const latest = await fetch(`${base}/api/v1/sync/latest`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(((await latest.json()) as { trigger: string }).trigger).toBe('manual');
  });

  it('switches the period', async () => {
    const previous = await api(previousPeriod);
    await page.selectOption('#period', previousPeriod);
    await page.locator('#region-title', { hasText: previousPeriod }).waitFor();
    expect(new URL(page.url()).searchParams.get('period')).toBe(previousPeriod);
    expect(await page.locator('.card[data-indicator=menteeStudentsShare] .percent').textContent()).toBe(
      percentText(previous.region.indicators.menteeStudentsShare.percent),
    );
    expect(await page.locator('#schools-table tbody tr').count()).toBe(previous.schools.length);
  });

  it('logs out: the dashboard asks for the token again', async () => {
    await page.click('form[action="/logout"] button');
    await page.waitForSelector('input[name=token]');
    const response = await page.goto(`${base}/`);
    expect(response?.status()).toBe(401);
    const api = await page.evaluate(async () => (await fetch('/api/v1/indicators?period=2024')).status);
    expect(api).toBe(401);
  });
});
