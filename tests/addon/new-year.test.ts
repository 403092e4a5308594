// The new academic year on the built add-on: the archive is a spreadsheet the add-on creates through
// the Sheets REST API (a Sheets/Drive stand-in in its own process, drive.file per user); every row
// of the old year is in it, value for value, before the workspace changes; the curator's own
// sheet and columns stay; a failure half-way leaves the workspace as it was and the next run goes
// on with the same archive; a second run refuses to archive the year again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { menteeSheet, mentorSheet, pairSheet } from '../../shared/workspace';
import { meetingSheet } from '../../shared/meetings/sheet';
import { callEntry } from '../../testkit/apps-script/bundle';
import { startAddon } from '../../testkit/apps-script/addon-build';
import { httpFetch, type AppsScript, type CellValue, type FetchHandler } from '../../testkit/apps-script/index';
import { STAND_IN_OAUTH_TOKEN } from '../../testkit/apps-script/year';
import { spawnSheetsStandin, type StandinProcess } from '../../testkit/sheets-standin/process';

const CURATOR = {
  token: STAND_IN_OAUTH_TOKEN,
  email: 'kurator@school.example',
  name: 'Анна Куратова',
  access: 'drive.file' as const,
};
let google: StandinProcess;

beforeAll(async () => {
  google = await spawnSheetsStandin({ users: [CURATOR] });
}, 90_000);
afterAll(() => {
  google?.child.kill('SIGTERM');
});

