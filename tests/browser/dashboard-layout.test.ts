// The dashboard of `npm run demo` as found by trying it: tables fit 1440 px, the frozen header is
// opaque, a period switch after «Кто не прислал» starts at the top, progress bars are on a true
// 0–100 % scale with labels, and on a phone the tables are cards.
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { startServiceProcess, type ServiceProcess } from '../support/service-process';

const adminToken = randomBytes(32).toString('hex');
let base = '';
let demo: ServiceProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  demo = await startServiceProcess('demo', { ADMIN_TOKEN: adminToken });
  base = demo.base;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'ru-RU' });
  await page.goto(`${base}/`);
  await page.fill('input[name=token]', adminToken);
  await page.click('button[type=submit]');
  await page.waitForSelector('#schools-table');
});

afterAll(async () => {
  await browser?.close();
  demo?.stop();
});

/** Widths of a table and of the area it is shown in. */
const fit = (id: string) =>
  page.evaluate((tableId) => {
    const table = (globalThis as any).document.getElementById(tableId);
    return { table: table.scrollWidth as number, area: table.parentElement.clientWidth as number };
  }, id);

describe('dashboard layout', () => {
  it('fits both tables into the 1440 px page, «Отчёт получен» included', async () => {
    for (const id of ['schools-table', 'municipalities-table']) {
      const { table, area } = await fit(id);
      expect(table).toBeLessThanOrEqual(area);
    }
    const header = await page.locator('#schools-table thead th[data-key=reportedAt]').boundingBox();
    const area = await page.locator('#schools-table').locator('xpath=..').boundingBox();
    expect(header!.x + header!.width).toBeLessThanOrEqual(area!.x + area!.width + 0.5);
    await page.evaluate(() => (globalThis as any).document.getElementById('schools').scrollIntoView());
    await page.screenshot({ path: 'docs/dashboard-tables-1440.png' });
  });

  it('keeps the frozen «Организация» header opaque when the table scrolls sideways', async () => {
    await page.setViewportSize({ width: 1000, height: 900 });
    const wrap = page.locator('#schools-table').locator('xpath=..');
    await wrap.evaluate((el: any) => (el.scrollLeft = 300));
    const frozen = page.locator('#schools-table thead th[data-key=name]');
    await frozen.scrollIntoViewIfNeeded();
    expect(await frozen.evaluate((th) => (globalThis as any).getComputedStyle(th).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    );
    const box = (await frozen.boundingBox())!;
    const onTop = await page.evaluate(
      ([x, y]) => (globalThis as any).document.elementFromPoint(x, y)?.closest('th')?.getAttribute('data-key'),
      [box.x + box.width - 20, box.y + box.height / 2],
    );
    expect(onTop).toBe('name');
    await page.setViewportSize({ width: 1440, height: 1000 });
  });

  it('puts the progress bars on a 0–100 % scale with the target marked and labelled', async () => {
    const bars = await page.locator('.card .meter').evaluateAll((meters) =>
      meters.map((m: any) => {
        const bar = m.querySelector('.meter-bar').getBoundingClientRect();
        const fill = m.querySelector('.meter-fill').getBoundingClientRect();
        const mark = m.querySelector('.meter-target')?.getBoundingClientRect();
        return {
          percent: Number(m.dataset.percent),
          target: m.dataset.target === '' ? null : Number(m.dataset.target),
          fill: (100 * fill.width) / bar.width,
          mark: mark ? (100 * (mark.x + mark.width / 2 - bar.x)) / bar.width : null,
          label: m.querySelector('.meter-target-label')?.textContent ?? null,
          scale: m.querySelector('.meter-scale').textContent,
        };
      }),
    );
    expect(bars).toHaveLength(6);
    expect(bars.some((b) => b.percent > 0 && b.percent < 100)).toBe(true);
    for (const b of bars) {
      expect(Math.abs(b.fill - b.percent)).toBeLessThan(0.5);
      if (b.target !== null) {
        expect(Math.abs(b.mark! - b.target)).toBeLessThan(0.5);
        expect(b.label).toBe(`цель ${b.target} %`);
      }
      expect(b.scale).toBe('0 %50 %100 %');
    }
  });

  it('switching the period after «Кто не прислал» drops #missing and starts at the top', async () => {
    await page.click('a[href="#missing"]');
    expect(new URL(page.url()).hash).toBe('#missing');
    expect(await page.evaluate(() => (globalThis as any).scrollY)).toBeGreaterThan(500);
    // Another year than the one shown (the service opens on the year most organisations reported for).
    const shown = await page.inputValue('#period');
    const previous = (
      await page.locator('#period option').evaluateAll((options) => options.map((o: any) => String(o.value)))
    ).find((v) => v !== shown)!;
    await page.selectOption('#period', previous);
    await page.waitForFunction(
      (p) => (globalThis as any).document.getElementById('region-title')?.textContent.includes(p),
      previous,
    );
    expect(new URL(page.url()).hash).toBe('');
    expect(new URL(page.url()).searchParams.get('period')).toBe(previous);
    expect(await page.evaluate(() => (globalThis as any).scrollY)).toBe(0);
  });

  it('shows the tables as cards on a phone (390 px), nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    // Chart.js redraws its canvases after a resize.
    await page
      .waitForFunction(() => (globalThis as any).document.documentElement.scrollWidth <= 390, undefined, {
        timeout: 5000,
      })
      .catch(() => undefined);
    const wide = await page.evaluate(() =>
      [...(globalThis as any).document.querySelectorAll('body *')]
        .filter((el: any) => !el.closest('thead') && el.getBoundingClientRect().right > 391) // the visually hidden headers are clipped
        .slice(0, 5)
        .map((el: any) => `${el.tagName}#${el.id}.${el.className}:${Math.round(el.getBoundingClientRect().right)}`),
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const row = page.locator('#schools-table tbody tr').first();
    expect(await row.evaluate((tr) => (globalThis as any).getComputedStyle(tr).display)).toBe('block');
    const cell = row.locator('td[data-label]').first();
    expect(await cell.evaluate((td) => (globalThis as any).getComputedStyle(td, '::before').content)).toBe(
      '"Муниципалитет"',
    );
    const rowBox = (await row.boundingBox())!;
    expect(rowBox.width).toBeLessThanOrEqual(390);
    await page.evaluate(() => (globalThis as any).document.getElementById('schools').scrollIntoView());
    await page.screenshot({ path: 'docs/dashboard-tables-390.png' });
  });
});
