// The pairing sidebar's server handlers on the Apps Script stand-in: what they read, propose and
// write, and that they stay inside Apps Script's limits (one read and one write per sheet, lock).
import { afterEach, describe, expect, it } from 'vitest';
import {
  confirmPairs,
  excludePair,
  getAlternatives,
  getPairingState,
  openPairingSidebar,
  runPairing,
} from '../../addon/server/pairing/handlers';
import type { ConfirmResult, PairingRequest, PairingResult, PairingState } from '../../addon/server/pairing/wire';
import { createAppsScript, type AppsScript, type CellValue } from '../../testkit/apps-script';
import { acrossWire } from '../../testkit/apps-script/wire';
import {
  PAIR_HEADERS,
  grid,
  installWorkspace,
  seededWorkspace,
  settingsGrid,
  showcaseWithMistakes,
  smallWorkspace,
  type WorkspaceSheets,
} from '../../testkit/fixtures/pairing-workspace';

const SHEETS = ['Наставники', 'Наставляемые', 'Пары', 'Не объединять', 'Настройки'];

let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
});

function standIn(sheets: WorkspaceSheets): AppsScript {
  const gas = createAppsScript({ htmlFiles: { pairing: '<!doctype html><title>Подбор пар</title>' } });
  undo = gas.install();
  installWorkspace(gas, sheets);
  gas.calls.reset();
  return gas;
}

/** Calls a handler as google.script.run does: arguments and result cross as JSON. */
function fromPage<T>(handler: (...args: never[]) => T, ...args: unknown[]): T {
  const sent = args.map((arg, i) => acrossWire(arg, `argument ${i}`)) as never[];
  return acrossWire(handler(...sent), 'result');
}

function requestFor(state: PairingState, fields: Partial<PairingRequest> = {}): PairingRequest {
  return {
    forms: state.forms.map((form) => form.code),
    weights: Object.fromEntries(state.weights.map((weight) => [weight.key, weight.value])),
    minScore: state.minScore,
    pins: [],
    ...fields,
  };
}

function pairsOf(result: PairingResult): string[] {
  return result.groups.flatMap((group) => group.pairs.map((pair) => `${pair.mentorId}–${pair.menteeId}`)).sort();
}

function column(gas: AppsScript, sheet: string, header: string): CellValue[] {
  const values = gas.sheetValues(sheet);
  const index = values[0].indexOf(header);
  if (index < 0) throw new Error(`No column ${header} in ${sheet}`);
  return values.slice(1).map((row) => row[index]);
}

function rowsByMentee(gas: AppsScript): Map<string, Record<string, CellValue>> {
  const [headers, ...rows] = gas.sheetValues('Пары');
  return new Map(
    rows.map((row) => [
      String(row[headers.indexOf('Наставляемый ID')]),
      Object.fromEntries(headers.map((h, i) => [String(h), row[i]])),
    ]),
  );
}

