// The curator's flow goes on after the order, on the built bundle in the stand-in: meetings →
// progress and completion → monitoring with its chart → indicators → roadmap → documents → the
// report shown, then pushed to a REAL sync service in another process → the region's indicators
// include the school. The registries hold names, e-mails and phones; none of them reaches the service.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AddMeetingResult,
  CompletePairResult,
  MeetingDialogData,
} from '../../addon/server/meetings/meetings-wire';
import type { ReportDialogData, SendResult } from '../../addon/server/report/report-wire';
import {
  PARAMETERS,
  answerSheet,
  measurementItems,
  measurementQuestionnaire,
  satisfactionQuestionnaire,
} from '../../shared/monitoring';
import { menteeSheet, mentorSheet, pairSheet } from '../../shared/workspace';
import { callEntry, callFromPage } from '../../testkit/apps-script/bundle';
import { startAddon } from '../../testkit/apps-script/addon-build';
import { httpFetch } from '../../testkit/apps-script/index';
import { fireTrigger } from '../../testkit/apps-script/triggers';
import { chartsIn } from '../../testkit/apps-script/year';

const ADMIN = 'admin-token-programme-year-0123456789abcdef';
const SCHOOL_ID = '42-0021';
let service: ChildProcess;
let base = '';
let dataDir = '';

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'nastavnik-sync-'));
  service = spawn('npx', ['tsx', 'sync-service/src/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_TOKEN: ADMIN,
      DATABASE_URL: '',
      REGIONAL_SPREADSHEET_ID: '',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sync service did not start:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /работает: http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    service.stdout!.on('data', onData);
    service.stderr!.on('data', onData);
  });
}, 90_000);

