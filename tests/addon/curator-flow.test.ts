// The curator's way through the add-on, on the built bundle in the stand-in: open the file (menu
// only) → create the workspace → fill settings → create both questionnaires → answers arrive →
// import them → pair in the sidebar's handlers → confirm → the order lists the pairs.
import { describe, expect, it } from 'vitest';
import { MENTEE_QUESTIONNAIRE_TITLE, MENTOR_QUESTIONNAIRE_TITLE } from '../../shared/questionnaire';
import type { ImportDialogData, ImportPreview, ImportResult } from '../../addon/server/questionnaire/import-wire';
import type { ConfirmResult, PairingRequest, PairingResult, PairingState } from '../../addon/server/pairing/wire';
import type { OrderResult } from '../../addon/server/orders/orders-wire';
import { callEntry, callFromPage } from '../../testkit/apps-script/bundle';
import { startAddon } from '../../testkit/apps-script/addon-build';

const at = (day: number, hour: number) => new Date(Date.UTC(2024, 8, day, hour));

type Answers = Record<string, string | string[]>;

const mentors: Answers[] = [
  {
    'Фамилия, имя, отчество': 'Соколов Пётр Ильич',
    'Кто вы': 'Обучающийся',
    'Класс или курс': '10А',
    'В каких формах наставничества вы готовы участвовать': ['ученик – ученик'],
    'Чем вы можете помочь наставляемому': ['Трудности в учёбе', 'Подготовка к экзаменам'],
    'Ваши интересы и увлечения': ['Шахматы'],
    'С какими классами или курсами вы готовы работать': '5-8',
    'В какие дни вам удобно встречаться': ['Вторник', 'Четверг'],
    'Формат встреч': 'очно',
    'Сколько наставляемых вы готовы взять': '2',
    'Согласие на обработку персональных данных': 'Да',
  },
  {
    'Фамилия, имя, отчество': 'Орлова Вера Николаевна',
    'Кто вы': 'Педагог',
    'Стаж работы, лет': '12',
    'В каких формах наставничества вы готовы участвовать': ['учитель – учитель'],
    'Чем вы можете помочь наставляемому': ['Методика преподавания', 'Классное руководство'],
    'В какие дни вам удобно встречаться': ['Среда'],
    'Сколько наставляемых вы готовы взять': '1',
    'Согласие на обработку персональных данных': 'Да',
  },
];

const mentee = (name: string, grade: string, requests: string[], consent = 'Да'): Answers => ({
  'Фамилия, имя, отчество': name,
  'Кто вы': 'Обучающийся',
  'Класс или курс': grade,
  'Форма наставничества': 'ученик – ученик',
  'С чем вам нужна помощь': requests,
  'Ваши интересы и увлечения': ['Шахматы'],
  'В какие дни вам удобно встречаться': ['Вторник'],
  'Согласие на обработку персональных данных': consent,
});

const mentees: Answers[] = [
  mentee('Фёдорова Алина Игоревна', '7Б', ['Трудности в учёбе']),
  mentee('Гусев Марк Олегович', '6А', ['Подготовка к экзаменам']),
  mentee('Ким Даниил Сергеевич', '5В', ['Трудности в учёбе'], 'Нет'),
  {
    'Фамилия, имя, отчество': 'Титова Нина Павловна',
    'Кто вы': 'Молодой педагог',
    'Стаж работы, лет': '1',
    'Форма наставничества': 'учитель – учитель',
    'С чем вам нужна помощь': ['Методика преподавания'],
    'В какие дни вам удобно встречаться': ['Среда'],
    'Согласие на обработку персональных данных': 'Да',
  },
];

