// The meetings and «Отчёт в регион» dialogs as built, in headless Chromium at dialog size, wired by
// a JSON google.script.run to the real handlers of Code.js on the Apps Script stand-in.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bannerInView, launchChromium, openDialog as openBrowserDialog, OUTPUT, tabOrder } from '../support/browser';
import { menteeSheet, mentorSheet, pairSheet } from '../../shared/workspace';
import type { AppsScript } from '../../testkit/apps-script';
import { startAddon } from '../../testkit/apps-script/addon-build';
import { callEntry, type BundleContext } from '../../testkit/apps-script/bundle';
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

function rowsOf(headers: string[], records: Record<string, string | number>[]): (string | number)[][] {
  return [headers, ...records.map((r) => headers.map((h) => r[h] ?? ''))];
}

async function workspace() {
  const started = await startAddon();
  const { gas, addon } = started;
  callEntry(addon, 'createWorkspace');
  gas.setSheetValues(
    'Наставники',
    rowsOf(
      mentorSheet.columns.map((c) => c.header),
      [
        {
          ID: 'Н001',
          ФИО: 'Громова Алла Игоревна',
          Категория: 'Педагог',
          'Стаж, лет': 20,
          'Формы наставничества': 'учитель – учитель',
          'Согласие на обработку ПДн': 'да',
        },
        {
          ID: 'Н002',
          ФИО: 'Белов Олег Ильич',
          Категория: 'Обучающийся',
          Возраст: 16,
          'Формы наставничества': 'ученик – ученик',
          'Согласие на обработку ПДн': 'да',
        },
      ],
    ),
  );
  gas.setSheetValues(
    'Наставляемые',
    rowsOf(
      menteeSheet.columns.map((c) => c.header),
      [
        {
          ID: 'У001',
          ФИО: 'Панова Вера Юрьевна',
          Категория: 'Молодой педагог',
          'Стаж, лет': 1,
          'Форма наставничества': 'учитель – учитель',
          'Согласие на обработку ПДн': 'да',
          Статус: 'в паре',
        },
        {
          ID: 'У002',
          ФИО: 'Ким Лев Сергеевич',
          Категория: 'Обучающийся',
          Возраст: 12,
          'Форма наставничества': 'ученик – ученик',
          'Согласие на обработку ПДн': 'да',
          Статус: 'в паре',
        },
      ],
    ),
  );
  gas.setSheetValues(
    'Пары',
    rowsOf(
      pairSheet.columns.map((c) => c.header),
      [
        {
          'ID пары': 'П001',
          Форма: 'учитель – учитель',
          'Наставник ID': 'Н001',
          Наставник: 'Громова Алла Игоревна',
          'Наставляемый ID': 'У001',
          Наставляемый: 'Панова Вера Юрьевна',
          Статус: 'утверждена',
          'Дата начала': '01.09.2025',
        },
        {
          'ID пары': 'П002',
          Форма: 'ученик – ученик',
          'Наставник ID': 'Н002',
          Наставник: 'Белов Олег Ильич',
          'Наставляемый ID': 'У002',
          Наставляемый: 'Ким Лев Сергеевич',
          Статус: 'утверждена',
          'Дата начала': '01.09.2025',
        },
      ],
    ),
  );
  return started;
}

