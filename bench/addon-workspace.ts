// Add-on operations other than pairing, on the built bundle in the Apps Script stand-in: importing
// questionnaire answers, repairing the workspace, creating the pairs order, the mentors' rating and
// the commission's document, on 50 and on 5,000
// rows. Apps Script's cost is its service calls: they must not grow with the registry, and each
// sheet is read once and written once. Time here is Node's, only a hint of the pure-JS share.
import { performance } from 'node:perf_hooks';
import { ACHIEVEMENTS_SHEET } from '../shared/achievements';
import { headersOf, menteeSheet, mentorSheet, pairSheet } from '../shared/workspace';
import { startAddon } from '../testkit/apps-script/addon-build';
import { callEntry, callFromPage } from '../testkit/apps-script/bundle';

const SIZES = [50, 5_000];

interface Figures {
  ms: number;
  calls: number;
  maxReads: number;
  maxWrites: number;
}

function row(headers: string[], values: Record<string, string>): string[] {
  return headers.map((h) => values[h] ?? '');
}

async function measure(rows: number): Promise<Record<string, Figures>> {
  const { gas, addon } = await startAddon();
  callEntry(addon, 'createWorkspace');
  const mentees = headersOf(menteeSheet);
  gas.setSheetValues(menteeSheet.name, [
    mentees,
    ...Array.from({ length: rows }, (_, i) =>
      row(mentees, {
        ID: `У${i + 1}`,
        ФИО: `Участник ${i + 1}`,
        'Форма наставничества': 'ученик – ученик',
        'Согласие на обработку ПДн': 'да',
      }),
    ),
  ]);
  // Half the answers come from people already in the base (updates), half are new.
  gas.setSheetValues('Ответы на форму (1)', [
    ['Отметка времени', 'ФИО', 'Класс', 'Согласие'],
    ...Array.from({ length: rows }, (_, i) => [
      new Date(Date.UTC(2024, 8, 1, 8, 0, i)),
      i % 2 ? `Участник ${i + 1}` : `Новый участник ${i + 1}`,
      '7А',
      'да',
    ]),
  ]);
  const pairs = headersOf(pairSheet);
  gas.setSheetValues(pairSheet.name, [
    pairs,
    ...Array.from({ length: rows }, (_, i) =>
      row(pairs, {
        'ID пары': `П-${i + 1}`,
        'Наставник ID': `Н${i + 1}`,
        Наставник: `Наставник ${i + 1}`,
        'Наставляемый ID': `У${i + 1}`,
        Наставляемый: `Участник ${i + 1}`,
        Статус: 'утверждена',
      }),
    ),
  ]);
  const sheetId = gas.spreadsheet._sheet('Ответы на форму (1)')!._id;

  const run = (work: () => unknown): Figures => {
    gas.calls.reset();
    const start = performance.now();
    work();
    const ms = performance.now() - start;
    const perSheet = (op: 'read' | 'write') => {
      const counts = new Map<string, number>();
      for (const d of gas.calls.dataOps) if (d.op === op) counts.set(d.sheet, (counts.get(d.sheet) ?? 0) + 1);
      return Math.max(0, ...counts.values());
    };
    return { ms, calls: gas.calls.total(), maxReads: perSheet('read'), maxWrites: perSheet('write') };
  };
  const figures: Record<string, Figures> = {
    'import of answers': run(() =>
      callFromPage(addon, 'importAnswers', {
        sheetId,
        registry: 'mentees',
        mapping: [null, 'fullName', 'grade', 'consent'],
      }),
    ),
    'workspace repair': run(() => callEntry(addon, 'createWorkspace')),
    'pairs order': run(() =>
      callFromPage(addon, 'createOrder', {
        kind: 'pairs',
        number: '1-о',
        date: '02.09.2024',
        signatory: 'Директор',
        position: 'Директор',
        includeAll: false,
      }),
    ),
  };
  // The rating: a mentor per pair, a meeting and an achievement per mentor.
  const mentors = headersOf(mentorSheet);
  gas.setSheetValues(mentorSheet.name, [
    mentors,
    ...Array.from({ length: rows }, (_, i) =>
      row(mentors, {
        ID: `Н${i + 1}`,
        ФИО: `Наставник ${i + 1}`,
        'Формы наставничества': 'учитель – учитель',
        'Согласие на обработку ПДн': 'да',
        Статус: 'в реестре',
      }),
    ),
  ]);
  gas.setSheetValues('Встречи', [
    ['ID пары', 'Тип встречи', 'Дата'],
    ...Array.from({ length: rows }, (_, i) => [`П-${i + 1}`, 'знакомство', '02.09.2024']),
  ]);
  gas.setSheetValues(ACHIEVEMENTS_SHEET.name, [
    headersOf(ACHIEVEMENTS_SHEET),
    ...Array.from({ length: rows }, (_, i) => [
      `Н${i + 1}`,
      '',
      'Конкурс',
      i % 2 ? 'ОО' : 'региональный',
      '01.10.2024',
      '',
      '',
    ]),
  ]);
  figures['mentors rating'] = run(() => callEntry(addon, 'refreshRating'));
  figures['commission document'] = run(() => callEntry(addon, 'createCommissionDocument'));
  return figures;
}

export async function benchAddonWorkspace(): Promise<void> {
  console.log('Add-on: import, workspace, orders, rating (Apps Script stand-in, built Code.js)');
  const results = new Map<number, Record<string, Figures>>();
  for (const size of SIZES) results.set(size, await measure(size));
  const [small, large] = SIZES.map((s) => results.get(s)!);
  for (const name of Object.keys(small)) {
    const a = small[name];
    const b = large[name];
    // Growing a sheet past its 1,000 rows takes one more call (insertRowsAfter); nothing else may grow.
    const same = b.calls - a.calls <= 1 && b.maxReads <= 1 && b.maxWrites <= 1;
    console.log(
      `  ${same ? '✓' : '✗'} ${name.padEnd(20)} service calls ${String(a.calls).padStart(4)} → ${String(b.calls).padStart(4)} ` +
        `(${SIZES[0]} → ${SIZES[1].toLocaleString('en')} rows), reads/writes per sheet ≤ ${b.maxReads}/${b.maxWrites}, ` +
        `${a.ms.toFixed(0)} → ${b.ms.toFixed(0)} ms`,
    );
  }
}
