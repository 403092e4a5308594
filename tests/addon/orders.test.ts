// Orders in the built add-on: a Google Doc copied from an editable template, filled from «Настройки»
// and the registries; the pairs order writes its reference into `Приказ` of «Пары».
import { beforeEach, describe, expect, it } from 'vitest';
import { headersOf, mentorSheet, pairSheet, settingsSheet } from '../../shared/workspace';
import type { OrderDialogData, OrderResult } from '../../addon/server/orders/orders-wire';
import { callEntry, callFromPage } from '../../testkit/apps-script/bundle';
import { startAddon, type AddonInStandIn } from '../../testkit/apps-script/addon-build';
import type { AppsScriptOptions } from '../../testkit/apps-script';

let env: AddonInStandIn;

function row(spec: { columns: readonly { header: string }[] }, values: Record<string, string | number>) {
  return spec.columns.map((c) => values[c.header] ?? '');
}

async function start(options: AppsScriptOptions = {}) {
  env = await startAddon(options);
  callEntry(env.addon, 'createWorkspace');
  const { gas } = env;
  const settings = gas.sheetValues(settingsSheet.name).map((r) => {
    const label = String(r[0]);
    const value = {
      'Наименование организации': 'МБОУ «Школа № 12»',
      'Руководитель (ФИО)': 'Зимина Т. А.',
      'Куратор наставничества (ФИО)': 'Лаптева О. В.',
    }[label];
    return value === undefined ? r : [r[0], value, r[2]];
  });
  gas.setSheetValues(settingsSheet.name, settings);
  gas.setSheetValues(pairSheet.name, [
    [...headersOf(pairSheet), 'Заметки'],
    [
      ...row(pairSheet, {
        'ID пары': 'П-01',
        Форма: 'ученик – ученик',
        'Наставник ID': 'Н001',
        Наставник: 'Соколов Пётр',
        'Наставляемый ID': 'У001',
        Наставляемый: 'Фёдорова Алина',
        Статус: 'утверждена',
        'Дата начала': '02.09.2024',
      }),
      'моё',
    ],
    [
      ...row(pairSheet, {
        'ID пары': 'П-02',
        Форма: 'ученик – ученик',
        'Наставник ID': 'Н002',
        Наставник: 'Орлова Вера',
        'Наставляемый ID': 'У002',
        Наставляемый: 'Ким Даниил',
        Статус: 'предложена',
      }),
      '',
    ],
    [
      ...row(pairSheet, {
        'ID пары': 'П-03',
        Форма: 'учитель – учитель',
        'Наставник ID': 'Н003',
        Наставник: 'Белов Игорь',
        'Наставляемый ID': 'У003',
        Наставляемый: 'Гусева Нина',
        Статус: 'утверждена',
        'Дата начала': '02.09.2024',
        Приказ: '№ 1 от 01.06.2024',
      }),
      '',
    ],
    [
      ...row(pairSheet, {
        'ID пары': 'П-03',
        Форма: 'учитель – учитель',
        'Наставник ID': 'Н003',
        Наставник: 'Белов Игорь',
        'Наставляемый ID': 'У004',
        Наставляемый: 'Титов Лев',
        Статус: 'утверждена',
        'Дата начала': '09.09.2024',
      }),
      '',
    ],
  ]);
}

const request = {
  kind: 'pairs',
  number: '45-о',
  date: '05.09.2024',
  signatory: 'Зимина Т. А.',
  position: 'Директор',
  includeAll: false,
};