afterAll(() => {
  if (service?.pid) {
    try {
      process.kill(-service.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function admin(path: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  return { status: res.status, body: await res.json() };
}

/** Rows of a spec sheet from records keyed by header. */
function rowsOf(headers: string[], records: Record<string, string | number>[]): (string | number)[][] {
  return [headers, ...records.map((r) => headers.map((h) => r[h] ?? ''))];
}

const dayMs = 86_400_000;
function ru(daysAgo: number): string {
  const d = new Date(Date.now() + 3 * 3_600_000 - daysAgo * dayMs); // Moscow wall clock
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
}

const PERSONAL = [
  'Белова Дарья Сергеевна',
  'belova.d@mail.example',
  '+7 913 555-01-01',
  'Руднев Кирилл Андреевич',
  'rudnev@mail.example',
  '+7 913 555-02-02',
  'Лебедева Инна Петровна',
  'Чернов Артём Олегович',
  'Жукова Полина Игоревна',
  '+7 913 555-03-03',
  'Маслов Игорь Ильич',
  'maslov@zavod.example',
];

describe('programme year in the add-on', () => {
  it('meetings → monitoring → indicators → report → push: the region counts the school, no personal data leaves', async () => {
    const { gas, addon } = await startAddon({ fetch: httpFetch });
    callEntry(addon, 'createWorkspace');
    const year = ru(0).slice(6);

    // Settings: organisation, the school's code and contingent (rows created by the workspace).
    const settings = gas.sheetValues('Настройки').map((row) => [...row]);
    const set = (label: string, value: string | number) => {
      const row = settings.find((r) => r[0] === label);
      if (!row) throw new Error(`no settings row ${label}`);
      row[1] = value;
    };
    set('Наименование организации', 'МБОУ «Средняя школа № 21»');
    set('Куратор наставничества (ФИО)', 'Лаптева Ольга Викторовна');
    set('Код организации в регионе', SCHOOL_ID);
    set('Муниципалитет', 'Новокузнецкий городской округ');
    set('Тип организации', 'Школа');
    set('Обучающихся 10–19 лет', 40);
    set('Обучающихся 15–19 лет', 10);
    set('Педагогов', 20);
    set('Молодых педагогов (стаж 0–3 года)', 4);
    gas.setSheetValues('Настройки', settings);

    const mentorHeaders = mentorSheet.columns.map((c) => c.header);
    gas.setSheetValues(
      'Наставники',
      rowsOf(mentorHeaders, [
        {
          ID: 'Н001',
          ФИО: 'Белова Дарья Сергеевна',
          Категория: 'Обучающийся',
          Возраст: 16,
          'Класс/курс': '10А',
          'Формы наставничества': 'ученик – ученик',
          'Согласие на обработку ПДн': 'да',
          Статус: 'в реестре',
          Email: 'belova.d@mail.example',
          Телефон: '+7 913 555-01-01',
        },
        {
          ID: 'Н002',
          ФИО: 'Руднев Кирилл Андреевич',
          Категория: 'Педагог',
          'Стаж, лет': 15,
          'Формы наставничества': 'учитель – учитель',
          'Согласие на обработку ПДн': 'да',
          Статус: 'в реестре',
          Email: 'rudnev@mail.example',
          Телефон: '+7 913 555-02-02',
        },
        {
          ID: 'Н003',
          ФИО: 'Маслов Игорь Ильич',
          Категория: 'Представитель предприятия',
          Организация: 'ПАО «Сбербанк»',
          'ИНН организации': '7707083893',
          'Формы наставничества': 'работодатель – студент',
          'Согласие на обработку ПДн': 'да',
          Статус: 'в реестре',
          Email: 'maslov@zavod.example',
        },
      ]),
    );
    const menteeHeaders = menteeSheet.columns.map((c) => c.header);
    gas.setSheetValues(
      'Наставляемые',
      rowsOf(menteeHeaders, [
        {
          ID: 'У001',
          ФИО: 'Лебедева Инна Петровна',
          Категория: 'Обучающийся',
          Возраст: 12,
          'Класс/курс': '6Б',
          'Форма наставничества': 'ученик – ученик',
          'Согласие на обработку ПДн': 'да',
          Статус: 'в паре',
        },
        {
          ID: 'У002',
          ФИО: 'Чернов Артём Олегович',
          Категория: 'Обучающийся',
          Возраст: 13,
          'Класс/курс': '7А',
          'Форма наставничества': 'ученик – ученик',
          'Согласие на обработку ПДн': 'да',
          Статус: 'в паре',
        },
        {
          ID: 'У003',
          ФИО: 'Жукова Полина Игоревна',
          Категория: 'Молодой педагог',
          'Стаж, лет': 1,
          'Форма наставничества': 'учитель – учитель',
          'Согласие на обработку ПДн': 'да',
          Статус: 'в паре',
        },
        {
          ID: 'У004',
          ФИО: 'Соколов Лев Маркович',
          Категория: 'Обучающийся',
          Возраст: 17,
          'Класс/курс': '11А',
          'Форма наставничества': 'работодатель – студент',
          'Согласие на обработку ПДн': 'да',
          Статус: 'в паре',
        },
      ]),
    );
    const start = ru(30);
    gas.setSheetValues(
      'Пары',
      rowsOf(
        pairSheet.columns.map((c) => c.header),
        [
          {
            'ID пары': 'П001',
            Форма: 'ученик – ученик',
            'Наставник ID': 'Н001',
            Наставник: 'Белова Дарья Сергеевна',
            'Наставляемый ID': 'У001',
            Наставляемый: 'Лебедева Инна Петровна',
            Статус: 'утверждена',
            'Дата начала': start,
          },
          {
            'ID пары': 'П001',
            Форма: 'ученик – ученик',
            'Наставник ID': 'Н001',
            Наставник: 'Белова Дарья Сергеевна',
            'Наставляемый ID': 'У002',
            Наставляемый: 'Чернов Артём Олегович',
            Статус: 'утверждена',
            'Дата начала': start,
          },
          {
            'ID пары': 'П002',
            Форма: 'учитель – учитель',
            'Наставник ID': 'Н002',
            Наставник: 'Руднев Кирилл Андреевич',
            'Наставляемый ID': 'У003',
            Наставляемый: 'Жукова Полина Игоревна',
            Статус: 'утверждена',
            'Дата начала': start,
          },
          {
            'ID пары': 'П003',
            Форма: 'работодатель – студент',
            'Наставник ID': 'Н003',
            Наставник: 'Маслов Игорь Ильич',
            'Наставляемый ID': 'У004',
            Наставляемый: 'Соколов Лев Маркович',
            Статус: 'утверждена',
            'Дата начала': start,
          },
        ],
      ),
    );

    // Meetings through the dialog's handlers.
    const meeting = (pairId: string, type: string, daysAgo: number, scores = ['9', '8']) =>
      callFromPage<AddMeetingResult>(addon, 'addMeeting', {
        pairId,
        type,
        date: ru(daysAgo),
        topic: 'Подготовка к олимпиаде',
        outcome: 'План составлен',
        mentorScore: scores[0],
        menteeScore: scores[1],
        comment: '',
      });
    for (const [type, ago] of [
      ['знакомство', 28],
      ['пробная', 22],
      ['планирование', 16],
      ['регулярная', 10],
      ['итоговая', 3],
    ] as const)
      meeting('П001', type, ago);
    meeting('П002', 'знакомство', 20, ['7', '']);
    const last = meeting('П003', 'знакомство', 2, ['8', '9']);
    expect(last.message).toContain('П003');
    expect(() =>
      callFromPage(addon, 'addMeeting', {
        pairId: 'П009',
        type: 'регулярная',
        date: ru(1),
        topic: '',
        outcome: '',
        mentorScore: '11',
        menteeScore: '',
        comment: '',
      }),
    ).toThrow(/Пары «П009» нет в листе «Пары».*Оценка наставника — целое число от 1 до 10/);
    const overdue = last.data.pairs.filter((p) => p.overdue).map((p) => p.pairId);
    expect(overdue).toEqual(['П002']);

    // «Ход работы пар»: stages, last meeting and the overdue row filled red in one block.
    const progress = gas.sheetValues('Ход работы пар');
    expect(progress.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
      ['П001', 'итоговая', 5],
      ['П002', 'знакомство', 1],
      ['П003', 'знакомство', 1],
    ]);
    const fills = gas.spreadsheet
      ._sheet('Ход работы пар')!
      ._api.getRange(2, 1, 3, 1)
      .getBackgrounds()
      .map((r) => r[0]);
    expect(fills).toEqual(['#d9ead3', '#f4c7c3', '#ffffff']);

    // Completing: refused without the final meeting, done with it.
    const refused = callFromPage<CompletePairResult>(addon, 'completePair', 'П002');
    expect(refused.completed).toBe(false);
    expect(refused.blockers.join(' ')).toContain('итоговая встреча ещё не проведена');
    const done = callFromPage<CompletePairResult>(addon, 'completePair', 'П001');
    expect(done).toMatchObject({ completed: true, menteesCompleted: 2 });
    const [ph, ...pairRows] = gas.sheetValues('Пары');
    expect(pairRows.map((r) => r[ph.indexOf('Статус')])).toEqual([
      'завершена',
      'завершена',
      'утверждена',
      'утверждена',
    ]);
    const [mh, ...menteeRows] = gas.sheetValues('Наставляемые');
    expect(menteeRows.map((r) => r[mh.indexOf('Статус')])).toEqual(['завершил', 'завершил', 'в паре', 'в паре']);

    // Overdue pairs where the curator works: the on-open reminder is this user's open trigger of
    // this spreadsheet; fired, it shows a toast; the menu item lists the pairs with names. No e-mail.
    const digest = callFromPage<MeetingDialogData['digest']>(addon, 'setDigest', true);
    expect(digest).toEqual({ enabled: true });
    expect(gas.scriptApp._triggers.map((t) => [t.handler, t.event, t.documentId])).toEqual([
      ['remindOverduePairs', 'onOpen', gas.spreadsheet._id],
    ]);
    fireTrigger(gas, addon, gas.scriptApp._triggers[0].id);
    expect(gas.spreadsheet._toasts.at(-1)!.message).toMatch(/^Без встреч больше 7 дней — 1 пара: П002\. Список — /);
    callEntry(addon, 'showOverduePairs');
    expect(gas.ui._alerts.at(-1)!.prompt).toContain('П002 (Руднев Кирилл Андреевич — Жукова Полина Игоревна)');
    expect(gas.mail._sent).toEqual([]);
    callFromPage(addon, 'setDigest', true);
    expect(gas.scriptApp._triggers).toHaveLength(1);

    // Answers pasted into the answer sheets: satisfaction and the entry/exit measurement.
    const satHeaders = answerSheet(satisfactionQuestionnaire).columns.map((c) => c.header);
    const overall = satisfactionQuestionnaire.questions.find((q) => q.key === 'overall')!.text;
    gas.setSheetValues(
      'Итоговая анкета',
      rowsOf(satHeaders, [
        { 'Ваш код участника': 'Н001', 'Ваша роль в программе': 'наставник', [overall]: 9 },
        { 'Ваш код участника': 'Н002', 'Ваша роль в программе': 'наставник', [overall]: 5 },
        { 'Ваш код участника': 'У001', 'Ваша роль в программе': 'наставляемый', [overall]: 8 },
        { 'Ваш код участника': 'У002', 'Ваша роль в программе': 'наставляемый', [overall]: 7 },
        { 'Ваш код участника': 'У003', 'Ваша роль в программе': 'наставляемый', [overall]: 3 },
      ]),
    );
    const measureHeaders = answerSheet(measurementQuestionnaire).columns.map((c) => c.header);
    const soft = measurementItems.filter((i) => i.parameter === 'softSkills').map((i) => i.text);
    const answer = (code: string, wave: string, scores: number[]) => ({
      'Ваш код участника': code,
      'Ваша роль в программе': 'наставляемый',
      'Когда вы заполняете анкету?': wave,
      ...Object.fromEntries(soft.map((t, i) => [t, scores[i]])),
    });
    // Per participant softSkills score (mean of 3 items): entry 4, 5, 6 → exit 7, 6, 6 (changes 3, 1, 0).
    gas.setSheetValues(
      'Замеры (вход и выход)',
      rowsOf(measureHeaders, [
        answer('У001', 'входной', [4, 4, 4]),
        answer('У002', 'входной', [5, 5, 5]),
        answer('У003', 'входной', [6, 6, 6]),
        answer('У001', 'итоговый', [7, 7, 7]),
        answer('У002', 'итоговый', [6, 6, 6]),
        answer('У003', 'итоговый', [6, 6, 6]),
      ]),
    );

    // Monitoring: stage 1 and 2 tables, the chart; the curator's own chart survives a second run.
    callEntry(addon, 'refreshMonitoring');
    const monitoring = gas.sheetValues('Мониторинг');
    const cell = (label: string) => monitoring.find((r) => r[0] === label);
    expect(cell('Пар начали работу (утверждены приказом)')![1]).toBe(3);
    expect(cell('Завершили программу')![1]).toBe(1);
    // By hand: means 5 → 6.333…, change 1.33; the zero change is dropped, ranks 2 and 1 → W+ = 3, W− = 0;
    // with a zero the normal approximation is used: z = (3 − 1.5 − 0.5) / √1.25 = 0.894, p = 2·(1 − Φ(z)) = 0.3711.
    const softRow = cell(PARAMETERS.find((p) => p.key === 'softSkills')!.label)!;
    expect(softRow.slice(1, 9)).toEqual([3, 5, 6.33, 1.33, 3, 0, 0.3711, 'нормальное приближение']);
    const sheet = gas.spreadsheet._sheet('Мониторинг')!;
    let charts = chartsIn(sheet);
    expect(charts).toHaveLength(1);
    expect(charts[0].type).toBe('COLUMN');
    // A chart just built has no id (Google gives ids to charts read back with getCharts()), yet
    // refreshing three times leaves one product chart, and the curator's own chart stays.
    const curatorChart = (sheet._api as any)
      .newChart()
      .addRange((sheet._api as any).getRange('A1:B2'))
      .setPosition(1, 1, 0, 0)
      .setOption('title', 'Моя диаграмма')
      .build();
    (sheet._api as any).insertChart(curatorChart);
    const curatorId = chartsIn(sheet).find((c) => c.options.title === 'Моя диаграмма')!.id;
    expect(curatorId).not.toBeNull();
    for (let run = 0; run < 3; run++) callEntry(addon, 'refreshMonitoring');
    charts = chartsIn(sheet);
    expect(charts).toHaveLength(2);
    expect(charts.filter((c) => c.id !== curatorId).map((c) => c.type)).toEqual(['COLUMN']);
    expect(charts.some((c) => c.id === curatorId)).toBe(true);

    // Indicators: hand-counted distinct people over the contingent on «Настройки».
    callEntry(addon, 'refreshIndicators');
    const [ih, ...indicators] = gas.sheetValues('Показатели');
    const byName = Object.fromEntries(indicators.map((r) => [r[0], r]));
    expect(byName['Наставляемые 10–19 лет'].slice(1, 6)).toEqual([3, 40, 7.5, 60, 'ниже цели']);
    expect(byName['Наставники 15–19 лет'].slice(1, 4)).toEqual([1, 10, 10]);
    expect(byName['Молодые педагоги'].slice(1, 4)).toEqual([1, 4, 25]);
    expect(byName['Удовлетворённость наставников'].slice(1, 4)).toEqual([1, 2, 50]);
    expect(byName['Удовлетворённость наставляемых'].slice(1, 4)).toEqual([2, 3, 66.7]);
    expect(ih[5]).toBe('Оценка');

    // Roadmap, then documents.
    callEntry(addon, 'refreshRoadmap');
    expect(gas.sheetValues('Дорожная карта').length).toBeGreaterThan(10);
    callEntry(addon, 'createProgrammes');
    expect(gas.ui._alerts.at(-1)!.prompt).toContain('Созданы программы (3)');

    // The report as the dialog shows it, then a wrong token, then the right one.
    const shown = callFromPage<ReportDialogData>(addon, 'reportDialogData', year);
    expect(shown.preview.issues).toEqual([]);
    expect(shown.preview.report).toMatchObject({
      school: { id: SCHOOL_ID },
      participants: {
        menteeStudents10to19: 3,
        mentorStudents15to19: 1,
        menteeYoungTeachers: 1,
        mentorTeachers: 1,
        mentorEmployees: 1,
      },
      satisfaction: { mentors: { respondents: 2, satisfied: 1 }, mentees: { respondents: 3, satisfied: 2 } },
    });
    const registered = await admin('/api/v1/schools', {
      method: 'POST',
      body: JSON.stringify({
        id: SCHOOL_ID,
        name: 'МБОУ «Средняя школа № 21»',
        municipality: 'Новокузнецкий городской округ',
        kind: 'school',
      }),
    });
    expect(registered.status).toBe(201);

    expect(() => callFromPage(addon, 'saveConnection', { serviceUrl: base, token: 'неверный токен' })).toThrow(
      /латинских букв/,
    );
    expect(callFromPage(addon, 'saveConnection', { serviceUrl: `${base}/`, token: 'wrong-token-0000' })).toEqual({
      serviceUrl: base,
      serviceAccount: '',
      tokenSaved: true,
    });
    const wrong = callFromPage<SendResult>(addon, 'sendReport', year);
    expect(wrong).toMatchObject({ ok: false, status: 401, attempts: 1 });
    expect(wrong.message).toContain('Токен школы не принят');

    callFromPage(addon, 'saveConnection', { serviceUrl: base, token: registered.body.token });
    const sent = callFromPage<SendResult>(addon, 'sendReport', year);
    expect(sent).toMatchObject({ ok: true, status: 201, attempts: 1 });
    const again = callFromPage<SendResult>(addon, 'sendReport', year);
    expect(again).toMatchObject({ ok: true, status: 200 });
    expect(again.message).toContain('прежняя редакция сохранена');

    // The region sees the school with the right numbers.
    const region = await admin(`/api/v1/indicators?period=${year}`);
    expect(region.status).toBe(200);
    const school = region.body.schools.find((s: { id: string }) => s.id === SCHOOL_ID);
    expect(school.indicators.menteeStudentsShare).toMatchObject({ numerator: 3, denominator: 40, percent: 7.5 });
    expect(school.indicators.menteeSatisfaction).toMatchObject({ numerator: 2, denominator: 3, percent: 66.7 });
    expect(school.indicators.enterprisesShare.numerator).toBe(1);

    // Nothing personal reached the service: not in what it received, not in what it stored.
    const revisions = await admin(`/api/v1/schools/${SCHOOL_ID}/reports?period=${year}`);
    const received = JSON.stringify(revisions.body) + gas.urlFetch._requests.map((r) => r.payload).join('');
    const stored = readdirSync(dataDir)
      .map((f) => readFileSync(join(dataDir, f)).toString('utf8'))
      .join('');
    for (const secret of PERSONAL) {
      expect(received).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
    expect(received).toContain(SCHOOL_ID);
    // The token lives in document properties only, never on a sheet nor in the user's properties.
    expect(Object.values(gas.properties._document.getProperties()).join('')).toContain(registered.body.token);
    expect(Object.values(gas.properties._user.getProperties()).join('')).not.toContain(registered.body.token);
    for (const name of gas.sheetNames())
      expect(JSON.stringify(gas.sheetValues(name))).not.toContain(registered.body.token);
    expect(gas.calls.unlockedWrites()).toEqual([]);
  }, 120_000);
});
