// Meetings, pair progress, monitoring and indicators on the built bundle when a row of «Пары» has a
// problem: that row is left out, every other row counts, and each result says how many rows were
// left out and lists them at their cells.
import { describe, expect, it } from 'vitest';
import { meetingSheet } from '../../shared/meetings';
import { menteeSheet, mentorSheet, pairSheet } from '../../shared/workspace';
import type { MeetingDialogData } from '../../addon/server/meetings/meetings-wire';
import { callEntry, callFromPage } from '../../testkit/apps-script/bundle';
import { startAddon } from '../../testkit/apps-script/addon-build';

function rowsOf(headers: string[], records: Record<string, string | number>[]): (string | number)[][] {
  return [headers, ...records.map((r) => headers.map((h) => r[h] ?? ''))];
}

const headers = (spec: { columns: readonly { header: string }[] }) => spec.columns.map((c) => c.header);

/** Two confirmed pairs; the second one's status is a word the product does not know. */
async function withBadPairRow() {
  const started = await startAddon();
  const { gas, addon } = started;
  callEntry(addon, 'createWorkspace');
  gas.setSheetValues(
    'Наставники',
    rowsOf(headers(mentorSheet), [
      {
        ID: 'Н001',
        ФИО: 'Громова Алла Игоревна',
        Категория: 'Педагог',
        'Формы наставничества': 'учитель – учитель',
        'Согласие на обработку ПДн': 'да',
      },
      {
        ID: 'Н002',
        ФИО: 'Лапин Олег Петрович',
        Категория: 'Педагог',
        'Формы наставничества': 'учитель – учитель',
        'Согласие на обработку ПДн': 'да',
      },
    ]),
  );
  gas.setSheetValues(
    'Наставляемые',
    rowsOf(headers(menteeSheet), [
      {
        ID: 'У001',
        ФИО: 'Панова Вера Юрьевна',
        Категория: 'Молодой педагог',
        'Форма наставничества': 'учитель – учитель',
        'Согласие на обработку ПДн': 'да',
        Статус: 'в паре',
      },
      {
        ID: 'У002',
        ФИО: 'Сомов Илья Андреевич',
        Категория: 'Молодой педагог',
        'Форма наставничества': 'учитель – учитель',
        'Согласие на обработку ПДн': 'да',
        Статус: 'в паре',
      },
    ]),
  );
  const pair = (id: string, mentor: string, mentee: string, status: string) => ({
    'ID пары': id,
    Форма: 'учитель – учитель',
    'Наставник ID': mentor,
    'Наставляемый ID': mentee,
    Статус: status,
    'Дата начала': '01.09.2025',
  });
  gas.setSheetValues(
    'Пары',
    rowsOf(headers(pairSheet), [pair('П001', 'Н001', 'У001', 'утверждена'), pair('П002', 'Н002', 'У002', 'подписана')]),
  );
  gas.setSheetValues(
    'Встречи',
    rowsOf(headers(meetingSheet), [
      { 'ID пары': 'П001', 'Тип встречи': 'знакомство', Дата: '05.09.2025' },
      { 'ID пары': 'П002', 'Тип встречи': 'знакомство', Дата: '06.09.2025' },
    ]),
  );
  return started;
}

const LEFT_OUT = 'Не учтены строки с ошибками: «Пары» — 1 строка.';

describe('rows with problems in the programme year', () => {
  it('meetings: the pair of the bad row is left out and counted, its meeting is not «of no pair»', async () => {
    const { addon } = await withBadPairRow();
    const data = callFromPage<MeetingDialogData>(addon, 'meetingDialogData');
    expect(data.pairs.map((p) => p.pairId)).toEqual(['П001']);
    expect(data.leftOut).toBe(LEFT_OUT);
    expect(data.problems).toEqual([
      expect.stringMatching(/^Лист «Пары», строка 3, столбец \w+ «Статус»: «подписана» — /),
    ]);
    expect(data.problems.join('\n')).not.toContain('Встречи');
  });

  it('pair progress, monitoring and indicators say how many rows were left out and list them', async () => {
    const { gas, addon } = await withBadPairRow();
    callEntry(addon, 'refreshPairProgress');
    const progress = gas.ui._alerts.at(-1)!.prompt;
    expect(progress).toContain('Пар в работе и завершённых: 1.');
    expect(progress).toContain(`${LEFT_OUT} Исправьте их и обновите снова:\nЛист «Пары», строка 3`);
    expect(
      gas
        .sheetValues('Ход работы пар')
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['П001']);

    callEntry(addon, 'refreshMonitoring');
    expect(gas.ui._alerts.at(-1)!.prompt).toContain(
      `${LEFT_OUT} Мониторинг посчитан без них; исправьте и обновите снова:\nЛист «Пары», строка 3`,
    );

    callEntry(addon, 'refreshIndicators');
    expect(gas.ui._alerts.at(-1)!.prompt).toContain(
      `${LEFT_OUT} Показатели посчитаны без них; исправьте и обновите снова:\nЛист «Пары», строка 3`,
    );
  });
});
