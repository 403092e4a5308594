// Headless Debian Chromium for the browser tests, and the page-side fake of google.script.run.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AppsScript } from '../../testkit/apps-script';
import { callEntry, callFromPage, type BundleContext } from '../../testkit/apps-script/bundle';

/** Screenshots and builds made by the browser tests (gitignored). */
export const OUTPUT = 'tests/.output';

// Without the background-networking switches Chromium keeps dialling Google on this closed network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  mkdirSync(OUTPUT, { recursive: true });
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * google.script.run as Apps Script gives it to a page: asynchronous, handlers chosen per call.
 * Calls go to `window.__serverCall(name, argsJson)` (bind it with page.exposeFunction); arguments and
 * results cross as JSON, as on the real wire. `google.script.host.close()` sets `window.__closed`.
 */
export const FAKE_SCRIPT_RUN = `
(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
      if (name === 'withFailureHandler') return (fn) => runner(success, fn);
      return (...args) => {
        window.__serverCall(String(name), JSON.stringify(args)).then(
          (json) => success && success(json === null ? null : JSON.parse(json)),
          (error) => failure && failure(new Error(String(error.message).replace(/^Error: /, ''))),
        );
      };
    },
  });
  window.google = { script: { run: runner(null, null), host: { close: () => { window.__closed = true; } } } };
})();
`;

const DIALOG_URL = 'https://dialog.invalid/page';

/**
 * Runs an add-on menu item on the stand-in, then serves the modal dialog it showed in a page at the
 * dialog's size, wired through FAKE_SCRIPT_RUN to the same bundle. Page errors are collected.
 */
export async function openDialog(
  browser: Browser,
  gas: AppsScript,
  addon: BundleContext,
  menuEntry: string,
): Promise<{ page: Page; errors: string[] }> {
  callEntry(addon, menuEntry);
  const shown = gas.ui._shown.at(-1)!;
  if (shown.kind !== 'modal') throw new Error(`${menuEntry} showed a ${shown.kind}, not a modal dialog`);
  const page = await browser.newPage({ viewport: { width: shown.width, height: shown.height }, locale: 'ru-RU' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.exposeFunction('__serverCall', (name: string, argsJson: string) => {
    const result = callFromPage(addon, name, ...(JSON.parse(argsJson) as unknown[]));
    return result === undefined ? null : JSON.stringify(result);
  });
  await page.addInitScript(FAKE_SCRIPT_RUN);
  await page.route(DIALOG_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shown.html }),
  );
  await page.goto(DIALOG_URL);
  return { page, errors };
}

/** Whether the dialog's banner is visible without scrolling: in the viewport, above the fixed buttons. */
export async function bannerInView(page: Page): Promise<boolean> {
  const box = await page.locator('#banner').boundingBox();
  const buttons = await page.locator('.actions').boundingBox();
  return box !== null && buttons !== null && box.height > 0 && box.y >= 0 && box.y + box.height <= buttons.y;
}

/** The ids that get focus by Tab, from `first` (focused directly) until `last` or 40 steps. */
export async function tabOrder(page: Page, first: string, last: string): Promise<(string | null)[]> {
  await page.locator(`#${first}`).focus();
  const focused = () => page.locator(':focus').getAttribute('id');
  const order = [await focused()];
  while (order.length < 40 && order.at(-1) !== last) {
    await page.keyboard.press('Tab');
    order.push(await focused());
  }
  return order;
}
