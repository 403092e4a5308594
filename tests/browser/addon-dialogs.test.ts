// The import, orders and report dialogs as built by `addon/build.ts`, in headless Chromium at dialog size.
// google.script.run is faked in the page: arguments and results cross as JSON and reach the real
// handlers of the built Code.js running on the Apps Script stand-in in Node.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openDialog as openBrowserDialog, OUTPUT } from '../support/browser';
import { MENTEE_QUESTIONNAIRE_TITLE } from '../../shared/questionnaire';
import { headersOf, mentorSheet, pairSheet } from '../../shared/workspace';
import type { AppsScript } from '../../testkit/apps-script';
import { startAddon } from '../../testkit/apps-script/addon-build';
import { callEntry, callFromPage, type BundleContext } from '../../testkit/apps-script/bundle';
import { SCHOOL_SETTINGS } from '../addon/school-settings';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function openDialog(gas: AppsScript, addon: BundleContext, menuEntry: string) {
  return openBrowserDialog(browser, gas, addon, menuEntry);
}

describe('add-on dialogs in Chromium', () => {
  it('imports questionnaire answers: suggested mapping, a correction, the summary', async () => {
    const { gas, addon } = await startAddon();
    callEntry(addon, 'createWorkspace');
    callEntry(addon, 'createMenteeQuestionnaire');
    const form = [...gas.forms.forms.values()].find((f) => f._title === MENTEE_QUESTIONNAIRE_TITLE)!;
    const base = {
      'Кто вы': 'Обучающийся',
      'Форма наставничества': 'ученик – ученик',
      'С чем вам нужна помощь': ['Трудности в учёбе'],
      'Согласие на обработку персональных данных': 'Да',
    };
    gas.forms.submit(
      form._id,
      {
        ...base,
        'Фамилия, имя, отчество': 'Фёдорова Алина',
        'Класс или курс': '7Б',
        'Ваши интересы и увлечения': ['Шахматы'],
      },
      new Date(Date.UTC(2024, 8, 2, 9)),
    );
    gas.forms.submit(
      form._id,
      { ...base, 'Фамилия, имя, отчество': 'Гусев Марк', 'Согласие на обработку персональных данных': 'Нет' },
      new Date(Date.UTC(2024, 8, 2, 10)),
    );

    const { page, errors } = await openDialog(gas, addon, 'openImportDialog');
    await page.locator('#rows tr').first().waitFor();
    expect(await page.locator('#sheet option').first().innerText()).toBe('Ответы: анкета наставляемого (Google Форма)');
    expect(await page.locator('input[name=registry][value=mentees]').isChecked()).toBe(true);
    expect(await page.locator('#news').innerText()).toBe('Новых ответов: 2 из 2.');
    const interests = page.getByLabel('Ваши интересы и увлечения');
    expect(await interests.inputValue()).toBe('interests');
    await interests.selectOption('');
    await page.screenshot({ path: `${OUTPUT}/import-dialog.png` });
    await page.getByRole('button', { name: 'Импортировать 2' }).click();

    await page.locator('#summary .counts').waitFor();
    expect(await page.locator('#summary .counts').innerText()).toMatch(/2\s+добавлено\s+0\s+обновлено\s+0\s+пропущено/);
    expect(await page.locator('#summary').innerText()).toContain('Нет согласия на обработку ПДн: 1');
    expect(await page.locator('#banner').innerText()).toBe('Ответы перенесены в реестр.');
    const [headers, ...rows] = gas.sheetValues('Наставляемые');
    expect(rows.map((r) => r[headers.indexOf('ФИО')])).toEqual(['Фёдорова Алина', 'Гусев Марк']);
    expect(rows[0][headers.indexOf('Интересы')]).toBe('');
    await page.screenshot({ path: `${OUTPUT}/import-summary.png` });
    await page.getByRole('button', { name: 'Закрыть' }).click();
    expect(await page.evaluate(() => (globalThis as unknown as { __closed?: boolean }).__closed)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('creates the pairs order and links to the document', async () => {
    const { gas, addon } = await startAddon();
    callEntry(addon, 'createWorkspace');
    callFromPage(addon, 'saveSettings', {
      organizationName: 'МБОУ «Школа № 5»',
      directorName: 'Зимина Т. А.',
      pairOrderNumber: '17-о',
    });
    const pair = (values: Record<string, string>) => pairSheet.columns.map((c) => values[c.header] ?? '');
    gas.setSheetValues('Пары', [
      headersOf(pairSheet),
      pair({
        'ID пары': 'П-01',
        Форма: 'ученик – ученик',
        'Наставник ID': 'Н001',
        Наставник: 'Соколов Пётр',
        'Наставляемый ID': 'У001',
        Наставляемый: 'Фёдорова Алина',
        Статус: 'утверждена',
        'Дата начала': '09.09.2024',
      }),
    ]);

    const { page, errors } = await openDialog(gas, addon, 'openPairOrderDialog');
    await expect.poll(() => page.locator('#number').inputValue()).toBe('17-о');
    expect(await page.locator('input[name=kind][value=pairs]').isChecked()).toBe(true);
    expect(await page.locator('#count').innerText()).toBe('Утверждённых пар без приказа: 1 (всего утверждённых: 1).');
    await page.locator('#date').fill('10.09.2024');
    await page.getByRole('button', { name: 'Создать приказ' }).click();
    await page.locator('#result a').first().waitFor();
    const href = await page.locator('#result a', { hasText: 'Открыть приказ' }).getAttribute('href');
    const docId = /document\/d\/([^/]+)/.exec(href!)![1];
    expect(gas.docs.tables(docId)[0][1]).toEqual([
      '1',
      'П-01',
      'ученик – ученик',
      'Соколов Пётр',
      'Фёдорова Алина',
      '09.09.2024',
    ]);
    expect(await page.locator('#result').innerText()).toContain(
      'В столбец «Приказ» листа «Пары» записано: № 17-о от 10.09.2024.',
    );
    await page.screenshot({ path: `${OUTPUT}/orders-dialog.png` });

    // The registry order from the same dialog: no mentors yet, a Russian explanation.
    await page.locator('input[name=kind][value=registry]').check();
    expect(await page.locator('#number').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Создать приказ' }).click();
    await expect.poll(() => page.locator('#banner').innerText()).toBe('Приказ не создан: укажите номер приказа.');
    await page.locator('#number').fill('18-о');
    await page.getByRole('button', { name: 'Создать приказ' }).click();
    await expect.poll(() => page.locator('#banner').innerText()).toContain('В реестре нет наставников');
    expect(errors).toEqual([]);
  });
  it('lists the rows left out of the report and sends it only after the curator ticks the confirmation', async () => {
    const { gas, addon } = await startAddon({ fetch: () => ({ status: 201, body: '{"id":1}' }) });
    callEntry(addon, 'createWorkspace');
    gas.setSettings(SCHOOL_SETTINGS);
    const mentor = (fields: Record<string, string>) => mentorSheet.columns.map((c) => fields[c.header] ?? '');
    gas.setSheetValues('Наставники', [
      headersOf(mentorSheet),
      mentor({
        ID: 'Н2',
        ФИО: 'Тихонов Игорь',
        Категория: 'Представитель предприятия',
        'ИНН организации': '2310000012',
        'Согласие на обработку ПДн': 'да',
        'Формы наставничества': 'работодатель – студент',
      }),
    ]);
    callFromPage(addon, 'saveConnection', { serviceUrl: 'http://127.0.0.1:9', token: 'school-token-1' });

    const { page, errors } = await openDialog(gas, addon, 'openReportDialog');
    const problems = page.locator('#report-problems');
    await problems.waitFor();
    expect(await problems.locator('p').first().innerText()).toContain(
      'Не учтены строки с ошибками: «Наставники» — 1 строка.',
    );
    expect(await problems.locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Лист «Наставники», строка 2, столбец E «ИНН организации»: «2310000012»/),
    ]);

    // Without the tick nothing leaves; with it the report is sent.
    await page.getByRole('button', { name: 'Отправить в регион' }).click();
    await expect
      .poll(() => page.locator('#banner').innerText())
      .toContain('Исправьте их или отметьте «Отправить без строк с ошибками»');
    expect(gas.urlFetch._requests).toEqual([]);
    await page.screenshot({ path: `${OUTPUT}/report-problems.png` });
    await page.locator('#allow-problems').check();
    await page.getByRole('button', { name: 'Отправить в регион' }).click();
    await expect.poll(() => page.locator('#banner').innerText()).toContain('Отчёт принят сервисом региона.');
    expect(gas.urlFetch._requests).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
