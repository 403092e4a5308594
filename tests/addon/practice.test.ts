// «Упаковать в практику» and «Обновить статусы практик» on the built bundle in the Apps Script
// stand-in, against the REAL sync service in another process (on each store the service tests run
// on): a completed group's card is pre-filled with aggregates only, finished and sent; the region's
// methodologist returns it, the curator revises it, the methodologist accepts it to the regional bank;
// the catalogue finds it by another word form, and the author's achievement appears in
// «Достижения наставников» — kept while that sheet is missing, written once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  PracticeDialogData,
  PracticeDraftView,
  PracticeEdits,
  PracticeSendResult,
} from '../../addon/server/practice/practice-wire';
import { meetingSheet } from '../../shared/meetings';
import { measurementAnswerSheet, menteeSheet, mentorSheet, pairSheet } from '../../shared/workspace';
import { callEntry, callFromPage } from '../../testkit/apps-script/bundle';
import { startAddon } from '../../testkit/apps-script/addon-build';
import { httpFetch, type CellValue } from '../../testkit/apps-script/index';
import { backends, dayAt, startBank, type Bank } from '../support/practice-bank';
import {
  gridOf,
  MENTEE_DATA,
  practiceMeasurements,
  practiceMeetings,
  practiceMentees,
  practiceMentors,
  practicePairs,
} from '../practice/practice-workspace';
import { SCHOOL_SETTINGS } from './school-settings';

