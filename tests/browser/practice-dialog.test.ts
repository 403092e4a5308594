// «Упаковать программу в практику» as built, in headless Chromium at dialog size, wired by a JSON
// google.script.run to the real handlers of Code.js on the Apps Script stand-in, which sends the card
// to the REAL sync service in another process (the stand-in's UrlFetchApp blocks this one while it
// waits): the card of a completed group comes pre-filled, a missing field is named before anything
// leaves, the sent card is in the bank and on «Практики», and the curator's text comes back next time.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingSheet } from '../../shared/meetings';
import { measurementAnswerSheet, menteeSheet, mentorSheet, pairSheet, type SheetSpec } from '../../shared/workspace';
import { startAddon } from '../../testkit/apps-script/addon-build';
import { callEntry, callFromPage } from '../../testkit/apps-script/bundle';
import { httpFetch, type CellValue } from '../../testkit/apps-script/index';
import { SCHOOL_SETTINGS } from '../addon/school-settings';
import {
  gridOf,
  practiceMeasurements,
  practiceMeetings,
  practiceMentees,
  practiceMentors,
  practicePairs,
} from '../practice/practice-workspace';
import { bannerInView, launchChromium, openDialog, OUTPUT, tabOrder } from '../support/browser';
import { backends, startBank, type Bank } from '../support/practice-bank';

let browser: Browser;
let bank: Bank;

beforeAll(async () => {
  browser = await launchChromium();
  bank = await startBank(
    backends()[0],
    [{ id: '42-0003', name: 'МБОУ «Школа № 3»', municipality: 'Прокопьевский городской округ' }],
    'child',
  );
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await bank?.stop();
});

