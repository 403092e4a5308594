// «Учёт участников» on the built add-on: the menu appends one row per snapshot (a retake marked,
// rows above untouched) with the chart of the quarters; the scheduled trigger runs with no active
// spreadsheet and reopens it by id, which the stand-in refuses under `spreadsheets.currentonly`
// (SpreadsheetApp.openById needs `spreadsheets`): then the quarter's snapshot is due and the next
// menu snapshot takes it, dated at the quarter's end.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { menteeSheet, mentorSheet, pairSheet } from '../../shared/workspace';
import { callEntry } from '../../testkit/apps-script/bundle';
import { startAddon } from '../../testkit/apps-script/addon-build';
import { manifestScopes } from '../../testkit/apps-script/scopes';
import { fireTrigger } from '../../testkit/apps-script/triggers';
import { chartsIn } from '../../testkit/apps-script/year';
import type { AppsScript } from '../../testkit/apps-script';

function rowsOf(headers: string[], records: Record<string, string | number>[]): (string | number)[][] {
  return [headers, ...records.map((r) => headers.map((h) => r[h] ?? ''))];
}

function fillYear(gas: AppsScript): void {
  gas.setSheetValues(
    'Наставники',
    rowsOf(
      mentorSheet.columns.map((c) => c.header),
      [
        {
          ID: 'Н1',
          ФИО: 'Громова Алла Игоревна',
          Категория: 'Педагог',
          'Формы наставничества': 'учитель – ученик',
          'Согласие на обработку ПДн': 'да',
        },
        {
          ID: 'Н2',
          ФИО: 'Белов Юрий Петрович',
          Категория: 'Педагог',
          'Формы наставничества': 'учитель – ученик',
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
          ID: 'У1',
          ФИО: 'Панова Вера Юрьевна',
          Категория: 'Обучающийся',
          Возраст: 13,
          'Форма наставничества': 'учитель – ученик',
          'Согласие на обработку ПДн': 'да',
          Статус: 'в паре',
        },
        {
          ID: 'У2',
          ФИО: 'Седов Иван Ильич',
          Категория: 'Обучающийся',
          Возраст: 14,
          'Форма наставничества': 'учитель – ученик',
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
          'ID пары': 'П1',
          Форма: 'учитель – ученик',
          'Наставник ID': 'Н1',
          'Наставляемый ID': 'У1',
          Статус: 'утверждена',
          'Дата начала': '15.01.2027',
        },
        {
          'ID пары': 'П2',
          Форма: 'учитель – ученик',
          'Наставник ID': 'Н2',
          'Наставляемый ID': 'У2',
          Статус: 'утверждена',
          'Дата начала': '10.04.2027',
        },
      ],
    ),
  );
}

const at = (iso: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
};
afterEach(() => {
  vi.useRealTimers();
});

const quarterColumn = (gas: AppsScript) => gas.sheetValues('Учёт участников').map((r) => [r[0], r[1], r[2], r[3]]);

