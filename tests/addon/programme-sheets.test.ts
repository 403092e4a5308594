// Handlers of the programme year on the built bundle: the roadmap keeps the curator's cells on
// repair, monitoring questionnaires become Google Forms linked to the spreadsheet, documents come
// from templates the curator edits, the digest switches off, and a pair cannot be completed early.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { measurementQuestionnaire, satisfactionQuestionnaire } from '../../shared/monitoring';
import { ROADMAP_ACTIVITIES, roadmapSheet } from '../../shared/roadmap';
import { menteeSheet, mentorSheet, pairSheet } from '../../shared/workspace';
import type { MeetingDialogData } from '../../addon/server/meetings/meetings-wire';
import { callEntry, callFromPage } from '../../testkit/apps-script/bundle';
import { startAddon } from '../../testkit/apps-script/addon-build';

function rowsOf(headers: string[], records: Record<string, string | number>[]): (string | number)[][] {
  return [headers, ...records.map((r) => headers.map((h) => r[h] ?? ''))];
}

async function withPairs() {
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
          Email: 'gromova@school.example',
          Телефон: '+7 900 000-00-01',
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
          Запросы: 'Методика преподавания; Классное руководство',
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
      ],
    ),
  );
  return started;
}

describe('roadmap', () => {
  afterEach(() => vi.useRealTimers());

  it('adds only missing activities, never writes the curator’s cells, and highlights overdue rows', async () => {
    // A fixed midday far from any due date, so "overdue" never flips with the host's clock.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-15T09:00:00Z'));
    const { gas, addon } = await startAddon();
    callEntry(addon, 'createWorkspace');
    callEntry(addon, 'refreshRoadmap');
    const first = gas.sheetValues('Дорожная карта');
    const h = first[0];
    expect(first).toHaveLength(ROADMAP_ACTIVITIES.length + 1);
    const status = h.indexOf('Статус');
    const comment = h.indexOf('Комментарий');

    // The curator marks the first activity done, writes a note and an own column, deletes one row.
    const edited = first.map((r) => [...r, '']);
    edited[0][h.length] = 'Мои заметки';
    edited[1][status] = 'выполнено';
    edited[1][comment] = 'Приказ № 5 от 01.09';
    edited[1][h.length] = 'проверено';
    const removed = edited.splice(3, 1)[0];
    gas.setSheetValues('Дорожная карта', edited);
    gas.calls.reset();
    callEntry(addon, 'refreshRoadmap');

    const after = gas.sheetValues('Дорожная карта');
    expect(after).toHaveLength(ROADMAP_ACTIVITIES.length + 1);
    expect(after[1][status]).toBe('выполнено');
    expect(after[1][comment]).toBe('Приказ № 5 от 01.09');
    expect(after[1][h.length]).toBe('проверено');
    expect(after.at(-1)![0]).toBe(removed[0]);
    // One value write: the missing row only; the rows above are not rewritten.
    expect(gas.calls.writes('Дорожная карта').map((w) => w.a1)).toEqual([
      expect.stringMatching(new RegExp(`^A${ROADMAP_ACTIVITIES.length + 1}:[A-K]${ROADMAP_ACTIVITIES.length + 1}$`)),
    ]);
    expect(gas.calls.count('Range.setBackgrounds')).toBe(1);
    expect(gas.ui._alerts.at(-1)!.prompt).toContain('Добавлено мероприятий: 1');

    const sheet = gas.spreadsheet._sheet('Дорожная карта')!._api;
    const fills = sheet
      .getRange(2, 1, after.length - 1, 1)
      .getBackgrounds()
      .map((r) => r[0]);
    const due = h.indexOf('Срок');
    const today = new Date();
    after.slice(1).forEach((row, i) => {
      const overdue = row[status] !== 'выполнено' && (row[due] as Date).getTime() < today.getTime() - 86_400_000;
      expect(fills[i]).toBe(row[status] === 'выполнено' ? '#d9ead3' : overdue ? '#f4c7c3' : '#ffffff');
    });
    // On that day the roadmap has done, overdue and future activities alike.
    expect(new Set(fills)).toEqual(new Set(['#d9ead3', '#f4c7c3', '#ffffff']));
    expect(roadmapSheet.columns.map((c) => c.header)).toEqual(h);
  });
});

describe('monitoring questionnaires', () => {
  it('creates a Google Form per questionnaire, linked to the spreadsheet, its answer sheet named for monitoring', async () => {
    const { gas, addon } = await startAddon();
    callEntry(addon, 'createMeasurementForm');
    const form = [...gas.forms.forms.values()].find((f) => f._title === measurementQuestionnaire.title)!;
    expect(form._items.filter((i) => i._type === 'SCALE')).toHaveLength(
      measurementQuestionnaire.questions.filter((q) => q.kind === 'scale').length,
    );
    expect(form._items[0]._title).toBe('Ваш код участника');
    expect(gas.sheetNames()).toContain(measurementQuestionnaire.sheetName);
    expect(gas.sheetValues(measurementQuestionnaire.sheetName)[0].slice(0, 2)).toEqual([
      'Отметка времени',
      'Ваш код участника',
    ]);
    const scores = Object.fromEntries(
      measurementQuestionnaire.questions.filter((q) => q.kind === 'scale' && q.required).map((q) => [q.text, 6]),
    );
    gas.forms.submit(form._id, {
      'Ваш код участника': 'У001',
      'Ваша роль в программе': 'наставляемый',
      'Когда вы заполняете анкету?': 'в начале программы (входной замер)',
      ...scores,
    });
    expect(gas.sheetValues(measurementQuestionnaire.sheetName)).toHaveLength(2);

    // The satisfaction sheet exists already (made by hand): the form's sheet keeps Google's name.
    callEntry(addon, 'createAnswerSheets');
    expect(gas.sheetNames()).toContain(satisfactionQuestionnaire.sheetName);
    callEntry(addon, 'createSatisfactionForm');
    expect(gas.ui._alerts.at(-1)!.prompt).toContain(`Лист «${satisfactionQuestionnaire.sheetName}» уже был`);
  });
});

