// The «Подбор пар» sidebar as built by `addon/build.ts`, in headless Chromium at sidebar width.
// google.script.run is faked in the page: arguments and results cross as JSON and reach the
// real handlers of the built Code.js running on the Apps Script stand-in in Node.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_SCRIPT_RUN, launchChromium, OUTPUT } from '../support/browser';
import { buildAddon, defaultOptions } from '../../addon/build';
import { installWorkspace, showcaseWithMistakes, showcaseWorkspace } from '../../testkit/fixtures/pairing-workspace';
import { createAppsScript, type AppsScript, type CellValue } from '../../testkit/apps-script';
import { callFromPage, loadBundle, type BundleContext } from '../../testkit/apps-script/bundle';

/** Where the page is served from (intercepted; nothing leaves the machine). */
const SIDEBAR_URL = 'https://sidebar.invalid/pairing';
const BUILD = join(OUTPUT, 'addon');

let browser: Browser;
let html: string;
let code: string;

beforeAll(async () => {
  await buildAddon({ ...defaultOptions(), outDir: BUILD });
  html = readFileSync(join(BUILD, 'pairing.html'), 'utf8');
  code = readFileSync(join(BUILD, 'Code.js'), 'utf8');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Session {
  gas: AppsScript;
  page: Page;
  calls: string[];
  pageErrors: string[];
}

/** A page at sidebar size whose google.script.run reaches Code.js on a stand-in holding `sheets`. */
async function openSidebar(setUp: (gas: AppsScript) => void): Promise<Session> {
  const gas = createAppsScript({ htmlFiles: { pairing: html } });
  setUp(gas);
  const context: BundleContext = loadBundle(gas, code);
  const page = await browser.newPage({ viewport: { width: 300, height: 1100 }, deviceScaleFactor: 2, locale: 'ru-RU' });
  const calls: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.exposeFunction('__serverCall', (name: string, argsJson: string) => {
    calls.push(name);
    const args = JSON.parse(argsJson) as unknown[];
    const result = callFromPage(context, name, ...JSON.parse(JSON.stringify(args)));
    return result === undefined ? null : JSON.stringify(result);
  });
  await page.addInitScript(FAKE_SCRIPT_RUN);
  // The sidebar as Apps Script serves it: the built page, opened by the menu item's function.
  callFromPage(context, 'openPairingSidebar');
  expect(gas.ui._shown.at(-1)).toMatchObject({ kind: 'sidebar', title: 'Подбор пар' });
  const served = gas.ui._shown.at(-1)!.html;
  await page.route(SIDEBAR_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: served }),
  );
  await page.goto(SIDEBAR_URL);
  return { gas, page, calls, pageErrors };
}

/** Waits for the server round trip to end; a Russian error banner fails the test with its text. */
async function settled(page: Page): Promise<void> {
  await page.locator('#overlay').waitFor({ state: 'hidden' });
  const errors = await page.locator('.banner-error').allInnerTexts();
  expect(errors, 'error banner').toEqual([]);
}

function group(page: Page, mentor: string) {
  return page.locator('article.group', { has: page.locator('.mentor-name', { hasText: mentor }) });
}

function pairRow(page: Page, mentee: string) {
  return page.locator('li.pair', { has: page.locator('.mentee-name', { hasText: mentee }) });
}

function sheetRows(gas: AppsScript, name: string): Record<string, CellValue>[] {
  const [headers, ...rows] = gas.sheetValues(name);
  return rows.map((row) => Object.fromEntries(headers.map((h, i) => [String(h), row[i]])));
}