/** Dates as the curator types them: ДД.ММ.ГГГГ. */
function typed(grid: unknown[][]): CellValue[][] {
  const day = (d: Date) =>
    `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
  return grid.map((row) => row.map((v) => (v instanceof Date ? day(v) : (v as CellValue))));
}

async function readyAddon() {
  const started = await startAddon({ fetch: httpFetch });
  const { gas, addon } = started;
  callEntry(addon, 'createWorkspace');
  gas.setSettings(SCHOOL_SETTINGS);
  gas.setSheetValues(mentorSheet.name, typed(gridOf(mentorSheet, practiceMentors)));
  gas.setSheetValues(menteeSheet.name, typed(gridOf(menteeSheet, practiceMentees)));
  gas.setSheetValues(pairSheet.name, typed(gridOf(pairSheet, practicePairs)));
  gas.setSheetValues(meetingSheet.name, typed(gridOf(meetingSheet, practiceMeetings)));
  gas.setSheetValues(measurementAnswerSheet.name, typed(gridOf(measurementAnswerSheet, practiceMeasurements)));
  return started;
}

const EDITS: PracticeEdits = {
  title: 'Наставник для группы восьмиклассников',
  roleModel: 'молодой педагог-куратор – группа учащихся',
  targetGroup: 'обучающиеся 8-х классов',
  goal: 'Развить у подростков навыки работы в команде',
  content: 'Еженедельные встречи группы с наставником, проектная работа',
  results: ['Продолжительность программы: 8 месяцев', 'Группа защитила проект'],
  materials: [{ title: 'План встреч', url: 'https://example.org/plan.pdf' }],
  position: 'учитель математики',
  yearsInPosition: 25,
  consentToPublishContacts: false,
  // Typed although consent is not ticked: it must not leave.
  email: 'galina.sidorenko@example.ru',
};

const ACHIEVEMENT_HEADERS = [
  'ID наставника',
  'Наставник',
  'Вид достижения',
  'Уровень',
  'Дата',
  'Подтверждающий документ или ссылка',
  'Источник',
];

describe('practice card from the add-on', () => {
  it('lists completed programmes and pre-fills the card with aggregates only', async () => {
    const { addon, gas } = await readyAddon();
    const data = callFromPage<PracticeDialogData>(addon, 'practiceDialogData');
    expect(data.programmes.map((p) => p.choice)).toEqual(['П3', 'П5', 'Н1']);
    expect(data.programmes[1].label).toBe('П5 — Сидоренко Галина Фёдоровна, «учитель – ученик» (группа из 3)');
    expect(data.connected).toBe(false);
    expect(data.hint).toContain('укажите адрес сервиса региона и токен школы');

    const draft = callFromPage<PracticeDraftView>(addon, 'practiceDraft', 'П5');
    expect(draft.card).toMatchObject({
      practiceId: '42-0003-p-P5',
      schoolId: '42-0003',
      organizationName: 'МБОУ «Школа № 3»',
      form: 'teacher-student',
      targetGroup: 'обучающиеся 8-х классов',
      programme: {
        durationMonths: 8,
        pairs: 1,
        completedPairs: 1,
        measurements: [{ parameter: 'Гибкие навыки', entryMean: 5, exitMean: 7, participants: 3 }],
      },
      authors: [{ mentorId: 'Н1', fullName: 'Сидоренко Галина Фёдоровна', consentToPublishContacts: false }],
    });
    expect(draft.roleModels).toContain(draft.card.roleModel);
    expect(draft.contacts).toEqual({ email: 'galina.sidorenko@example.ru', phone: '+7 905 111-22-33' });
    const card = JSON.stringify(draft.card);
    for (const text of MENTEE_DATA) expect(card, text).not.toContain(text);
    expect(card).not.toContain('galina.sidorenko');
    expect(() => callFromPage(addon, 'practiceDraft', 'П1')).toThrow('пара П1 не завершена');
    expect(gas.urlFetch._requests).toEqual([]);
  });
});

/** The curator's second revision after the region's comment: the plan of meetings is attached. */
const REVISED: PracticeEdits = {
  ...EDITS,
  materials: [...EDITS.materials, { title: 'Протоколы встреч', url: 'https://example.org/minutes.pdf' }],
};

for (const backend of backends()) {
  describe(`practice card from the add-on, in the real bank (${backend.name})`, () => {
    let bank: Bank;
    let SCHOOL: string;
    beforeAll(async () => {
      bank = await startBank(
        backend,
        [{ id: '42-0003', name: 'МБОУ «Школа № 3»', municipality: 'Прокопьевский городской округ' }],
        'child',
      );
      SCHOOL = bank.schoolTokens['42-0003']!;
    }, 90_000);
    afterAll(() => bank?.stop());

    it("submit → return → revise → accept at the regional level → the school sees it → the catalogue finds it → the author's achievement, once", async () => {
      const { addon, gas } = await readyAddon();
      const refused = callFromPage<PracticeSendResult>(addon, 'submitPractice', 'П5', EDITS);
      expect(refused.message).toContain('Сначала укажите адрес сервиса региона и токен школы');
      callFromPage(addon, 'saveConnection', { serviceUrl: bank.url, token: SCHOOL });

      const unfinished = callFromPage<PracticeSendResult>(addon, 'submitPractice', 'П5', {
        ...EDITS,
        title: ' ',
        position: '',
      });
      expect(unfinished).toMatchObject({ ok: false, status: 0 });
      expect(unfinished.issues).toEqual([
        expect.stringMatching(/^Тема практики: /),
        expect.stringMatching(/^Автор 1, должность: /),
      ]);
      expect(gas.urlFetch._requests).toEqual([]);

      const sent = callFromPage<PracticeSendResult>(addon, 'submitPractice', 'П5', EDITS);
      expect(sent, sent.message).toMatchObject({ ok: true, status: 201 });
      expect(sent.message).toContain(
        'Карточка практики отправлена в банк региона на рассмотрение. Код практики: 42-0003-p-P5.',
      );
      expect(sent.message).toContain('Лист «Практики» обновлён: практик — 1, принято в банк — 0.');
      const post = gas.urlFetch._requests.find((r) => r.method === 'POST')!;
      expect(post).toMatchObject({
        url: `${bank.url}/api/v1/practices`,
        contentType: 'application/json',
        headers: { Authorization: `Bearer ${SCHOOL}` },
      });
      const body = JSON.parse(post.payload!);
      expect(body.programme).toEqual({
        durationMonths: 8,
        pairs: 1,
        completedPairs: 1,
        measurements: [{ parameter: 'Гибкие навыки', entryMean: 5, exitMean: 7, participants: 3 }],
      });
      expect(body.authors).toEqual([
        {
          mentorId: 'Н1',
          fullName: 'Сидоренко Галина Фёдоровна',
          position: 'учитель математики',
          yearsInPosition: 25,
          consentToPublishContacts: false,
        },
      ]);
      for (const text of [...MENTEE_DATA, 'galina.sidorenko', '905']) expect(post.payload, text).not.toContain(text);
      // The card says «Наставник», «наставником» — never «наставника», the word the catalogue is searched by.
      expect(post.payload).toContain('Наставник');
      expect(post.payload!.toLowerCase()).not.toContain('наставника');
      expect(gas.sheetValues('Практики')[1].slice(0, 4)).toEqual([
        '42-0003-p-P5',
        EDITS.title,
        'Сидоренко Галина Фёдоровна',
        'на рассмотрении',
      ]);

      // Opened again, the dialog restores the curator's text for the next revision.
      expect(callFromPage<PracticeDraftView>(addon, 'practiceDraft', 'П5').saved).toEqual(EDITS);

      // The region returns it with a comment; the refreshed sheet shows the comment.
      const comment = 'Приложите протоколы встреч';
      expect((await bank.review('42-0003-p-P5', { decision: 'return', comment })).status).toBe(200);
      callEntry(addon, 'refreshPractices');
      expect(gas.sheetValues('Практики')[1].slice(3, 7)).toEqual(['возвращена на доработку', '', comment, 1]);

      // The revision: the card waits again, without the comment.
      const second = callFromPage<PracticeSendResult>(addon, 'submitPractice', 'П5', REVISED);
      expect(second, second.message).toMatchObject({ ok: true, status: 200 });
      expect(second.message).toContain('Новая редакция карточки (2) отправлена в банк региона');
      expect(gas.sheetValues('Практики')[1].slice(3, 7)).toEqual(['на рассмотрении', '', '', 2]);
      for (const request of gas.urlFetch._requests)
        for (const text of [...MENTEE_DATA, 'galina.sidorenko', '905'])
          expect(request.payload ?? '', text).not.toContain(text);

      // The methodologist accepts it to the regional bank; the school's own view shows it.
      expect((await bank.review('42-0003-p-P5', { decision: 'accept', level: 'regional' })).status).toBe(200);
      const [listed] = await bank.schoolView('42-0003');
      expect(listed).toMatchObject({
        practiceId: '42-0003-p-P5',
        revision: 2,
        status: 'accepted',
        level: 'regional',
        authors: [{ mentorId: 'Н1', fullName: 'Сидоренко Галина Фёдоровна' }],
      });
      const reviewedAt = listed.reviewedAt!;
      expect(Math.abs(Date.parse(reviewedAt) - Date.now())).toBeLessThan(600_000);
      // The catalogue finds it by a word form the card does not have.
      expect(await bank.catalogueSearch('наставника')).toEqual(['42-0003-p-P5']);

      // A workspace made before the rating has no «Достижения наставников»: the achievement waits in
      // the document's properties.
      gas.spreadsheet._sheets = gas.spreadsheet._sheets.filter((sheet) => sheet._name !== 'Достижения наставников');
      callEntry(addon, 'refreshPractices');
      expect(gas.ui._alerts.at(-1)!.prompt).toBe(
        'Лист «Практики» обновлён: практик — 1, принято в банк — 1.\n' +
          'Достижения авторов (1) сохранены в таблице и будут записаны позже: листа «Достижения наставников» нет — достижения будут записаны, когда он появится.',
      );
      expect(gas.sheetValues('Практики')[1].slice(3, 7)).toEqual(['принята в банк', 'региональный', '', 2]);
      expect(gas.sheetNames()).not.toContain('Достижения наставников');

      // The rating's sheet appears with a row the curator typed; the next refresh appends the achievement once.
      const curatorRow: CellValue[] = [
        'Н2',
        'Жуков Роман Алексеевич',
        'Конкурс',
        'муниципальный',
        '01.04.2025',
        'Приказ № 5',
        '',
      ];
      gas.setSheetValues('Достижения наставников', [ACHIEVEMENT_HEADERS, curatorRow]);
      callEntry(addon, 'refreshPractices');
      expect(gas.ui._alerts.at(-1)!.prompt).toContain(
        'В «Достижения наставников» добавлены достижения авторов: Сидоренко Галина Фёдоровна (региональный).',
      );
      callEntry(addon, 'refreshPractices');
      const rows = gas.sheetValues('Достижения наставников');
      expect(rows.length).toBe(3);
      expect(rows[1]).toEqual(curatorRow);
      const [id, name, kind, level, date, link, source] = rows[2];
      expect([id, name, kind, level, link, source]).toEqual([
        'Н1',
        'Сидоренко Галина Фёдоровна',
        'Практика в банке практик',
        'региональный',
        `${bank.url}/catalogue/42-0003-p-P5`,
        'регион: банк практик (42-0003-p-P5)',
      ]);
      // A date cell: midnight, in the spreadsheet's zone (Moscow, UTC+3), of the day the region accepted it.
      expect(date).toEqual(new Date(dayAt(reviewedAt, 3).getTime() - 3 * 3_600_000));
      expect(Object.keys(gas.properties._document._store).some((k) => k.includes('pendingAchievements.0'))).toBe(false);
      for (const sheet of gas.sheetNames()) expect(JSON.stringify(gas.sheetValues(sheet))).not.toContain(SCHOOL);

      // A revision whose text is past Google's 9 KB per property value still leaves; the saved text stays the last that fit.
      const long = { ...REVISED, content: 'Встреча группы и наставника. '.repeat(200) };
      const revised = callFromPage<PracticeSendResult>(addon, 'submitPractice', 'П5', long);
      expect(revised).toMatchObject({ ok: true, status: 200 });
      expect(revised.message).toContain('Новая редакция карточки (3) отправлена в банк региона');
      expect(revised.message).toContain('Текст карточки слишком велик, чтобы сохранить его в таблице');
      expect(JSON.parse(gas.urlFetch._requests.filter((r) => r.method === 'POST').at(-1)!.payload!).content).toBe(
        long.content.trim(),
      );
      expect(callFromPage<PracticeDraftView>(addon, 'practiceDraft', 'П5').saved).toEqual(REVISED);
    }, 120_000);
  });
}