describe('curator flow', () => {
  it('goes from an empty spreadsheet to an order listing the confirmed pairs', async () => {
    const { gas, addon } = await startAddon({ authMode: 'NONE' });

    // Opening the file: the menu appears; nothing else is touched.
    callEntry(addon, 'onOpen', { authMode: 'NONE' });
    expect(gas.calls.dataOps).toEqual([]);
    gas.setAuthMode('FULL');

    callEntry(addon, 'createWorkspace');
    callFromPage(addon, 'saveSettings', {
      organizationName: 'МБОУ «Средняя школа № 21»',
      directorName: 'Зимина Татьяна Андреевна',
      curatorName: 'Лаптева Ольга Викторовна',
    });

    callEntry(addon, 'createMentorQuestionnaire');
    callEntry(addon, 'createMenteeQuestionnaire');
    const formId = (title: string) => [...gas.forms.forms.values()].find((f) => f._title === title)!._id;
    mentors.forEach((answers, i) => gas.forms.submit(formId(MENTOR_QUESTIONNAIRE_TITLE), answers, at(2, 9 + i)));
    mentees.forEach((answers, i) => gas.forms.submit(formId(MENTEE_QUESTIONNAIRE_TITLE), answers, at(3, 9 + i)));

    // Import both responses sheets through the dialog's handlers.
    const dialog = callFromPage<ImportDialogData>(addon, 'importDialogData');
    const results: Record<string, ImportResult> = {};
    for (const sheet of dialog.sheets.filter((s) => s.linkedToForm)) {
      const preview = callFromPage<ImportPreview>(addon, 'previewImport', sheet.sheetId, null);
      results[preview.registry] = callFromPage<ImportResult>(addon, 'importAnswers', {
        sheetId: sheet.sheetId,
        registry: preview.registry,
        mapping: preview.mapping,
      });
    }
    expect(results.mentors.added.map((p) => `${p.id} ${p.fullName}`)).toEqual([
      'Н001 Соколов Пётр Ильич',
      'Н002 Орлова Вера Николаевна',
    ]);
    expect(results.mentees.added.map((p) => p.id)).toEqual(['У001', 'У002', 'У003', 'У004']);
    expect(results.mentees.noConsent.map((p) => p.fullName)).toEqual(['Ким Даниил Сергеевич']);

    // Pairing through the sidebar's handlers in the same bundle.
    const state = callFromPage<PairingState>(addon, 'getPairingState');
    expect(state.counts).toMatchObject({ mentors: 2, mentees: 4 });
    const request: PairingRequest = {
      forms: state.forms.map((f) => f.code),
      weights: Object.fromEntries(state.weights.map((w) => [w.key, w.value])),
      minScore: state.minScore,
      pins: [],
    };
    const proposal = callFromPage<PairingResult>(addon, 'runPairing', request);
    const proposed = proposal.groups.flatMap((g) =>
      g.pairs.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId })),
    );
    expect(proposed.map((p) => `${p.mentorId}–${p.menteeId}`).sort()).toEqual(['Н001–У001', 'Н001–У002', 'Н002–У004']);
    expect(proposal.unmatched.map((u) => u.menteeId)).toEqual(['У003']);

    const confirmed = callFromPage<ConfirmResult>(addon, 'confirmPairs', {
      request,
      pairs: proposed,
      startDate: '2024-09-09',
    });
    expect(confirmed.confirmed).toBe(3);

    // The order of the confirmed pairs.
    const order = callFromPage<OrderResult>(addon, 'createOrder', {
      kind: 'pairs',
      number: '112-о',
      date: '10.09.2024',
      signatory: '',
      position: '',
      includeAll: false,
    });
    expect(order.count).toBe(3);
    const docId = /document\/d\/([^/]+)/.exec(order.url)![1];
    const text = gas.docs.text(docId);
    expect(text).toContain('МБОУ «Средняя школа № 21»');
    expect(text).toContain('«10» сентября 2024 г.\t\t\t\t\t\t№ 112-о');
    expect(text).toContain('Директор\t\t\t\t\t\tЗимина Татьяна Андреевна');
    const table = gas.docs.tables(docId)[0];
    expect(
      table
        .slice(1)
        .map((r) => `${r[3]} → ${r[4]} с ${r[5]}`)
        .sort(),
    ).toEqual([
      'Орлова Вера Николаевна → Титова Нина Павловна с 09.09.2024',
      'Соколов Пётр Ильич → Гусев Марк Олегович с 09.09.2024',
      'Соколов Пётр Ильич → Фёдорова Алина Игоревна с 09.09.2024',
    ]);
    const [headers, ...pairs] = gas.sheetValues('Пары');
    expect(pairs.map((r) => r[headers.indexOf('Приказ')])).toEqual(Array(3).fill('№ 112-о от 10.09.2024'));
    expect(pairs.map((r) => r[headers.indexOf('Статус')])).toEqual(['утверждена', 'утверждена', 'утверждена']);

    // Every write of the whole flow happened under the document lock.
    expect(gas.calls.unlockedWrites()).toEqual([]);
  });
});
