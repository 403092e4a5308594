// Several Google accounts signed in: Google runs every google.script.run call of the page under
// another account and answers with a storage PERMISSION_DENIED error before the add-on is reached.
// Each built dialog and the pairing sidebar, in headless Chromium, tells the curator what to do.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_SCRIPT_RUN, launchChromium, OUTPUT } from '../support/browser';
import { startAddon } from '../../testkit/apps-script/addon-build';
import { callEntry } from '../../testkit/apps-script/bundle';

const GOOGLE_FAILURE = "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.";
const PAGE_URL = 'https://dialog.invalid/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('several Google accounts', () => {
  it('every dialog and the sidebar say to sign out of the other accounts or use an incognito window', async () => {
    const { gas, addon } = await startAddon();
    callEntry(addon, 'createWorkspace');
    for (const entry of [
      'openImportDialog',
      'openPairOrderDialog',
      'openRegistryOrderDialog',
      'openMeetingDialog',
      'openSettings',
      'openReportDialog',
      'openPairingSidebar',
    ]) {
      callEntry(addon, entry);
      const shown = gas.ui._shown.at(-1)!;
      const page = await browser.newPage({ viewport: { width: shown.width, height: shown.height }, locale: 'ru-RU' });
      const calls: string[] = [];
      await page.exposeFunction('__serverCall', (name: string) => {
        calls.push(name);
        throw new Error(GOOGLE_FAILURE);
      });
      await page.addInitScript(FAKE_SCRIPT_RUN);
      await page.route(PAGE_URL, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shown.html }),
      );
      await page.goto(PAGE_URL);
      const advice = page.getByText('Похоже, в браузере открыто несколько аккаунтов Google', { exact: false });
      await advice.first().waitFor({ timeout: 10_000 });
      const text = await advice.first().innerText();
      expect(text, entry).toContain('Выйдите из других аккаунтов Google');
      expect(text, entry).toContain('откройте таблицу в окне инкогнито');
      expect(text, entry).toContain(`(Ответ Google: ${GOOGLE_FAILURE})`);
      expect(calls.length, entry).toBeGreaterThan(0);
      if (entry === 'openMeetingDialog') await page.screenshot({ path: `${OUTPUT}/several-accounts.png` });
      await page.close();
    }
  });
});