describe('«Учёт участников» in the add-on', () => {
  it('appends a row per snapshot, marks a retake, keeps the rows above, and keeps one chart of its own', async () => {
    const { gas, addon } = await startAddon();
    callEntry(addon, 'createWorkspace');
    fillYear(gas);
    at('2027-05-20T09:00:00Z');
    callEntry(addon, 'takeParticipationSnapshot');
    const first = gas.sheetValues('Учёт участников');
    expect(first).toHaveLength(2);
    expect(first[1].slice(0, 6)).toEqual(['20.05.2027', 'II квартал 2027', 'снимок квартала', 2, 2, 2]);
    // The curator adds a note of their own beside the row; it is not touched.
    const sheet = gas.spreadsheet._sheet('Учёт участников')!;
    sheet._maxColumns = 41;
    sheet._cells[1][40] = 'моя пометка';
    callEntry(addon, 'takeParticipationSnapshot');
    const rows = gas.sheetValues('Учёт участников');
    expect(rows.map((r) => r[2])).toEqual(['Вид снимка', 'снимок квартала', 'повторный снимок']);
    expect(rows[1]).toEqual(
      [...first[1], ...new Array(rows[1].length - first[1].length).fill('')].map((v, i) =>
        i === 40 ? 'моя пометка' : v,
      ),
    );
    const charts = chartsIn(sheet);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: 'LINE',
      ranges: ['B1:B3', 'D1:D3', 'E1:E3', 'F1:F3'],
      options: { title: 'Участники программы по кварталам' },
    });
    expect(gas.ui._alerts.at(-1)?.title).toBe('Учёт участников: снимок добавлен');
  });

  it('the scheduled trigger cannot reopen the spreadsheet under spreadsheets.currentonly: the next menu snapshot takes the due quarter', async () => {
    const { gas, addon } = await startAddon();
    callEntry(addon, 'createWorkspace');
    fillYear(gas);
    at('2027-03-10T09:00:00Z');
    callEntry(addon, 'switchScheduledSnapshots');
    const [trigger] = gas.scriptApp._triggers;
    expect(trigger).toMatchObject({
      handler: 'takeScheduledSnapshot',
      kind: 'clock',
      spec: { onMonthDay: 1, atHour: 6 },
    });

    at('2027-04-01T06:10:00Z');
    fireTrigger(gas, addon, trigger.id);
    expect(gas.sheetNames()).not.toContain('Учёт участников');
    expect(gas.consoleLines.join('\n')).toContain('You do not have permission to call SpreadsheetApp.openById');

    at('2027-04-03T09:00:00Z');
    callEntry(addon, 'takeParticipationSnapshot');
    // П2 started on 10.04 — after the quarter's end, so the due snapshot counts one pair.
    expect(quarterColumn(gas)).toEqual([
      ['Дата снимка', 'Квартал', 'Вид снимка', 'Наставников'],
      ['31.03.2027', 'I квартал 2027', 'снимок квартала', 1],
      ['03.04.2027', 'II квартал 2027', 'снимок квартала', 1],
    ]);
    // The due mark is gone: the next snapshot is only today's retake.
    callEntry(addon, 'takeParticipationSnapshot');
    expect(quarterColumn(gas).map((r) => r[1])).toEqual([
      'Квартал',
      'I квартал 2027',
      'II квартал 2027',
      'II квартал 2027',
    ]);

    // Switching off removes exactly this user's trigger.
    callEntry(addon, 'switchScheduledSnapshots');
    expect(gas.scriptApp._triggers).toEqual([]);
  });

  it('with the `spreadsheets` scope the trigger takes the snapshot itself, once per quarter, and does nothing mid-quarter', async () => {
    const manifest = (await import('../../testkit/apps-script/addon-build')).builtAddon;
    const dir = await manifest();
    const scopes = [...manifestScopes(`${dir}/appsscript.json`), 'https://www.googleapis.com/auth/spreadsheets'];
    const { gas, addon } = await startAddon({ oauthScopes: scopes });
    callEntry(addon, 'createWorkspace');
    fillYear(gas);
    at('2027-06-10T09:00:00Z');
    callEntry(addon, 'switchScheduledSnapshots');
    const [trigger] = gas.scriptApp._triggers;
    at('2027-06-01T06:00:00Z');
    fireTrigger(gas, addon, trigger.id);
    expect(gas.sheetNames()).not.toContain('Учёт участников');
    at('2027-07-01T06:00:00Z');
    fireTrigger(gas, addon, trigger.id);
    fireTrigger(gas, addon, trigger.id);
    expect(quarterColumn(gas)).toEqual([
      ['Дата снимка', 'Квартал', 'Вид снимка', 'Наставников'],
      ['30.06.2027', 'II квартал 2027', 'снимок квартала', 2],
    ]);
  });
});