const viaStandin: FetchHandler = (req) =>
  httpFetch({ ...req, url: req.url.replace(/^https:\/\/(sheets|www)\.googleapis\.com\//, google.url) });

function rowsOf(headers: string[], records: Record<string, CellValue>[]): CellValue[][] {
  return [headers, ...records.map((r) => headers.map((h) => r[h] ?? ''))];
}
// Midnight in the spreadsheet's time zone (Europe/Moscow, UTC+3), as a typed date is.
const MOSCOW_MS = 3 * 3_600_000;
const day = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d) - MOSCOW_MS);

async function fullYear() {
  const started = await startAddon({ fetch: viaStandin, googleRest: 'external' });
  const { gas, addon } = started;
  callEntry(addon, 'createWorkspace');
  gas.setSettings({ 'Наименование организации': 'МБОУ «Школа № 5»', 'Персонализированных программ наставничества': 3 });
  gas.setSheetValues(
    'Наставники',
    rowsOf(
      [...mentorSheet.columns.map((c) => c.header), 'Моя пометка'],
      [
        {
          ID: 'Н1',
          ФИО: 'Громова Алла Игоревна',
          Категория: 'Педагог',
          'Формы наставничества': 'учитель – ученик',
          'Согласие на обработку ПДн': 'да',
          'Моя пометка': 'опытная',
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
        {
          ID: 'У3',
          ФИО: 'Орлова Мила Сергеевна',
          Категория: 'Обучающийся',
          Возраст: 12,
          'Форма наставничества': 'учитель – ученик',
          'Согласие на обработку ПДн': 'да',
          Статус: 'ожидает',
        },
      ],
    ),
  );
  gas.setSheetValues(
    'Пары',
    rowsOf(
      [...pairSheet.columns.map((c) => c.header), 'Заметка куратора'],
      [
        {
          'ID пары': 'П1',
          Форма: 'учитель – ученик',
          'Наставник ID': 'Н1',
          'Наставляемый ID': 'У1',
          Статус: 'утверждена',
          'Дата начала': day(15, 9, 2026),
          'Заметка куратора': 'по пятницам',
        },
        {
          'ID пары': 'П2',
          Форма: 'учитель – ученик',
          'Наставник ID': 'Н2',
          'Наставляемый ID': 'У2',
          Статус: 'завершена',
          'Дата начала': day(1, 10, 2026),
          'Заметка куратора': 'итог в мае',
        },
      ],
    ),
  );
  gas.setSheetValues(
    'Встречи',
    rowsOf(
      meetingSheet.columns.map((c) => c.header),
      [
        { 'ID пары': 'П1', 'Тип встречи': 'знакомство', Дата: day(16, 9, 2026), Тема: 'Знакомство' },
        { 'ID пары': 'П2', 'Тип встречи': 'знакомство', Дата: day(2, 10, 2026), Тема: 'Знакомство' },
        { 'ID пары': 'П2', 'Тип встречи': 'итоговая', Дата: day(20, 5, 2027), Тема: 'Итоги', 'Оценка наставника': 9 },
      ],
    ),
  );
  gas.setSheetValues('Мои заметки', [
    ['Что', 'Сколько'],
    ['Встреч с родителями', 3],
    ['Код', '007'],
  ]);
  return started;
}

/** Every sheet's values as the stand-in holds them (uncounted). */
const allSheets = (gas: AppsScript) => new Map(gas.sheetNames().map((name) => [name, gas.sheetValues(name)]));

/** A date cell as Sheets holds it: the serial number of its wall-clock day (UNFORMATTED_VALUE). */
const inArchive = (v: CellValue) =>
  v instanceof Date ? (v.getTime() + MOSCOW_MS - Date.UTC(1899, 11, 30)) / 86_400_000 : v;

function trimmed(rows: readonly (readonly unknown[])[]): unknown[][] {
  const out = rows.map((row) => {
    const r = [...row];
    while (r.length && (r[r.length - 1] === '' || r[r.length - 1] === null)) r.pop();
    return r;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

async function archiveValues(id: string, names: string[]): Promise<Map<string, unknown[][]>> {
  const query = names.map((n) => `ranges=${encodeURIComponent(`'${n}'`)}`).join('&');
  const res = await fetch(
    `${google.url}v4/spreadsheets/${id}/values:batchGet?${query}&valueRenderOption=UNFORMATTED_VALUE`,
    {
      headers: { authorization: `Bearer ${CURATOR.token}` },
    },
  );
  const body = (await res.json()) as { valueRanges: { values?: unknown[][] }[] };
  return new Map(names.map((n, i) => [n, body.valueRanges[i].values ?? []]));
}

const column = (rows: CellValue[][], header: string) => rows.slice(1).map((r) => r[rows[0].indexOf(header)]);

describe('new academic year in the add-on', () => {
  it('previews, archives every row value for value, carries the active pair, leaves the curator’s sheet and columns, and refuses a second run', async () => {
    const { gas, addon } = await fullYear();
    const before = allSheets(gas);
    const created = await google.command<number>({ do: 'created' });

    // Cancel at the preview: nothing happens.
    gas.ui._answers.push({ button: 'OK', text: '2027' }, { button: 'CANCEL' });
    callEntry(addon, 'startNewYear');
    expect(gas.ui._alerts.at(-1)!.prompt).toContain(
      'Активные пары (1) переходят в 2027/2028 вместе со своими встречами (1)',
    );
    expect(allSheets(gas)).toEqual(before);
    expect(await google.command<number>({ do: 'created' })).toBe(created);

    // The archive write fails (Google answers 400): the workspace stays as it was.
    await google.command({
      do: 'fail',
      target: 'sheets',
      fault: { status: 400, method: 'POST', path: '/v4/spreadsheets/', times: 1 },
    });
    gas.ui._answers.push({ button: 'OK', text: '2027' }, { button: 'YES' });
    callEntry(addon, 'startNewYear');
    expect(gas.ui._alerts.at(-1)!.prompt).toContain('не удалось');
    expect(allSheets(gas)).toEqual(before);
    await google.command({ do: 'clear' });
    // Meanwhile the curator adds a sheet: the archive gets it too.
    gas.setSheetValues('План на лето', [['Что'], ['Отчёт директору']]);

    // The next run continues with the same archive (no second spreadsheet) and finishes.
    callEntry(addon, 'startNewYear');
    const done = gas.ui._alerts.at(-1)!.prompt;
    expect(done).toContain('Готово: 2026/2027 — в архиве, таблица переведена на 2027/2028.');
    expect(await google.command<number>({ do: 'created' })).toBe(created + 1);
    const archiveId = /spreadsheets\/d\/([^/\s]+)/.exec(done)?.[1] ?? /архив[^:]*: (\S+)/.exec(done)?.[1];
    expect(archiveId).toBeTruthy();

    // Every row of the old year is in the archive, value for value.
    const names = [...before.keys()];
    const archived = await archiveValues(String(archiveId).replace(/^.*\/d\//, ''), [...names, 'Итоги переноса']);
    for (const name of names)
      expect(archived.get(name), name).toEqual(trimmed(before.get(name)!.map((r) => r.map(inArchive))));
    expect(
      (await archiveValues(String(archiveId).replace(/^.*\/d\//, ''), ['План на лето'])).get('План на лето'),
    ).toEqual([['Что'], ['Отчёт директору']]);
    expect(archived.get('Итоги переноса')).toContainEqual(['Пары, перенесённые в новый год', 'П1']);

    const after = allSheets(gas);
    expect(after.get('Мои заметки')).toEqual(before.get('Мои заметки'));
    expect(after.get('Наставники')).toEqual(before.get('Наставники'));
    const pairs = after.get('Пары')!;
    expect(column(pairs, 'ID пары').filter(Boolean)).toEqual(['П1']);
    expect(column(pairs, 'Заметка куратора').filter(Boolean)).toEqual(['по пятницам']);
    expect(column(after.get('Встречи')!, 'ID пары').filter(Boolean)).toEqual(['П1']);
    expect(column(after.get('Наставляемые')!, 'Статус')).toEqual(['в паре', 'завершил', 'ожидает']);
    expect(column(after.get('Дорожная карта')!, 'Начало')[0]).toEqual(day(1, 9, 2027));
    const settings = after.get('Настройки')!;
    expect(settings.find((r) => r[0] === 'Учебный год')?.[1]).toBe('2027/2028');
    expect(String(settings.find((r) => r[0] === 'Архив 2026/2027')?.[1])).toContain(
      String(archiveId).replace(/^.*\/d\//, ''),
    );
    expect(settings.find((r) => r[0] === 'Персонализированных программ наставничества')?.[1]).toBe('');

    // A second run for the same year refuses and changes nothing.
    gas.ui._answers.push({ button: 'OK', text: '2027' });
    callEntry(addon, 'startNewYear');
    expect(gas.ui._alerts.at(-1)!.prompt).toContain('2026/2027 учебный год уже перенесён в архив');
    expect(allSheets(gas)).toEqual(after);
    expect(await google.command<number>({ do: 'created' })).toBe(created + 1);
  }, 60_000);
});