describe('documents', () => {
  it('fills the programme from the template the curator edited', async () => {
    const { gas, addon } = await withPairs();
    callEntry(addon, 'createProgrammes');
    const made = gas.docs;
    const names = () => [...gas.drive.entries.values()].map((e) => e.name);
    expect(gas.ui._alerts.at(-1)!.prompt).toContain('Созданы программы (1)');
    expect(names()).toContain('Программа наставничества — пара П001');
    const programme = [...gas.drive.entries.values()].find((e) => e.name === 'Программа наставничества — пара П001')!;
    const text = made.text(programme.id);
    expect(text).toContain('Громова Алла Игоревна');
    expect(text).toContain('Методика преподавания');
    expect(text).not.toContain('{{');
    expect(made.tables(programme.id)[0][0]).toEqual(['№', 'Мероприятие', 'Срок', 'Результат']);
    expect(made.tables(programme.id)[0]).toHaveLength(6);

    // Running again makes nothing new; a curator's edit of the template shows in the next document.
    callEntry(addon, 'createProgrammes');
    expect(gas.ui._alerts.at(-1)!.prompt).toContain('программы уже есть');
    const template = [...gas.drive.entries.values()].find(
      (e) => e.name === 'Шаблон — Информационная карта наставнической практики',
    );
    expect(template).toBeUndefined();
    gas.ui._answers.push({ button: 'OK', text: 'П001' });
    callEntry(addon, 'createPracticeCard');
    const card = [...gas.drive.entries.values()].find(
      (e) => e.name === 'Информационная карта практики — Громова Алла Игоревна',
    )!;
    expect(made.text(card.id)).toContain('gromova@school.example');
    const cardTemplate = [...gas.drive.entries.values()].find(
      (e) => e.name === 'Шаблон — Информационная карта наставнической практики',
    )!;
    const body = made.bodies.get(cardTemplate.id)!;
    (body._children[0] as unknown as { _text: string })._text = 'Карта практики школы № 7';
    gas.ui._answers.push({ button: 'OK', text: 'П001' });
    callEntry(addon, 'createPracticeCard');
    const cards = [...gas.drive.entries.values()].filter(
      (e) => e.name === 'Информационная карта практики — Громова Алла Игоревна',
    );
    expect(cards).toHaveLength(2);
    expect(made.text(cards[1].id).split('\n')[0]).toBe('Карта практики школы № 7');
  });
});

describe('meetings', () => {
  it('refuses to complete a pair before its final meeting and switches the digest off', async () => {
    const { gas, addon } = await withPairs();
    const data = callFromPage<MeetingDialogData>(addon, 'meetingDialogData');
    expect(data.pairs.map((p) => [p.pairId, p.overdue, p.stage])).toEqual([['П001', true, '']]);
    const refused = callFromPage<{ completed: boolean; blockers: string[] }>(addon, 'completePair', 'П001');
    expect(refused.completed).toBe(false);
    expect(gas.sheetValues('Пары')[1]).toContain('утверждена');
    expect(() => callFromPage(addon, 'completePair', 'П404')).toThrow('Пары «П404» нет в листе «Пары».');
    callFromPage(addon, 'setDigest', true);
    expect(gas.scriptApp._triggers).toHaveLength(1);
    expect(callFromPage(addon, 'setDigest', false)).toEqual({ enabled: false });
    expect(gas.scriptApp._triggers).toEqual([]);
    // Adding a meeting reads each sheet once and writes each once, under the lock.
    gas.calls.reset();
    callFromPage(addon, 'addMeeting', {
      pairId: 'П001',
      type: 'знакомство',
      date: '02.09.2025',
      topic: '',
      outcome: '',
      mentorScore: '',
      menteeScore: '',
      comment: '',
    });
    for (const name of ['Пары', 'Встречи', 'Ход работы пар']) expect(gas.calls.reads(name)).toHaveLength(1);
    expect(gas.calls.writes('Встречи')).toHaveLength(1);
    expect(gas.calls.writes('Ход работы пар')).toHaveLength(1);
    expect(gas.calls.writes('Пары')).toEqual([]);
    callEntry(addon, 'refreshPairProgress');
    expect(gas.ui._alerts.at(-1)!.prompt).toContain('Больше недели без встречи (выделены красным): П001');
    expect(gas.calls.unlockedWrites()).toEqual([]);
  });
});