/** The sheet as the curator typed it: dates as ДД.ММ.ГГГГ. */
function typedGrid(spec: SheetSpec, rows: Parameters<typeof gridOf>[1]): CellValue[][] {
  const day = (d: Date) =>
    `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
  return gridOf(spec, rows).map((row) => row.map((v) => (v instanceof Date ? day(v) : (v as CellValue))));
}

/** A school connected to the region whose group П5 (mentor Н1, three pupils) completed its programme. */
async function connectedWorkspace() {
  const started = await startAddon({ fetch: httpFetch });
  const { gas, addon } = started;
  callEntry(addon, 'createWorkspace');
  gas.setSettings(SCHOOL_SETTINGS);
  gas.setSheetValues(mentorSheet.name, typedGrid(mentorSheet, practiceMentors));
  gas.setSheetValues(menteeSheet.name, typedGrid(menteeSheet, practiceMentees));
  gas.setSheetValues(pairSheet.name, typedGrid(pairSheet, practicePairs));
  gas.setSheetValues(meetingSheet.name, typedGrid(meetingSheet, practiceMeetings));
  gas.setSheetValues(measurementAnswerSheet.name, typedGrid(measurementAnswerSheet, practiceMeasurements));
  callFromPage(addon, 'saveConnection', { serviceUrl: bank.url, token: bank.schoolTokens['42-0003'] });
  return started;
}

describe('«Упаковать программу в практику» in Chromium', () => {
  it('pre-fills the card of a completed group, names a missing field, sends it and restores the text', async () => {
    const { gas, addon } = await connectedWorkspace();
    const { page, errors } = await openDialog(browser, gas, addon, 'openPracticeDialog');
    await page.locator('#programme option[value="П5"]').waitFor({ state: 'attached' });
    expect(await page.locator('#programme option').allInnerTexts()).toEqual([
      'Выберите программу…',
      'П3 — Жуков Роман Алексеевич, «работодатель – студент» (пара)',
      'П5 — Сидоренко Галина Фёдоровна, «учитель – ученик» (группа из 3)',
      'Все пары наставника Н1 — Сидоренко Галина Фёдоровна (завершено 1 из 3)',
    ]);
    expect(await page.locator('#hint').innerText()).toBe('');
    // Nothing to send before a programme is chosen.
    expect(await page.locator('#send').isDisabled()).toBe(true);

    await page.locator('#programme').selectOption('П5');
    await page.locator('#card').waitFor({ state: 'visible' });
    const figures = [
      'Продолжительность программы: 8 месяцев',
      'Наставнических пар и групп: 1, завершили программу: 1',
      'Проведено встреч: 3',
      '«Гибкие навыки»: в среднем 5,0 на входе и 7,0 на выходе (наставляемых: 3)',
    ];
    expect(await page.locator('#figures li').allInnerTexts()).toEqual(figures);
    expect(await page.locator('#form').innerText()).toBe('учитель – ученик');
    expect(await page.locator('#role-model').inputValue()).toBe('молодой педагог-куратор – группа учащихся');
    expect(await page.locator('#notes').innerText()).toContain('Ролевая модель «молодой педагог-куратор');
    expect(await page.locator('#target-group').inputValue()).toBe('обучающиеся 8-х классов');
    expect(await page.locator('#results').inputValue()).toBe(figures.join('\n'));
    expect(await page.locator('#author').innerText()).toBe('Сидоренко Галина Фёдоровна (ID Н1)');
    expect(await page.locator('#years').inputValue()).toBe('25');
    expect(await page.locator('#consent').isChecked()).toBe(false);
    expect(await page.locator('#email').isDisabled()).toBe(true);
    expect(await page.locator('#banner.info').innerText()).toBe(
      [
        'Перед отправкой заполните:',
        'Тема практики: не должно быть пустым',
        'Цель практики: не должно быть пустым',
        'Описание содержания: не должно быть пустым',
        'Автор 1, должность: не должно быть пустым',
      ].join('\n'),
    );
    expect(await page.locator('#send').isEnabled()).toBe(true);

    // From the first field to «Отправить» by Tab; the contacts stay out of reach without consent.
    expect(await tabOrder(page, 'programme', 'send')).toEqual([
      'programme',
      'title',
      'role-model',
      'target-group',
      'goal',
      'content',
      'results',
      'materials',
      'position',
      'years',
      'consent',
      'close',
      'send',
    ]);

    // The author's consent offers the registry's contacts; withdrawn, they are gone again.
    await page.locator('#consent').check();
    expect(await page.locator('#email').inputValue()).toBe('galina.sidorenko@example.ru');
    await page.locator('#consent').uncheck();
    expect(await page.locator('#email').inputValue()).toBe('');

    await page.locator('#title').fill('Наставник для группы восьмиклассников');
    await page.locator('#goal').fill('Развить у подростков навыки работы в команде');
    await page.locator('#content').fill('Еженедельные встречи группы с наставником, проектная работа');
    await page.locator('#materials').fill('План встреч — https://example.org/plan.pdf');
    await page.getByRole('button', { name: 'Отправить в банк практик региона' }).click();
    await expect
      .poll(() => page.locator('#banner.error').innerText())
      .toBe('Карточка не отправлена: заполните или исправьте поля ниже.\nАвтор 1, должность: не должно быть пустым');
    expect(gas.urlFetch._requests.filter((r) => r.method === 'POST')).toEqual([]);
    // The answer to a button at the bottom of the long card is shown where the curator looks.
    expect(await bannerInView(page)).toBe(true);

    await page.locator('#position').fill('учитель математики');
    // Years that are no number are not dropped on the way: the curator is told and nothing leaves.
    await page.locator('#years').fill('двадцать пять');
    await page.getByRole('button', { name: 'Отправить в банк практик региона' }).click();
    await expect
      .poll(() => page.locator('#banner.error').innerText())
      .toBe('Карточка не отправлена: «Стаж в должности, лет» — укажите число, например 12 (сейчас «двадцать пять»).');
    expect(await page.locator(':focus').getAttribute('id')).toBe('years');
    expect(gas.urlFetch._requests.filter((r) => r.method === 'POST')).toEqual([]);

    await page.locator('#years').fill('25');
    await page.getByRole('button', { name: 'Отправить в банк практик региона' }).click();
    await expect
      .poll(() => page.locator('#banner.ok').innerText())
      .toBe(
        'Карточка практики отправлена в банк региона на рассмотрение. Код практики: 42-0003-p-P5.\n' +
          'Лист «Практики» обновлён: практик — 1, принято в банк — 0.',
      );
    expect(await bannerInView(page)).toBe(true);
    await page.screenshot({ path: `${OUTPUT}/practice-dialog.png` });
    const [listed] = await bank.schoolView('42-0003');
    expect(listed).toMatchObject({
      practiceId: '42-0003-p-P5',
      revision: 1,
      authors: [{ mentorId: 'Н1', fullName: 'Сидоренко Галина Фёдоровна' }],
    });
    expect(gas.sheetValues('Практики')[1].slice(0, 4)).toEqual([
      '42-0003-p-P5',
      'Наставник для группы восьмиклассников',
      'Сидоренко Галина Фёдоровна',
      'на рассмотрении',
    ]);
    const saved = JSON.parse(gas.properties._document.getProperty('nastavnik.practice.edits.42-0003-p-P5')!);
    expect(saved).toMatchObject({
      title: 'Наставник для группы восьмиклассников',
      position: 'учитель математики',
      yearsInPosition: 25,
      materials: [{ title: 'План встреч', url: 'https://example.org/plan.pdf' }],
      consentToPublishContacts: false,
    });
    expect(errors).toEqual([]);
    await page.close();

    // Opened again for the next revision, the dialog restores the curator's text.
    const again = await openDialog(browser, gas, addon, 'openPracticeDialog');
    await again.page.locator('#programme option[value="П5"]').waitFor({ state: 'attached' });
    await again.page.locator('#programme').selectOption('П5');
    await again.page.locator('#card').waitFor({ state: 'visible' });
    expect(await again.page.locator('#title').inputValue()).toBe('Наставник для группы восьмиклассников');
    expect(await again.page.locator('#position').inputValue()).toBe('учитель математики');
    expect(await again.page.locator('#materials').inputValue()).toBe('План встреч — https://example.org/plan.pdf');
    expect(again.errors).toEqual([]);
    await again.page.close();
  });
});