describe('programme-year dialogs in Chromium', () => {
  it('adds a meeting, refuses to complete a pair early and lists the overdue pairs', async () => {
    const { gas, addon } = await workspace();
    const { page, errors } = await openDialog(gas, addon, 'openMeetingDialog');
    await page.locator('#pair option').first().waitFor({ state: 'attached' });
    expect(await page.locator('#overdue li').count()).toBe(2);
    await page.locator('#pair').selectOption('П002');
    await page.locator('#type').selectOption('знакомство');
    await page.locator('#topic').fill('Цели на четверть');
    await page.locator('#mentor-score').fill('9');
    await page.locator('#mentee-score').fill('8');
    await page.getByRole('button', { name: 'Добавить встречу' }).click();
    await expect.poll(() => page.locator('#banner').innerText()).toContain('Встреча пары П002 (знакомство');
    expect(await page.locator('#overdue li').count()).toBe(1);
    const [headers, ...meetings] = gas.sheetValues('Встречи');
    expect(
      meetings.map((r) => [
        r[headers.indexOf('ID пары')],
        r[headers.indexOf('Тема')],
        r[headers.indexOf('Оценка наставника')],
      ]),
    ).toEqual([['П002', 'Цели на четверть', 9]]);
    await page.screenshot({ path: `${OUTPUT}/meetings-dialog.png` });

    await page.getByRole('button', { name: 'Завершить пару' }).click();
    await expect.poll(() => page.locator('#banner').innerText()).toContain('итоговая встреча ещё не проведена');
    await page.locator('#mentor-score').fill('12');
    await page.getByRole('button', { name: 'Добавить встречу' }).click();
    await expect
      .poll(() => page.locator('#banner').innerText())
      .toContain('Оценка наставника — целое число от 1 до 10');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records exactly the meeting typed, refuses an impossible date and is usable from the keyboard', async () => {
    const { gas, addon } = await workspace();
    const { page, errors } = await openDialog(gas, addon, 'openMeetingDialog');
    await page.locator('#pair option').first().waitFor({ state: 'attached' });

    // From the first field to «Добавить встречу» by Tab, in reading order.
    expect(await tabOrder(page, 'pair', 'add')).toEqual([
      'pair',
      'type',
      'date',
      'topic',
      'outcome',
      'mentor-score',
      'mentee-score',
      'comment',
      'digest',
      'close',
      'complete',
      'add',
    ]);

    await page.locator('#pair').selectOption('П001');
    await page.locator('#type').selectOption('пробная');
    await page.locator('#date').fill('31.02.2025');
    await page.locator('#topic').fill('План адаптации');
    await page.locator('#outcome').fill('Составлен план на месяц');
    await page.locator('#mentor-score').fill('8');
    await page.locator('#mentee-score').fill('10');
    await page.locator('#comment').fill('Следующая встреча — в кабинете 21');
    // From the last field past the reminder, «Закрыть» and «Завершить пару»: Enter adds the meeting.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('id')).toBe('add');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#banner.error').innerText())
      .toBe('Встреча не добавлена: Укажите дату встречи в виде ДД.ММ.ГГГГ.');
    expect(gas.sheetValues('Встречи').length).toBe(1);
    expect(await bannerInView(page)).toBe(true);
    // The curator's text stays in the form to correct the date.
    expect(await page.locator('#topic').inputValue()).toBe('План адаптации');

    await page.locator('#date').fill('15.09.2025');
    await page.getByRole('button', { name: 'Добавить встречу' }).click();
    await expect
      .poll(() => page.locator('#banner.ok').innerText())
      .toBe('Встреча пары П001 (пробная, 15.09.2025) добавлена в лист «Встречи».');
    const [headers, ...meetings] = gas.sheetValues('Встречи');
    expect(headers).toEqual([
      'ID пары',
      'Тип встречи',
      'Дата',
      'Тема',
      'Итог',
      'Оценка наставника',
      'Оценка наставляемого',
      'Комментарий',
    ]);
    expect(meetings).toEqual([
      [
        'П001',
        'пробная',
        // A date cell: midnight of that day in the spreadsheet's time zone (Europe/Moscow here).
        new Date('2025-09-15T00:00:00+03:00'),
        'План адаптации',
        'Составлен план на месяц',
        8,
        10,
        'Следующая встреча — в кабинете 21',
      ],
    ]);
    expect(await page.locator('#topic').inputValue()).toBe('');
    expect(await page.locator('#pair-info').innerText()).toContain('Этап: пробная; последняя встреча: 15.09.2025');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the report before sending and keeps the token out of the page', async () => {
    const { gas, addon } = await workspace();
    gas.setSettings({ ...SCHOOL_SETTINGS, 'Молодых педагогов (стаж 0–3 года)': '' });

    const { page, errors } = await openDialog(gas, addon, 'openReportDialog');
    await expect.poll(() => page.locator('#preview').innerText()).toContain('Молодых педагогов (стаж 0–3 года)');
    expect(await page.locator('#preview table').count()).toBe(0);

    gas.setSettings({ 'Молодых педагогов (стаж 0–3 года)': 3 });
    await page.getByRole('button', { name: 'Обновить отчёт' }).click();
    await page.locator('#preview table').waitFor();
    const text = await page.locator('#preview').innerText();
    expect(text).toContain('42-0003');
    expect(text).not.toContain('Панова');
    expect(text).toContain('Пары, форма «учитель – учитель»');
    await page.locator('#url').fill('https://nastavnik.region.example');
    await page.locator('#token').fill('school-token-xyz');
    await page.getByRole('button', { name: 'Сохранить подключение' }).click();
    await expect.poll(() => page.locator('#banner').innerText()).toBe('Подключение сохранено.');
    expect(await page.locator('#token').inputValue()).toBe('');
    expect(await page.content()).not.toContain('school-token-xyz');
    await page.screenshot({ path: `${OUTPUT}/report-dialog.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers a personal copy of the report spreadsheet only when another editor owns it', async () => {
    const { gas, addon } = await workspace();
    gas.setSettings({ ...SCHOOL_SETTINGS, 'Молодых педагогов (стаж 0–3 года)': 3 });
    // The report spreadsheet a colleague made: under drive.file this user's add-on gets 404 for it.
    const foreign = {
      id: 'ss-colleague',
      url: '',
      rows: [0, 0, 0],
      sharedWith: [],
      createdBy: { email: 'colleague@school.example', name: 'Коллега' },
    };
    gas.properties._document.setProperty('nastavnik.report.spreadsheet', JSON.stringify(foreign));
    const created: string[] = [];
    gas.urlFetch._routes.unshift((req) => {
      if (!req.url.startsWith('https://sheets.googleapis.com/v4/spreadsheets')) return undefined;
      const json = (status: number, body: unknown) => ({ status, body: JSON.stringify(body) });
      if (req.method === 'GET')
        return json(404, { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } });
      if (req.url.endsWith('/v4/spreadsheets')) {
        created.push('ss-mine');
        return json(200, {
          spreadsheetId: 'ss-mine',
          spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/ss-mine/edit',
        });
      }
      return json(200, {});
    });

    const { page, errors } = await openDialog(gas, addon, 'openReportDialog');
    await page.locator('#preview table').waitFor();
    expect(await page.locator('#copy').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Таблица для региона' }).click();
    await expect.poll(() => page.locator('#banner').innerText()).toContain('создал(а) Коллега');
    expect(created).toEqual([]);
    await page.getByRole('button', { name: /Создать свою копию таблицы/ }).click();
    await expect
      .poll(() => page.locator('#banner').innerText())
      .toContain('сообщите региональному центру новый идентификатор');
    expect(created).toEqual(['ss-mine']);
    expect(await page.locator('#copy').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