describe('pairing sidebar in Chromium', () => {
  it('runs pairing, shows pairs and unmatched mentees, pins, swaps, excludes and confirms', async () => {
    const { gas, page, calls, pageErrors } = await openSidebar((g) => installWorkspace(g, showcaseWorkspace()));

    // Opening: forms present with waiting/mentor counts, weights folded, nothing run yet.
    await expect.poll(() => page.locator('.form-choice').count()).toBe(4);
    expect(await page.locator('.form-choice').allInnerTexts()).toEqual([
      expect.stringMatching(/ученик – ученик\s+4 \/ 2/),
      expect.stringMatching(/учитель – учитель\s+1 \/ 1/),
      expect.stringMatching(/учитель – ученик\s+5 \/ 2/),
      expect.stringMatching(/работодатель – студент\s+1 \/ 0/),
    ]);
    await expect.poll(() => page.locator('.empty').innerText()).toContain('Подобрать пары');
    expect(await page.locator('input[name^="weight-"]').count()).toBe(6);

    // Run.
    await page.getByRole('button', { name: 'Подобрать пары' }).click();
    await settled(page);
    expect(await page.locator('article.group .mentor-name').allInnerTexts()).toEqual([
      'Кедров Павел Ильич',
      'Лунёва Анна Игоревна',
      'Миронов Глеб Андреевич',
      'Орлова Вера Сергеевна',
      'Соболева Ольга Петровна',
    ]);
    expect(await group(page, 'Орлова').locator('.mentee-name').allInnerTexts()).toEqual([
      'Синицын Георгий',
      'Грачёв Лев',
    ]);
    expect(await pairRow(page, 'Синицын').locator('.reasons').innerText()).toContain('математика, олимпиады');
    expect(await pairRow(page, 'Синицын').locator('.score').innerText()).toMatch(/^\d+$/);
    expect(await page.locator('#unmatched .lonely .mentee-name').allInnerTexts()).toEqual([
      'Дроздова Анна',
      'Свиристелева Ева',
      'Скворцов Михаил',
    ]);
    expect(await page.locator('#unmatched').innerText()).toContain('Нет согласия на обработку персональных данных');
    expect(await page.locator('.summary').innerText()).toMatch(
      /8\s+предложено[\s\S]*0\s+утверждено[\s\S]*3\s+без пары/,
    );
    expect(await page.locator('#confirm').innerText()).toBe('Утвердить 8 пар');

    // Pin Грачёв to Орлова.
    await pairRow(page, 'Грачёв').getByRole('button', { name: 'Закрепить' }).click();
    await settled(page);
    await expect.poll(() => pairRow(page, 'Грачёв').getAttribute('class')).toContain('pinned');
    expect(await pairRow(page, 'Грачёв').innerText()).toContain('закреплена вручную');

    // Move Чижов from Кедров to Орлова: she is full, so the optimiser moves Синицын away.
    expect(await group(page, 'Кедров').locator('.mentee-name').allInnerTexts()).toContain('Чижов Артём');
    await pairRow(page, 'Чижов').getByRole('button', { name: 'Заменить', exact: true }).click();
    const chooser = pairRow(page, 'Чижов').locator('.chooser');
    await chooser.locator('button.option').first().waitFor();
    expect(await chooser.locator('.option-name').allInnerTexts()).toEqual(['Орлова Вера Сергеевна']);
    expect(await chooser.locator('.option-free').innerText()).toBe('мест нет');
    await chooser.locator('button.option', { hasText: 'Орлова' }).click();
    await settled(page);
    await expect
      .poll(() => group(page, 'Орлова').locator('.mentee-name').allInnerTexts())
      .toEqual(['Грачёв Лев', 'Чижов Артём']);
    expect(await group(page, 'Кедров').locator('.mentee-name').allInnerTexts()).toContain('Синицын Георгий');
    expect(await pairRow(page, 'Чижов').getAttribute('class')).toContain('pinned');

    // The screenshot: a proposal under review, with the list of other mentors open for Пчёлкина.
    await pairRow(page, 'Пчёлкина').getByRole('button', { name: 'Заменить', exact: true }).click();
    await pairRow(page, 'Пчёлкина').locator('.chooser button.option').first().waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(OUTPUT, 'sidebar.png') });

    await pairRow(page, 'Пчёлкина').getByRole('button', { name: 'Отмена' }).click();
    expect(await pairRow(page, 'Пчёлкина').locator('.chooser').isHidden()).toBe(true);

    // «Не объединять» Лунёва — Щеглова: written to the sheet, the pair disappears.
    await pairRow(page, 'Щеглова').getByRole('button', { name: 'Не объединять' }).click();
    await settled(page);
    await expect.poll(() => page.locator('.banner-notice').count()).toBe(1);
    expect(await group(page, 'Лунёва').locator('.mentee-name').allInnerTexts()).not.toContain('Щеглова Полина');
    expect(gas.sheetValues('Не объединять').slice(1)).toEqual([['Н03', 'У08', 'отмечено в панели «Подбор пар»']]);

    // Untick Зябликова, confirm the rest.
    await pairRow(page, 'Зябликова').locator('input[type="checkbox"]').uncheck();
    const ticked = await page.locator('li.pair input[type="checkbox"]:checked').count();
    expect(await page.locator('#confirm').innerText()).toMatch(new RegExp(`^Утвердить ${ticked} пар`));
    await page.locator('#start-date').fill('31.02.2024');
    await page.locator('#confirm').click();
    await expect
      .poll(() => page.locator('.banner-error').innerText())
      .toContain('Дата начала «31.02.2024» не существует');
    await page.locator('#start-date').fill('второе сентября');
    await page.locator('#confirm').click();
    await expect.poll(() => page.locator('.banner-error').innerText()).toContain('не похожа на дату');
    await page.locator('#start-date').fill('02.09.2024');
    await page.locator('#confirm').click();
    await settled(page);
    await expect.poll(() => page.locator('.banner-notice').innerText()).toContain(`Утверждено пар: ${ticked}`);
    expect(await page.locator('li.pair.confirmed').count()).toBe(ticked);
    expect(await pairRow(page, 'Чижов').locator('.tag-done').innerText()).toBe('утверждена · П-Н01-ПУ');

    const pairs = sheetRows(gas, 'Пары');
    expect(pairs.filter((r) => r['Статус'] === 'утверждена')).toHaveLength(ticked);
    expect(pairs.filter((r) => r['Статус'] === 'предложена').map((r) => r['Наставляемый'])).toEqual([
      'Зябликова Ирина',
    ]);
    expect(pairs.find((r) => r['Наставляемый ID'] === 'У10')).toMatchObject({
      'ID пары': 'П-Н01-ПУ',
      'Наставник ID': 'Н01',
      Статус: 'утверждена',
    });
    expect((pairs.find((r) => r['Наставляемый ID'] === 'У10')!['Дата начала'] as Date).toISOString()).toBe(
      '2024-09-01T21:00:00.000Z',
    );
    const statuses = Object.fromEntries(sheetRows(gas, 'Наставляемые').map((r) => [r['ID'], r['Статус']]));
    expect(statuses).toMatchObject({ У01: 'в паре', У03: 'в паре', У10: 'в паре', У04: 'ожидает', У05: 'ожидает' });

    // The impossible date reached the server and was refused there; the unreadable one never left the page.
    expect(calls).toEqual([
      'getPairingState',
      'runPairing',
      'runPairing',
      'getAlternatives',
      'runPairing',
      'getAlternatives',
      'excludePair',
      'confirmPairs',
      'confirmPairs',
    ]);
    expect(gas.calls.unlockedWrites()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('lists rows left out, corrections and preference notes, and «Против» apart from «Почему подобраны»', async () => {
    const { page, pageErrors } = await openSidebar((g) => installWorkspace(g, showcaseWithMistakes()));

    // Before the first run: the row left out and the correction, each at its cell.
    const leftOut = page.locator('details.findings-left-out');
    await leftOut.waitFor();
    expect(await leftOut.locator('summary').innerText()).toBe(
      'Не участвуют в подборе: 1 наставник — строки с ошибками · 1',
    );
    expect(await leftOut.locator('li').allInnerTexts()).toEqual([
      'Лист «Наставники», строка 3, столбец O «Макс. наставляемых»: «два» — нужно целое число от 1 до 100',
    ]);
    expect(await page.locator('details.findings-corrections summary').innerText()).toBe('Исправлено и учтено · 1');
    expect(await page.locator('details.findings-corrections li').innerText()).toContain(
      'латинская «a» в «дa» (принято как «да»)',
    );
    expect(await page.locator('details.findings-preferences').count()).toBe(0);

    await page.getByRole('button', { name: 'Подобрать пары' }).click();
    await settled(page);
    expect(await page.locator('details.findings-left-out li').count()).toBe(1);
    expect(await page.locator('details.findings-corrections li').count()).toBe(1);
    const preferences = page.locator('details.findings-preferences');
    expect(await preferences.locator('summary').innerText()).toBe('Пожелания участников · 2');
    const notes = await preferences.locator('li').allInnerTexts();
    expect(notes[0]).toContain('«Н01» — взаимный выбор не выполнен: наставник не ведёт форму «ученик – ученик»');
    expect(notes[1]).toContain('«Н404» — нет наставника с таким ID или ФИО');
    // Кедров sits this run out; Зябликова's corrected consent lets her be paired.
    expect(await page.locator('article.group .mentor-name').allInnerTexts()).not.toContain('Кедров Павел Ильич');
    expect(await pairRow(page, 'Зябликова').count()).toBe(1);

    // What speaks for the pair and what against it, each under its own label.
    const pair = pairRow(page, 'Щеглова');
    expect(await pair.locator('.why .why-label').allTextContents()).toEqual(['Почему подобраны', 'Против']);
    expect(await pair.getByRole('list', { name: 'Почему подобраны' }).innerText()).toContain('информатика');
    expect(await pair.getByRole('list', { name: 'Против' }).locator('li').allInnerTexts()).toEqual([
      'общих удобных дней нет',
      'разный формат встреч: наставник — очно, наставляемый — дистанционно',
    ]);
    expect(await pairRow(page, 'Зябликова').locator('.why-against').count()).toBe(0);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(OUTPUT, 'sidebar-findings.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('shows a Russian error with a retry when the workspace is missing', async () => {
    const { page, pageErrors } = await openSidebar(() => undefined);
    await expect.poll(() => page.locator('.banner-error').count()).toBe(1);
    expect(await page.locator('.banner-error').innerText()).toContain('Нет листа «Наставники»');
    expect(await page.getByRole('button', { name: 'Повторить' }).isVisible()).toBe(true);
    expect(await page.locator('#overlay').isHidden()).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
