// The yearly cycle on the built bundle in the Apps Script stand-in, on 50 and on 5,000 rows of every
// registry, pairs and meetings: the quarterly snapshot (menu) and the new academic year (archive
// through the Sheets REST API in a stand-in process, verified, then the workspace changed). Apps
// Script's cost is its service calls: they must not grow with the rows. Time is Node's, a hint only.
import { performance } from 'node:perf_hooks';
import { meetingSheet } from '../shared/meetings/sheet';
import { headersOf, menteeSheet, mentorSheet, pairSheet } from '../shared/workspace';
import { startAddon } from '../testkit/apps-script/addon-build';
import { callEntry } from '../testkit/apps-script/bundle';
import { httpFetch } from '../testkit/apps-script/index';
import { STAND_IN_OAUTH_TOKEN } from '../testkit/apps-script/year';
import { spawnSheetsStandin } from '../testkit/sheets-standin/process';

const SIZES = [50, 5_000];

function row(headers: string[], values: Record<string, string | number>): (string | number)[] {
  return headers.map((h) => values[h] ?? '');
}

async function measure(rows: number, googleUrl: string): Promise<Record<string, { calls: number; ms: number }>> {
  const { gas, addon } = await startAddon({
    googleRest: 'external',
    fetch: (req) =>
      httpFetch({ ...req, url: req.url.replace(/^https:\/\/(sheets|www)\.googleapis\.com\//, googleUrl) }),
  });
  callEntry(addon, 'createWorkspace');
  const people = (headers: string[], prefix: string, extra: Record<string, string | number>) => [
    headers,
    ...Array.from({ length: rows }, (_, i) =>
      row(headers, {
        ID: `${prefix}${i + 1}`,
        ФИО: `Человек ${prefix}${i + 1}`,
        'Согласие на обработку ПДн': 'да',
        ...extra,
      }),
    ),
  ];
  gas.setSheetValues(
    mentorSheet.name,
    people(headersOf(mentorSheet), 'Н', { Категория: 'Педагог', 'Формы наставничества': 'учитель – ученик' }),
  );
  gas.setSheetValues(
    menteeSheet.name,
    people(headersOf(menteeSheet), 'У', {
      Категория: 'Обучающийся',
      Возраст: 13,
      'Форма наставничества': 'учитель – ученик',
      Статус: 'в паре',
    }),
  );
  const pairs = headersOf(pairSheet);
  gas.setSheetValues(pairSheet.name, [
    pairs,
    ...Array.from({ length: rows }, (_, i) =>
      row(pairs, {
        'ID пары': `П${i + 1}`,
        'Наставник ID': `Н${i + 1}`,
        'Наставляемый ID': `У${i + 1}`,
        Статус: i % 2 ? 'утверждена' : 'завершена',
        'Дата начала': '01.10.2026',
      }),
    ),
  ]);
  const meetings = headersOf(meetingSheet);
  gas.setSheetValues(meetingSheet.name, [
    meetings,
    ...Array.from({ length: rows }, (_, i) =>
      row(meetings, { 'ID пары': `П${i + 1}`, 'Тип встречи': 'знакомство', Дата: '02.10.2026' }),
    ),
  ]);
  const run = (work: () => unknown) => {
    gas.calls.reset();
    const start = performance.now();
    work();
    return { calls: gas.calls.total(), ms: performance.now() - start };
  };
  const figures = {
    'quarterly snapshot': run(() => callEntry(addon, 'takeParticipationSnapshot')),
    'new academic year': (() => {
      gas.ui._answers.push({ button: 'OK', text: '2027' }, { button: 'YES' });
      return run(() => callEntry(addon, 'startNewYear'));
    })(),
  };
  const last = gas.ui._alerts.at(-1)?.prompt ?? '';
  if (!last.startsWith('Готово')) throw new Error(`new year did not finish on ${rows} rows: ${last}`);
  return figures;
}

export async function benchAddonYear(): Promise<void> {
  console.log(
    'Add-on: quarterly snapshot and new academic year (Apps Script stand-in, built Code.js; Sheets REST stand-in)',
  );
  const google = await spawnSheetsStandin({
    users: [{ token: STAND_IN_OAUTH_TOKEN, email: 'kurator@school.example', access: 'drive.file' }],
  });
  try {
    const [small, large] = [await measure(SIZES[0], google.url), await measure(SIZES[1], google.url)];
    for (const name of Object.keys(small)) {
      const a = small[name];
      const b = large[name];
      console.log(
        `  ${a.calls === b.calls ? '✓' : '✗'} ${name.padEnd(20)} service calls ${String(a.calls).padStart(4)} → ${String(b.calls).padStart(4)} ` +
          `(${SIZES[0]} → ${SIZES[1].toLocaleString('en')} rows), ${a.ms.toFixed(0)} → ${b.ms.toFixed(0)} ms`,
      );
    }
  } finally {
    google.child.kill('SIGTERM');
  }
}