describe('pairing sidebar handlers', () => {
  it('opens the sidebar «Подбор пар» from the built page', () => {
    const gas = standIn(smallWorkspace());
    openPairingSidebar();
    expect(gas.ui._shown).toHaveLength(1);
    expect(gas.ui._shown[0]).toMatchObject({ kind: 'sidebar', title: 'Подбор пар' });
    expect(gas.calls.dataOps).toHaveLength(0);
  });

  it('reports forms present, weights and minimum from «Настройки», counts and confirmed pairs', () => {
    const sheets = smallWorkspace();
    sheets.settings = settingsGrid({ 'Вес: общие интересы': 40, 'Минимальная совместимость': 20 });
    sheets.pairs = grid(PAIR_HEADERS, [
      {
        'ID пары': 'П-Н1-ПУ',
        'Наставник ID': 'Н1',
        'Наставляемый ID': 'У1',
        Статус: 'утверждена',
        Совместимость: 80,
        'Дата начала': '01.09.2024',
      },
    ]);
    standIn(sheets);
    const state = fromPage(getPairingState);
    expect(state.forms.map((f) => [f.name, f.waiting, f.mentors])).toEqual([
      ['ученик – ученик', 1, 1],
      ['учитель – ученик', 3, 2],
      ['работодатель – студент', 1, 0],
    ]);
    expect(state.weights.find((w) => w.key === 'interests')).toMatchObject({
      value: 40,
      base: 40,
      label: 'Общие интересы',
    });
    expect(state.weights.find((w) => w.key === 'requests')).toMatchObject({ value: 25, base: 25 });
    expect(state.minScore).toBe(20);
    expect(state.counts).toEqual({ mentors: 3, mentees: 6, waiting: 5, confirmedPairs: 1 });
    expect(state.confirmed).toEqual([
      expect.objectContaining({
        pairId: 'П-Н1-ПУ',
        mentorName: 'Орлова Вера Сергеевна',
        menteeName: 'Синицын Георгий',
        score: 80,
        startDate: '01.09.2024',
      }),
    ]);
    expect(state.lastRequest).toBeNull();
  });

  it('proposes pairs with scores and Russian reasons, and unmatched mentees with reasons, reading each sheet once', () => {
    const gas = standIn(smallWorkspace());
    const state = fromPage(getPairingState);
    gas.calls.reset();
    const result = fromPage(runPairing, requestFor(state));

    expect(pairsOf(result)).toEqual(['Н1–У1', 'Н1–У3', 'Н2–У2', 'Н3–У4']);
    const pair = result.groups.flatMap((g) => g.pairs).find((p) => p.menteeId === 'У1')!;
    expect(pair).toMatchObject({
      menteeName: 'Синицын Георгий',
      formName: 'учитель – ученик',
      confirmed: false,
      pinned: false,
    });
    expect(pair.score).toBeGreaterThan(0);
    expect(pair.reasons.join('; ')).toMatch(/математика/);
    expect(result.groups.find((g) => g.mentorId === 'Н1')).toMatchObject({ capacity: 2, taken: 2 });
    expect(result.unmatched.map((u) => [u.menteeId, u.reason])).toEqual([
      ['У6', expect.stringMatching(/^Нет наставников формы «работодатель – студент»/)],
      ['У5', expect.stringMatching(/согласия на обработку/)],
    ]);
    expect(result.summary).toMatchObject({ proposed: 4, confirmed: 0, unmatched: 2 });

    for (const sheet of SHEETS) expect(gas.calls.reads(sheet), sheet).toHaveLength(1);
    expect(gas.calls.count('Range.setValues')).toBe(0);
    expect(gas.calls.count('PropertiesService.getScriptProperties')).toBe(0);
  });

  it('pairs only the chosen forms and remembers the request in document properties', () => {
    const gas = standIn(smallWorkspace());
    const state = fromPage(getPairingState);
    const result = fromPage(runPairing, requestFor(state, { forms: ['student-student'] }));
    expect(pairsOf(result)).toEqual(['Н3–У4']);
    expect(result.unmatched).toEqual([]);
    expect(JSON.parse(gas.properties.getDocumentProperties().getProperty('nastavnik.pairing.request')!)).toMatchObject({
      forms: ['student-student'],
    });
    expect(fromPage(getPairingState).lastRequest).toMatchObject({ forms: ['student-student'] });
  });

  it('keeps pins and swaps made by hand, and drops a pin the rules forbid with a Russian warning', () => {
    standIn(smallWorkspace());
    const state = fromPage(getPairingState);
    // У1 moved to Н2 (one place): У2 loses Н2 and goes to Н1.
    const swapped = fromPage(runPairing, requestFor(state, { pins: [{ mentorId: 'Н2', menteeId: 'У1' }] }));
    expect(pairsOf(swapped)).toEqual(['Н1–У2', 'Н1–У3', 'Н2–У1', 'Н3–У4']);
    expect(swapped.groups.flatMap((g) => g.pairs).find((p) => p.menteeId === 'У1')).toMatchObject({ pinned: true });
    expect(swapped.pins).toEqual([{ mentorId: 'Н2', menteeId: 'У1' }]);

    const forbidden = fromPage(runPairing, requestFor(state, { pins: [{ mentorId: 'Н3', menteeId: 'У1' }] }));
    expect(forbidden.pins).toEqual([]);
    expect(forbidden.warnings).toEqual([
      expect.stringMatching(/^Закрепление «Лунёва Анна Игоревна — Синицын Георгий» снято/),
    ]);
    expect(pairsOf(forbidden)).toEqual(['Н1–У1', 'Н1–У3', 'Н2–У2', 'Н3–У4']);
  });

  it('offers the mentors a mentee may move to, best first, with their places', () => {
    const gas = standIn(smallWorkspace());
    const state = fromPage(getPairingState);
    gas.calls.reset();
    const options = fromPage(getAlternatives, 'У2', requestFor(state));
    expect(options.map((o) => o.mentorId)).toEqual(['Н2', 'Н1']);
    expect(options[1]).toEqual({
      mentorId: 'Н1',
      mentorName: 'Орлова Вера Сергеевна',
      score: expect.any(Number),
      capacity: 2,
      confirmed: 0,
    });
    expect(options[0].score).toBeGreaterThan(options[1].score);
    // A peer mentor is no option for a «учитель – ученик» mentee; nor is anyone for a mentee without consent.
    expect(fromPage(getAlternatives, 'У4', requestFor(state)).map((o) => o.mentorId)).toEqual(['Н3']);
    expect(fromPage(getAlternatives, 'У5', requestFor(state))).toEqual([]);
    expect(() => fromPage(getAlternatives, 'У99', requestFor(state))).toThrow(
      'Наставляемого с ID «У99» больше нет на листе «Наставляемые». Нажмите «Подобрать пары» ещё раз.',
    );
    for (const sheet of SHEETS) expect(gas.calls.reads(sheet), sheet).toHaveLength(4);
  });

  it('confirms ticked pairs: `утверждена` rows with start date and group ID, the rest `предложена`, mentees `в паре`', () => {
    const gas = standIn(smallWorkspace());
    const state = fromPage(getPairingState);
    const request = requestFor(state);
    fromPage(runPairing, request);
    gas.calls.reset();
    const done: ConfirmResult = fromPage(confirmPairs, {
      request,
      pairs: [
        { mentorId: 'Н1', menteeId: 'У1' },
        { mentorId: 'Н2', menteeId: 'У2' },
      ],
      startDate: '2024-09-02',
    });
    expect(done).toMatchObject({ confirmed: 2, proposed: 2, pairIds: ['П-Н1-ПУ', 'П-Н2-ПУ'], menteesUpdated: 2 });

    const rows = rowsByMentee(gas);
    expect([...rows.keys()].sort()).toEqual(['У1', 'У2', 'У3', 'У4']);
    expect(rows.get('У1')).toMatchObject({
      'ID пары': 'П-Н1-ПУ',
      Форма: 'учитель – ученик',
      Наставник: 'Орлова Вера Сергеевна',
      Наставляемый: 'Синицын Георгий',
      Статус: 'утверждена',
    });
    expect(rows.get('У1')!['Почему подобраны']).toMatch(/математика/);
    expect(rows.get('У1')!['Совместимость']).toEqual(expect.any(Number));
    // A date cell: midnight of 02.09.2024 in the spreadsheet's zone (Moscow).
    expect((rows.get('У1')!['Дата начала'] as Date).toISOString()).toBe('2024-09-01T21:00:00.000Z');
    expect(rows.get('У3')).toMatchObject({ 'ID пары': 'П-Н1-ПУ', Статус: 'предложена', 'Дата начала': '' });
    expect(rows.get('У4')).toMatchObject({ 'ID пары': 'П-Н3-УУ', Статус: 'предложена' });

    expect(column(gas, 'Наставляемые', 'Статус')).toEqual([
      'в паре',
      'в паре',
      'ожидает',
      'ожидает',
      'ожидает',
      'ожидает',
    ]);
    expect(column(gas, 'Наставляемые', 'Заметки куратора')).toEqual(['звонить маме', '', 'олимпиада', '', '', '']);

    for (const sheet of SHEETS) expect(gas.calls.reads(sheet), sheet).toHaveLength(1);
    expect(gas.calls.writes('Пары')).toHaveLength(1);
    expect(gas.calls.writes('Наставляемые')).toHaveLength(1);
    expect(gas.calls.writes('Наставляемые')[0].a1).toBe('N2:N3');
    expect(gas.calls.writes('Наставники')).toHaveLength(0);
    expect(gas.calls.unlockedWrites()).toEqual([]);
    expect(gas.calls.count('LockService.getDocumentLock')).toBe(1);

    expect(done.result.summary).toMatchObject({ confirmed: 2, proposed: 2 });
  });

  it('saves the whole proposal as `предложена` without confirming, replacing the earlier proposal', () => {
    const gas = standIn(smallWorkspace());
    const state = fromPage(getPairingState);
    const first = fromPage(confirmPairs, { request: requestFor(state), pairs: [], startDate: '2024-09-02' });
    expect(first).toMatchObject({ confirmed: 0, proposed: 4, pairIds: [], menteesUpdated: 0 });
    expect([...rowsByMentee(gas).values()].map((r) => r['Статус'])).toEqual([
      'предложена',
      'предложена',
      'предложена',
      'предложена',
    ]);
    expect(gas.calls.writes('Наставляемые')).toHaveLength(0);

    // Pairing only «ученик – ученик» again: the old `предложена` rows give way to the new proposal.
    const second = fromPage(confirmPairs, {
      request: requestFor(state, { forms: ['student-student'] }),
      pairs: [],
      startDate: '2024-09-02',
    });
    expect(second).toMatchObject({ confirmed: 0, proposed: 1 });
    expect([...rowsByMentee(gas).keys()]).toEqual(['У4']);
    expect(gas.sheetValues('Пары')).toHaveLength(2);
  });

  it('keeps confirmed pairs on the next run, counts them against capacity, and turns `предложена` into `утверждена` in place', () => {
    const gas = standIn(smallWorkspace());
    const state = fromPage(getPairingState);
    const request = requestFor(state);
    fromPage(confirmPairs, { request, pairs: [{ mentorId: 'Н1', menteeId: 'У1' }], startDate: '2024-09-02' });
    const rowOfU3 = gas.sheetValues('Пары').findIndex((row) => row.includes('У3'));

    // A new mentee who fits Н1 best: Н1 has one place left after the confirmed pair.
    const mentees = gas.sheetValues('Наставляемые');
    const headers = mentees[0].map(String);
    const newcomer = headers.map(
      (h) =>
        ({
          ID: 'У7',
          ФИО: 'Воронов Пётр',
          'Класс/курс': '7А',
          'Форма наставничества': 'учитель – ученик',
          Запросы: 'математика; физика',
          Интересы: 'шахматы',
          'Удобные дни': 'пн; ср',
          Формат: 'очно',
          'Согласие на обработку ПДн': 'да',
          Статус: 'ожидает',
        })[h] ?? '',
    );
    gas.setSheetValues('Наставляемые', [...mentees, newcomer]);

    const again = fromPage(runPairing, request);
    const h1 = again.groups.find((g) => g.mentorId === 'Н1')!;
    expect(h1.pairs.map((p) => [p.menteeId, p.confirmed])).toEqual([
      ['У1', true],
      [expect.stringMatching(/^У[37]$/), false],
    ]);
    expect(h1.pairs[0].pairId).toBe('П-Н1-ПУ');
    expect(h1.taken).toBe(2);
    expect(again.summary.confirmed).toBe(1);
    expect(again.unmatched.map((u) => u.menteeId)).toContain(h1.pairs[1].menteeId === 'У3' ? 'У7' : 'У3');

    // Confirming a pair that had been written as `предложена` updates that very row.
    const next = fromPage(runPairing, { ...request, pins: [{ mentorId: 'Н1', menteeId: 'У3' }] });
    expect(next.groups.find((g) => g.mentorId === 'Н1')!.pairs.map((p) => p.menteeId)).toEqual(['У1', 'У3']);
    fromPage(confirmPairs, {
      request: { ...request, pins: [{ mentorId: 'Н1', menteeId: 'У3' }] },
      pairs: [{ mentorId: 'Н1', menteeId: 'У3' }],
      startDate: '2024-09-09',
    });
    const values = gas.sheetValues('Пары');
    expect(values[rowOfU3]).toEqual(expect.arrayContaining(['П-Н1-ПУ', 'У3', 'утверждена']));
    expect(values.filter((row) => row.includes('У1'))).toHaveLength(1);
    expect(column(gas, 'Наставляемые', 'Статус').slice(0, 3)).toEqual(['в паре', 'ожидает', 'в паре']);
  });

  it("leaves the curator's rows and columns in «Пары» where they are", () => {
    const sheets = smallWorkspace();
    const headers = [...PAIR_HEADERS.slice(0, 9), 'Кабинет', ...PAIR_HEADERS.slice(9), 'Комментарий'];
    sheets.pairs = grid(headers, [
      {
        'ID пары': 'П-Н2-ПУ',
        'Наставник ID': 'Н2',
        'Наставляемый ID': 'У2',
        Статус: 'утверждена',
        Кабинет: '214',
        Комментарий: 'встречи по вторникам',
      },
      {
        'ID пары': 'старая',
        'Наставник ID': 'Н9',
        Наставник: 'Выбывший',
        'Наставляемый ID': 'У9',
        Статус: 'завершена',
        Кабинет: '101',
        Комментарий: 'архив',
      },
    ]);
    const gas = standIn(sheets);
    const state = fromPage(getPairingState);
    fromPage(confirmPairs, {
      request: requestFor(state),
      pairs: [{ mentorId: 'Н1', menteeId: 'У1' }],
      startDate: '2024-09-02',
    });

    const values = gas.sheetValues('Пары');
    expect(values[0]).toEqual(headers);
    expect(values[1]).toEqual(
      expect.arrayContaining(['П-Н2-ПУ', 'Н2', 'У2', 'утверждена', '214', 'встречи по вторникам']),
    );
    expect(values[2]).toEqual(expect.arrayContaining(['старая', 'Н9', 'Выбывший', 'У9', 'завершена', '101', 'архив']));
    const added = values.slice(3);
    expect(added.map((row) => row[headers.indexOf('Наставляемый ID')]).sort()).toEqual(['У1', 'У3', 'У4']);
    for (const row of added) {
      expect(row[headers.indexOf('Кабинет')]).toBe('');
      expect(row[headers.indexOf('Комментарий')]).toBe('');
    }
    // The curator's `Кабинет` (J) splits the product's columns: one block on each side, J and M never written.
    expect(gas.calls.writes('Пары').map((write) => write.a1)).toEqual(['A2:I6', 'K2:K6']);
  });

  it('adds «не объединять» to the list, never proposes the pair again, and writes nothing else', () => {
    const gas = standIn(smallWorkspace());
    const state = fromPage(getPairingState);
    gas.calls.reset();
    const result = fromPage(excludePair, { mentorId: 'Н1', menteeId: 'У1' }, requestFor(state));
    expect(gas.sheetValues('Не объединять')).toEqual([
      ['Наставник ID', 'Наставляемый ID', 'Причина'],
      ['Н1', 'У1', 'отмечено в панели «Подбор пар»'],
    ]);
    expect(pairsOf(result)).not.toContain('Н1–У1');
    expect(pairsOf(result)).toContain('Н2–У1');
    expect(gas.calls.writes('Не объединять')).toHaveLength(1);
    expect(gas.calls.writes('Пары')).toHaveLength(0);
    expect(gas.calls.unlockedWrites()).toEqual([]);

    // Twice is once.
    fromPage(excludePair, { mentorId: 'Н1', menteeId: 'У1' }, requestFor(state));
    expect(gas.sheetValues('Не объединять')).toHaveLength(2);
  });

  it('refuses stale or malformed requests in Russian and leaves the sheets untouched', () => {
    const gas = standIn(smallWorkspace());
    const state = fromPage(getPairingState);
    const before = gas.sheetValues('Пары');
    expect(() =>
      fromPage(confirmPairs, {
        request: requestFor(state),
        pairs: [{ mentorId: 'Н3', menteeId: 'У1' }],
        startDate: '2024-09-02',
      }),
    ).toThrow(
      'Пара «Лунёва Анна Игоревна — Синицын Георгий» больше не предлагается: данные в таблице изменились. Нажмите «Подобрать пары» ещё раз.',
    );
    expect(() => fromPage(confirmPairs, { request: requestFor(state), pairs: [], startDate: '2024-02-30' })).toThrow(
      'Дата начала «30.02.2024» не существует. Исправьте дату.',
    );
    expect(() => fromPage(runPairing, { ...requestFor(state), forms: ['кружок'] })).toThrow(
      /^Боковая панель прислала неверные параметры подбора: формы наставничества → 0\./,
    );
    expect(() => fromPage(runPairing, { ...requestFor(state), minScore: 150 })).toThrow(/минимальная совместимость/);
    expect(gas.sheetValues('Пары')).toEqual(before);
    expect(gas.calls.count('Range.setValues')).toBe(0);
  });

  it('explains a missing workspace or an unreadable registry in Russian', () => {
    const gas = createAppsScript();
    undo = gas.install();
    expect(() => getPairingState()).toThrow(
      'Нет листа «Наставники». Выполните «Наставничество → Создать или восстановить рабочее пространство».',
    );

    const sheets = smallWorkspace();
    sheets.mentees = sheets.mentees.map((row) => row.filter((_, i) => i !== 6)); // no «Форма наставничества»
    installWorkspace(gas, sheets);
    expect(() => getPairingState()).toThrow(
      /^Подбор невозможен, пока не исправлены листы:\nЛист «Наставляемые».*«Форма наставничества»/,
    );
  });

  it('lists rows with mistakes as problems and pairs the rest', () => {
    const sheets = smallWorkspace();
    sheets.mentors[2][sheets.mentors[0].indexOf('Макс. наставляемых')] = 'два';
    standIn(sheets);
    const state = fromPage(getPairingState);
    expect(state.problems).toEqual([
      expect.stringMatching(/^Лист «Наставники», строка 3, столбец O «Макс\. наставляемых»: «два»/),
    ]);
    const result = fromPage(runPairing, requestFor(state));
    expect(pairsOf(result)).not.toContain('Н2–У2');
    expect(result.problems).toEqual(state.problems);
  });

  it('pairs everyone the valid rows allow and names left-out rows, corrections and preferences', () => {
    standIn(showcaseWithMistakes());
    const state = fromPage(getPairingState);
    expect(state.leftOut).toEqual({ mentors: 1, mentees: 0 });
    expect(state.problems).toEqual([
      'Лист «Наставники», строка 3, столбец O «Макс. наставляемых»: «два» — нужно целое число от 1 до 100',
    ]);
    expect(state.corrections).toEqual([
      'Лист «Наставляемые», строка 5, столбец M «Согласие на обработку ПДн»: «дa» — исправлено: латинская «a» в «дa» (принято как «да»)',
    ]);

    const result = fromPage(runPairing, requestFor(state));
    expect(result.leftOut).toEqual(state.leftOut);
    expect(result.problems).toEqual(state.problems);
    expect(result.corrections).toEqual(state.corrections);
    // Зябликова's «дa» counts as consent: she is paired.
    expect(pairsOf(result)).toContain('Н03–У04');
    expect(pairsOf(result).filter((pair) => pair.startsWith('Н02–'))).toEqual([]);
    // The unhonoured mutual choice first, with the rule that forbids it; then the preference to nobody.
    expect(result.preferences).toEqual([
      'Лист «Наставляемые», строка 8, столбец «Предпочитаемый наставник»: «Н01» — взаимный выбор не выполнен: наставник не ведёт форму «ученик – ученик», выбранную наставляемым',
      expect.stringMatching(
        /^Лист «Наставляемые», строка 3, столбец «Предпочитаемый наставник»: «Н404» — нет наставника с таким ID или ФИО/,
      ),
    ]);
  });

  it('shows what speaks against a pair apart from its reasons, and writes it to «Пары» under «Против:»', () => {
    const gas = standIn(showcaseWithMistakes());
    const state = fromPage(getPairingState);
    const request = requestFor(state);
    const result = fromPage(runPairing, request);
    const pair = result.groups.flatMap((group) => group.pairs).find((p) => p.menteeId === 'У08')!;
    expect(pair.reasons).toEqual([
      'запросы ↔ компетенции: информатика',
      'общие интересы: программирование',
      'наставник старше на 1 класс',
    ]);
    expect(pair.against).toEqual([
      'общих удобных дней нет',
      'разный формат встреч: наставник — очно, наставляемый — дистанционно',
    ]);
    const synergy = result.groups.flatMap((group) => group.pairs).find((p) => p.menteeId === 'У04')!;
    expect(synergy.against).toEqual([]);

    fromPage(confirmPairs, { request, pairs: [{ mentorId: 'Н03', menteeId: 'У08' }], startDate: '2024-09-02' });
    const rows = rowsByMentee(gas);
    expect(rows.get('У08')!['Почему подобраны']).toBe(
      'запросы ↔ компетенции: информатика; общие интересы: программирование; наставник старше на 1 класс. ' +
        'Против: общих удобных дней нет; разный формат встреч: наставник — очно, наставляемый — дистанционно',
    );
    expect(rows.get('У04')!['Почему подобраны']).not.toContain('Против');
  });

  it('makes the same number of service calls on 50 and on 500 mentees', () => {
    const counts = [50, 500].map((size) => {
      const gas = standIn(seededWorkspace(size, 3));
      const state = fromPage(getPairingState);
      const request = requestFor(state);
      gas.calls.reset();
      const result = fromPage(runPairing, request);
      const chosen = result.groups.flatMap((g) => g.pairs).map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId }));
      expect(chosen.length).toBeGreaterThan(size / 3);
      fromPage(confirmPairs, { request, pairs: chosen, startDate: '2024-09-02' });
      undo?.();
      undo = null;
      return gas.calls.snapshot();
    });
    expect(counts[1]).toEqual(counts[0]);
  });
});
