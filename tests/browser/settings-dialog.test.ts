// The «Настройки» dialog as built, in headless Chromium at dialog size, wired by a JSON
// google.script.run to the real handlers of Code.js on the Apps Script stand-in: the curator sees
// the sheet's values, an impossible order date is refused with nothing written, a change is saved
// to its row of «Настройки» and nowhere else.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bannerInView, launchChromium, openDialog, OUTPUT, tabOrder } from '../support/browser';
import { startAddon } from '../../testkit/apps-script/addon-build';
import { callEntry } from '../../testkit/apps-script/bundle';
import { SCHOOL_SETTINGS } from '../addon/school-settings';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The dialog's fields as the curator sees them: label (without its hint) → value. */
async function shownFields(page: Page): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const input of await page.locator('#fields input').all()) {
    const label = page.locator(`label[for="${await input.getAttribute('id')}"]`);
    fields[await label.evaluate((l) => l.firstChild?.textContent ?? '')] = await input.inputValue();
  }
  return fields;
}

describe('«Настройки» dialog in Chromium', () => {
  it('shows the sheet’s values, refuses 31 February and saves a change into its row', async () => {
    const { gas, addon } = await startAddon();
    callEntry(addon, 'createWorkspace');
    gas.setSettings({
      ...SCHOOL_SETTINGS,
      'Руководитель (ФИО)': 'Зимина Т. А.',
      'Приказ о закреплении пар: номер': '17-о',
      'Приказ о закреплении пар: дата': '01.09.2025',
    });
    const before = gas.sheetValues('Настройки');

    const { page, errors } = await openDialog(browser, gas, addon, 'openSettings');
    await expect.poll(() => page.locator('#f-organizationName').inputValue()).toBe('МБОУ «Школа № 3»');
    expect(await shownFields(page)).toEqual({
      'Наименование организации': 'МБОУ «Школа № 3»',
      'Руководитель (ФИО)': 'Зимина Т. А.',
      'Должность руководителя': 'Директор',
      'Куратор наставничества (ФИО)': '',
      'Приказ об утверждении реестра наставников: номер': '',
      'Приказ об утверждении реестра наставников: дата': '',
      'Приказ о закреплении пар: номер': '17-о',
      'Приказ о закреплении пар: дата': '01.09.2025',
    });
    expect(await page.locator('#banner').isHidden()).toBe(true);

    // From the first field to «Сохранить» by Tab, in reading order.
    expect(await tabOrder(page, 'f-organizationName', 'save')).toEqual([
      'f-organizationName',
      'f-directorName',
      'f-directorPosition',
      'f-curatorName',
      'f-registryOrderNumber',
      'f-registryOrderDate',
      'f-pairOrderNumber',
      'f-pairOrderDate',
      'open-settings',
      'open-lists',
      'close',
      'save',
    ]);

    await page.getByLabel('Куратор наставничества (ФИО)').fill('Орлова Нина Викторовна');
    await page.getByLabel('Приказ о закреплении пар: дата').fill('31.02.2025');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect
      .poll(() => page.locator('#banner.error').innerText())
      .toBe('Настройки не сохранены: «Приказ о закреплении пар: дата»: нет такой даты: 31.02.2025.');
    expect(gas.sheetValues('Настройки')).toEqual(before);
    expect(await bannerInView(page)).toBe(true);
    expect(await page.getByLabel('Куратор наставничества (ФИО)').inputValue()).toBe('Орлова Нина Викторовна');

    await page.getByLabel('Приказ о закреплении пар: дата').fill('02.09.2025');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => page.locator('#banner.ok').innerText()).toBe('Сохранено на листе «Настройки».');
    expect(await bannerInView(page)).toBe(true);
    const after = gas.sheetValues('Настройки');
    const changed = after.flatMap((row, i) => (row.join('\t') === before[i].join('\t') ? [] : [row]));
    expect(changed).toEqual([
      ['Куратор наставничества (ФИО)', 'Орлова Нина Викторовна', 'Ответственный за программу наставничества'],
      ['Приказ о закреплении пар: дата', '02.09.2025', 'ДД.ММ.ГГГГ'],
    ]);
    expect(after).toHaveLength(before.length);
    expect((await shownFields(page))['Приказ о закреплении пар: дата']).toBe('02.09.2025');
    await page.screenshot({ path: `${OUTPUT}/settings-dialog.png` });

    // «Открыть лист «Настройки»» shows the sheet with the other parameters and closes the dialog.
    await page.getByRole('button', { name: 'Открыть лист «Настройки»' }).click();
    await expect.poll(() => page.evaluate(() => (globalThis as { __closed?: boolean }).__closed)).toBe(true);
    expect(gas.spreadsheet._active._name).toBe('Настройки');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('after a save, what is still wrong elsewhere on the sheet stays in view', async () => {
    const { gas, addon } = await startAddon();
    callEntry(addon, 'createWorkspace');
    gas.setSettings({ ...SCHOOL_SETTINGS, 'Минимальная совместимость': 'высокая' });

    const { page, errors } = await openDialog(browser, gas, addon, 'openSettings');
    await expect
      .poll(() => page.locator('#banner.error').innerText())
      .toContain('параметр «Минимальная совместимость»: нужно число от 0 до 100');
    await page.getByLabel('Руководитель (ФИО)').fill('Зимина Т. А.');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => page.locator('#banner').innerText()).toContain('Сохранено на листе «Настройки».');
    const shown = await page.locator('#banner').innerText();
    expect(shown).toContain('Ещё исправьте на листе:');
    expect(shown).toContain('высокая');
    expect(await page.locator('#banner.error').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