describe('pairs order', () => {
  beforeEach(async () => start());

  it('lists the confirmed pairs without an order in a Doc from the template and marks them in «Пары»', () => {
    const { gas, addon } = env;
    const data = callFromPage<OrderDialogData>(addon, 'orderDialogData', 'pairs');
    expect(data.counts).toEqual({ newPairs: 2, confirmedPairs: 3, mentors: 0 });
    expect(data.signatory).toBe('Зимина Т. А.');
    expect(data.defaults.pairs.date).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);

    gas.calls.reset();
    const result = callFromPage<OrderResult>(addon, 'createOrder', request);
    expect(result.count).toBe(2);
    expect(result.reference).toBe('№ 45-о от 05.09.2024');
    const docId = /document\/d\/([^/]+)/.exec(result.url)![1];
    const text = gas.docs.text(docId);
    expect(text).toContain('МБОУ «Школа № 12»');
    expect(text).toContain('«05» сентября 2024 г.\t\t\t\t\t\t№ 45-о');
    expect(text).toContain('О закреплении наставнических пар/групп');
    expect(text).toContain('1. Закрепить наставнические пары/группы (2 пары/группы, 2 наставляемых) согласно списку:');
    expect(text).toContain('Куратору наставничества Лаптева О. В.');
    expect(text).toContain('Директор\t\t\t\t\t\tЗимина Т. А.');
    expect(text).not.toMatch(/\{\{|подсказка/);
    expect(gas.docs.tables(docId)).toEqual([
      [
        ['№', 'ID пары', 'Форма наставничества', 'Наставник', 'Наставляемый', 'Дата начала'],
        ['1', 'П-01', 'ученик – ученик', 'Соколов Пётр', 'Фёдорова Алина', '02.09.2024'],
        ['2', 'П-03', 'учитель – учитель', 'Белов Игорь', 'Титов Лев', '09.09.2024'],
      ],
    ]);
    const pairs = gas.sheetValues(pairSheet.name);
    const order = headersOf(pairSheet).indexOf('Приказ');
    expect(pairs.slice(1).map((r) => r[order])).toEqual([
      '№ 45-о от 05.09.2024',
      '',
      '№ 1 от 01.06.2024',
      '№ 45-о от 05.09.2024',
    ]);
    expect(pairs[1].at(-1)).toBe('моё');
    expect(gas.calls.reads(pairSheet.name)).toHaveLength(1);
    expect(gas.calls.writes(pairSheet.name).map((w) => w.a1)).toEqual(['K2:K5']);
    expect(gas.calls.unlockedWrites()).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('uses the template the curator edited, and creates it only once', () => {
    const { gas, addon } = env;
    const first = callFromPage<OrderResult>(addon, 'createOrder', { ...request, includeAll: true });
    const templateId = /document\/d\/([^/]+)/.exec(first.templateUrl)![1];
    const body = gas.docs.bodies.get(templateId)!;
    const heading = body._children.find((c) => c._plain() === 'О закреплении наставнических пар/групп') as unknown as {
      _text: string;
    };
    heading._text = 'О закреплении наставнических пар (редакция школы), приказ {{Номер}}';
    const second = callFromPage<OrderResult>(addon, 'createOrder', { ...request, number: '46-о', includeAll: true });
    expect(second.templateUrl).toBe(first.templateUrl);
    expect(gas.docs.text(/document\/d\/([^/]+)/.exec(second.url)![1])).toContain(
      'О закреплении наставнических пар (редакция школы), приказ 46-о',
    );
    const docs = [...gas.drive.entries.values()].filter((e) => e.mimeType === 'application/vnd.google-apps.document');
    expect(docs.map((d) => d.name).sort()).toEqual([
      'Приказ о закреплении наставнических пар-групп № 45-о от 05.09.2024',
      'Приказ о закреплении наставнических пар-групп № 46-о от 05.09.2024',
      'Шаблон — Приказ о закреплении наставнических пар/групп',
    ]);
  });

  it('explains why there is nothing to order and refuses a bad date, leaving «Пары» as it was', () => {
    const { gas, addon } = env;
    callFromPage(addon, 'createOrder', request);
    const before = gas.sheetValues(pairSheet.name);
    expect(() => callFromPage(addon, 'createOrder', request)).toThrow(/уже включены в приказы/);
    expect(() => callFromPage(addon, 'createOrder', { ...request, date: '2024-09-05' })).toThrow(/ДД\.ММ\.ГГГГ/);
    expect(gas.sheetValues(pairSheet.name)).toEqual(before);
  });
});

describe('registry order', () => {
  it('lists mentors with consent who have not left, says who was left out, and leaves blanks for empty settings', async () => {
    await start();
    const { gas, addon } = env;
    gas.setSheetValues(mentorSheet.name, [
      headersOf(mentorSheet),
      row(mentorSheet, {
        ID: 'Н001',
        ФИО: 'Соколов Пётр Ильич',
        Категория: 'Педагог',
        Организация: 'Школа № 12',
        'Формы наставничества': 'учитель – учитель; учитель – ученик',
        'Согласие на обработку ПДн': 'да',
        Статус: 'кандидат',
      }),
      row(mentorSheet, {
        ID: 'Н002',
        ФИО: 'Орлова Вера',
        'Формы наставничества': 'учитель – учитель',
        'Согласие на обработку ПДн': 'нет',
      }),
      row(mentorSheet, {
        ID: 'Н003',
        ФИО: 'Белов Игорь',
        'Формы наставничества': 'учитель – учитель',
        'Согласие на обработку ПДн': 'да',
        Статус: 'выбыл',
      }),
    ]);
    gas.setSheetValues(settingsSheet.name, [
      headersOf(settingsSheet),
      ['Наименование организации', 'МБОУ «Школа № 12»', ''],
    ]);
    const result = callFromPage<OrderResult>(addon, 'createOrder', {
      ...request,
      kind: 'registry',
      signatory: '',
      position: '',
    });
    const docId = /document\/d\/([^/]+)/.exec(result.url)![1];
    expect(gas.docs.tables(docId)[0]).toEqual([
      ['№', 'ФИО', 'Категория', 'Место работы (учёбы)', 'Формы наставничества'],
      ['1', 'Соколов Пётр Ильич', 'Педагог', 'Школа № 12', 'учитель – учитель; учитель – ученик'],
    ]);
    expect(gas.docs.text(docId)).toContain('1. Утвердить реестр наставников (1 наставник):');
    expect(gas.docs.text(docId)).toContain('____________________\t\t\t\t\t\t____________________');
    expect(result.warnings).toEqual([
      'Орлова Вера (Н002) не включён: нет согласия на обработку ПДн',
      'Белов Игорь (Н003) не включён: статус «выбыл»',
      'не заполнено «Руководитель (ФИО)» — в приказе оставлен пропуск',
      'не заполнено «Должность руководителя» — в приказе оставлен пропуск',
      'не заполнено «Куратор наставничества (ФИО)» — в приказе оставлен пропуск',
    ]);
  });

  it('puts documents in the user’s folder at the root of «Мой диск», made through Drive REST under drive.file', async () => {
    await start({ driveAccess: 'app' });
    const { gas, addon } = env;
    const result = callFromPage<OrderResult>(addon, 'createOrder', request);
    const docId = /document\/d\/([^/]+)/.exec(result.url)![1];
    const folderId = [...gas.drive.entries.get(docId)!.parents][0];
    expect(gas.drive.entries.get(folderId)).toMatchObject({ name: 'Наставничество — документы' });
    expect([...gas.drive.entries.get(folderId)!.parents]).toEqual([gas.drive.rootId]);
  });
});

describe('the daily quota of created Docs', () => {
  it('refuses the order with a Russian message and leaves «Пары» as it was; the template is kept for tomorrow', async () => {
    await start({ docsPerDay: 1 });
    const { gas, addon } = env;
    const before = gas.sheetValues(pairSheet.name);
    expect(() => callFromPage(addon, 'createOrder', request)).toThrow(
      /Исчерпана дневная квота Google.*Запустите действие завтра/,
    );
    expect(gas.sheetValues(pairSheet.name)).toEqual(before);
    const template = gas.properties._document.getProperty('nastavnik.orderTemplate.pairs');
    gas.docs.createdToday.clear();
    const result = callFromPage<OrderResult>(addon, 'createOrder', request);
    expect(result.count).toBe(2);
    expect(gas.properties._document.getProperty('nastavnik.orderTemplate.pairs')).toBe(template);
  });
});

describe('templates of an older version', () => {
  it('replaces a template made by DocumentApp (out of Drive REST reach) with a new one and says so, deleting nothing', async () => {
    await start();
    const { gas, addon } = env;
    const old = (gas.globals.DocumentApp as { create(name: string): { getId(): string } }).create('Шаблон — старый');
    gas.properties._document.setProperty('nastavnik.orderTemplate.pairs', JSON.stringify(old.getId()));
    const result = callFromPage<OrderResult>(addon, 'createOrder', request);
    expect(result.warnings.join('\n')).toContain(
      `Прежний шаблон (https://docs.google.com/document/d/${old.getId()}/edit) создан старой версией надстройки`,
    );
    expect(JSON.parse(gas.properties._document.getProperty('nastavnik.orderTemplate.pairs')!)).toMatchObject({
      by: 'curator@school.example',
    });
    expect(gas.drive.entries.get(old.getId())!.trashed).toBe(false);
  });
});

describe('orders of a second editor', () => {
  it('never copies or remakes another editor’s template: says whose it is, and makes a personal one on request', async () => {
    await start();
    const { gas, addon } = env;
    const first = callFromPage<OrderResult>(addon, 'createOrder', request);
    const shared = gas.properties._document.getProperty('nastavnik.orderTemplate.pairs');
    expect(JSON.parse(shared!)).toMatchObject({ by: 'curator@school.example' });

    gas.actAs('deputy@school.example');
    const data = callFromPage<OrderDialogData>(addon, 'orderDialogData', 'pairs');
    expect(data.foreignTemplates).toEqual({ pairs: 'curator@school.example' });
    const again = { ...request, number: '46-о', includeAll: true };
    expect(() => callFromPage(addon, 'createOrder', again)).toThrow(
      /Общий шаблон «Приказ о закреплении наставнических пар\/групп» создал\(а\) curator@school\.example.*попросите curator@school\.example создать этот документ.*создайте свой шаблон — отметьте «Создать свой шаблон приказа»/s,
    );
    expect(gas.properties._document.getProperty('nastavnik.orderTemplate.pairs')).toBe(shared);

    const own = callFromPage<OrderResult>(addon, 'createOrder', { ...again, ownTemplate: true });
    expect(own.templateUrl).not.toBe(first.templateUrl);
    const copy = gas.drive.entries.get(/document\/d\/([^/]+)/.exec(own.url)![1])!;
    expect(copy.owner).toBe('deputy@school.example');
    expect(gas.properties._document.getProperty('nastavnik.orderTemplate.pairs')).toBe(shared);
    // The personal template is used from now on, without asking again.
    const next = callFromPage<OrderResult>(addon, 'createOrder', { ...again, number: '47-о' });
    expect(next.templateUrl).toBe(own.templateUrl);
    expect(callFromPage<OrderDialogData>(addon, 'orderDialogData', 'pairs').foreignTemplates).toEqual({});
  });
});

describe('orders menu', () => {
  it('opens the dialog with the requested order preselected', async () => {
    await start();
    callEntry(env.addon, 'openRegistryOrderDialog');
    const shown = env.gas.ui._shown.at(-1)!;
    expect(shown.kind).toBe('modal');
    expect(shown.html).toContain('<div id="order-kind" data-kind="registry" hidden></div>');
    expect(shown.html).not.toMatch(/src="\.\/|href="\.\//);
  });
});
