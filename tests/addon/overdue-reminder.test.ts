// Overdue pairs within the narrow scopes, on the built bundle: the on-open reminder is this user's
// own open trigger of this spreadsheet, switched off by its stored id; the stand-in refuses the
// trigger calls Google refuses to editor add-ons; a time-driven trigger has no active spreadsheet.
import { describe, expect, it } from 'vitest';
import { menteeSheet, mentorSheet, pairSheet } from '../../shared/workspace';
import type { MeetingDialogData } from '../../addon/server/meetings/meetings-wire';
import { callEntry, callFromPage } from '../../testkit/apps-script/bundle';
import { startAddon } from '../../testkit/apps-script/addon-build';
import { createAppsScript } from '../../testkit/apps-script';
import { fireTrigger } from '../../testkit/apps-script/triggers';

function rowsOf(headers: string[], records: Record<string, string | number>[]): (string | number)[][] {
  return [headers, ...records.map((r) => headers.map((h) => r[h] ?? ''))];
}

async function withOverduePair() {
  const started = await startAddon();
  const { gas, addon } = started;
  callEntry(addon, 'createWorkspace');
  gas.setSheetValues(
    'Наставники',
    rowsOf(
      mentorSheet.columns.map((c) => c.header),
      [{ ID: 'Н001', ФИО: 'Громова Алла Игоревна', 'Согласие на обработку ПДн': 'да' }],
    ),
  );
  gas.setSheetValues(
    'Наставляемые',
    rowsOf(
      menteeSheet.columns.map((c) => c.header),
      [{ ID: 'У001', ФИО: 'Панова Вера Юрьевна', 'Согласие на обработку ПДн': 'да', Статус: 'в паре' }],
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
      ],
    ),
  );
  return started;
}

describe('stand-in: installable triggers of an editor add-on', () => {
  const ScriptApp = () => {
    const gas = createAppsScript();
    return {
      gas,
      app: gas.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp,
      ss: gas.spreadsheet._api as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    };
  };

  it('allows one trigger of each type per user per document, for this document only, clocks at most hourly', () => {
    const { gas, app, ss } = ScriptApp();
    app.newTrigger('a').forSpreadsheet(ss).onOpen().create();
    expect(() => app.newTrigger('b').forSpreadsheet(ss).onOpen().create()).toThrow(
      'This add-on has created too many open triggers in this document for this Google user account.',
    );
    app.newTrigger('c').forSpreadsheet(ss).onEdit().create();
    app.newTrigger('d').timeBased().everyHours(6).create();
    expect(() => app.newTrigger('e').timeBased().onWeekDay(app.WeekDay.MONDAY).atHour(8).create()).toThrow(
      /too many time-based triggers/,
    );
    expect(() => app.newTrigger('f').forSpreadsheet('another-spreadsheet-id').onOpen().create()).toThrow(
      'Add-ons can only create triggers for the file in which the add-on is used.',
    );

    // Another editor sees none of them and may have a set of their own.
    gas.actAs('deputy@school.example');
    expect(app.getUserTriggers(ss)).toEqual([]);
    expect(() => app.newTrigger('g').timeBased().everyMinutes(30).create()).toThrow(
      /more frequently than once per hour/,
    );
    app.newTrigger('a').forSpreadsheet(ss).onOpen().create();
    expect(app.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual(['a']);
    gas.actAs('curator@school.example');
    expect(app.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual(['a', 'c', 'd']);
  });

  it('runs a time-driven trigger with no active spreadsheet, and an open trigger with its spreadsheet', async () => {
    const { gas, addon } = await startAddon();
    const ss = gas.spreadsheet._api as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const app = gas.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    const seen: unknown[] = [];
    addon.probe = () =>
      seen.push((gas.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet());
    app.newTrigger('probe').timeBased().everyHours(1).create();
    app.newTrigger('probe').forSpreadsheet(ss).onOpen().create();
    for (const t of gas.scriptApp._triggers) fireTrigger(gas, addon, t.id);
    expect(seen).toEqual([null, ss]);
  });
});

describe('overdue pairs without e-mail', () => {
  it('switches the on-open reminder per user and removes only the stored trigger', async () => {
    const { gas, addon } = await withOverduePair();
    expect(callFromPage<MeetingDialogData>(addon, 'meetingDialogData').digest).toEqual({ enabled: false });
    expect(callFromPage(addon, 'setDigest', true)).toEqual({ enabled: true });
    const [mine] = gas.scriptApp._triggers;
    expect([mine.handler, mine.event, mine.user]).toEqual(['remindOverduePairs', 'onOpen', 'curator@school.example']);

    fireTrigger(gas, addon, mine.id);
    expect(gas.spreadsheet._toasts).toEqual([
      {
        title: 'Наставничество',
        message:
          'Без встреч больше 7 дней — 1 пара: П001. Список — «Наставничество → Встречи → Пары без встреч больше недели».',
      },
    ]);

    // The same handler's trigger of this user in another spreadsheet, and a second editor's own reminder.
    gas.scriptApp._triggers.push({ ...mine, id: 'trigger-elsewhere', documentId: 'ss-other-school' });
    gas.actAs('deputy@school.example');
    expect(callFromPage<MeetingDialogData>(addon, 'meetingDialogData').digest).toEqual({ enabled: false });
    callFromPage(addon, 'setDigest', true);
    gas.actAs('curator@school.example');

    expect(callFromPage(addon, 'setDigest', false)).toEqual({ enabled: false });
    expect(gas.scriptApp._triggers.map((t) => [t.id === mine.id, t.documentId, t.user])).toEqual([
      [false, 'ss-other-school', 'curator@school.example'],
      [false, gas.spreadsheet._id, 'deputy@school.example'],
    ]);
    expect(gas.properties._user.getKeys().filter((k) => k.includes('overdueReminder'))).toEqual([]);
  });

  it('lists the overdue pairs from the menu and says so when there are none', async () => {
    const { gas, addon } = await withOverduePair();
    callEntry(addon, 'showOverduePairs');
    expect(gas.ui._alerts.at(-1)).toMatchObject({ title: 'Без встреч больше 7 дней — 1 пара' });
    expect(gas.ui._alerts.at(-1)!.prompt.split('\n')[0]).toMatch(
      /^• П001 \(Громова Алла Игоревна — Панова Вера Юрьевна\): встреч ещё не было, работа пары началась \d+ дн/,
    );
    gas.setSheetValues('Пары', [gas.sheetValues('Пары')[0]]);
    callEntry(addon, 'showOverduePairs');
    expect(gas.ui._alerts.at(-1)!.prompt).toBe('Пар без встреч больше недели нет.');
  });

  it('lets a weekly e-mail trigger of an earlier version delete itself, with no spreadsheet and no mail', async () => {
    const { gas, addon } = await withOverduePair();
    const app = gas.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    app.newTrigger('sendOverdueDigest').timeBased().onWeekDay(app.WeekDay.MONDAY).atHour(8).create();
    fireTrigger(gas, addon, gas.scriptApp._triggers[0].id);
    expect(gas.scriptApp._triggers).toEqual([]);
    expect(gas.mail._sent).toEqual([]);
  });
});
