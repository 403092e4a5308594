// The mentors' rating on the built bundle in the Apps Script stand-in: «Достижения наставников» is
// made with its dropdowns and never written over, the points table's defaults go only into absent
// rows of «Настройки», «Рейтинг наставников» is rewritten whole under the lock reading each sheet
// once, and the commission's document and the letters of thanks come from editable templates in
// runs that never duplicate a letter.
import { describe, expect, it } from 'vitest';
import { ACHIEVEMENTS_SHEET, ACHIEVEMENT_KINDS, POINTS_SETTINGS, RATING_SHEET_NAME } from '../../shared/achievements';
import { addDays, formatDayRu, toDay } from '../../shared/meetings';
import { headersOf, menteeSheet, mentorSheet, pairSheet, settingsSheet } from '../../shared/workspace';
import { callEntry } from '../../testkit/apps-script/bundle';
import { startAddon } from '../../testkit/apps-script/addon-build';
import type { AppsScript } from '../../testkit/apps-script';

function rowsOf(headers: string[], records: Record<string, string | number>[]): (string | number)[][] {
  return [headers, ...records.map((r) => headers.map((h) => r[h] ?? ''))];
}

const today = () => {
  const now = new Date();
  return toDay(
    `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`,
  )!;
};
const ru = (days: number) => formatDayRu(addDays(today(), days));
const lastAlert = (gas: AppsScript) => gas.ui._alerts.at(-1)!.prompt;

/**
 * Громова: a completed pair whose 3 weeks each had a meeting (5 + 3) and a programme at school
 * level dated today (10): 18 points. Белов: a contest at municipal level (8 × 1,5 = 12). Орлов: nothing.
 */
async function workspace(mentors = 3, docsPerDay?: number) {
  const started = await startAddon(docsPerDay === undefined ? {} : { docsPerDay });
  const { gas, addon } = started;
  callEntry(addon, 'createWorkspace');
  const names = [
    'Громова Алла Игоревна',
    'Белов Борис Петрович',
    'Орлов Глеб Ильич',
    ...Array.from({ length: Math.max(0, mentors - 3) }, (_, i) => `Наставник ${i + 4}`),
  ];
  gas.setSheetValues(
    mentorSheet.name,
    rowsOf(
      headersOf(mentorSheet),
      names.map((name, i) => ({
        ID: `Н${String(i + 1).padStart(3, '0')}`,
        ФИО: name,
        Категория: 'Педагог',
        'Формы наставничества': 'учитель – учитель',
        'Согласие на обработку ПДн': 'да',
        Статус: 'в реестре',
      })),
    ),
  );
  gas.setSheetValues(
    menteeSheet.name,
    rowsOf(headersOf(menteeSheet), [
      {
        ID: 'У001',
        ФИО: 'Панова Вера Юрьевна',
        Категория: 'Молодой педагог',
        'Форма наставничества': 'учитель – учитель',
        'Согласие на обработку ПДн': 'да',
        Статус: 'завершил',
      },
    ]),
  );
  gas.setSheetValues(
    pairSheet.name,
    rowsOf(headersOf(pairSheet), [
      {
        'ID пары': 'П001',
        Форма: 'учитель – учитель',
        'Наставник ID': 'Н001',
        Наставник: 'Громова Алла Игоревна',
        'Наставляемый ID': 'У001',
        Наставляемый: 'Панова Вера Юрьевна',
        Статус: 'завершена',
        'Дата начала': ru(-14),
      },
    ]),
  );
  gas.setSheetValues('Встречи', [
    ['ID пары', 'Тип встречи', 'Дата'],
    ['П001', 'знакомство', ru(-14)],
    ['П001', 'пробная', ru(-7)],
    ['П001', 'итоговая', ru(0)],
  ]);
  const achievements = [
    [...headersOf(ACHIEVEMENTS_SHEET), 'Заметка куратора'],
    ['Н001', 'Громова Алла Игоревна', ACHIEVEMENT_KINDS[0], 'ОО', ru(0), 'Приказ № 12', '', 'проверено'],
    ['Н002', 'Белов Борис Петрович', 'Конкурс', 'муниципальный', ru(0), 'Диплом', '', ''],
  ];
  gas.setSheetValues(ACHIEVEMENTS_SHEET.name, achievements);
  return { ...started, achievements };
}

describe('«Достижения наставников» and «Настройки»', () => {
  it('are made by the workspace with dropdowns and the points table', async () => {
    const { gas, addon } = await startAddon();
    callEntry(addon, 'createWorkspace');
    const sheet = gas.spreadsheet._sheet(ACHIEVEMENTS_SHEET.name)!;
    expect(gas.sheetValues(ACHIEVEMENTS_SHEET.name)[0]).toEqual(headersOf(ACHIEVEMENTS_SHEET));
    expect(sheet._validations.at(200, 3)!.getCriteriaValues()[0]).toEqual(ACHIEVEMENT_KINDS);
    expect(sheet._validations.at(200, 4)!.getCriteriaValues()[0]).toEqual([
      'ОО',
      'муниципальный',
      'региональный',
      'федеральный',
    ]);
    expect(sheet._formats.at(2, 1)).toBe('@');
    const labels = gas.sheetValues(settingsSheet.name).map((r) => r[0]);
    for (const s of POINTS_SETTINGS) expect(labels).toContain(s.label);
  });

  it('adds only absent rows of the points table and never writes the curator’s values or rows', async () => {
    const { gas, addon, achievements } = await workspace();
    const settings = gas.sheetValues(settingsSheet.name).map((r) => [...r]);
    const completed = settings.findIndex((r) => r[0] === 'Баллы: завершённая пара');
    settings[completed][1] = 7;
    const growth = settings.findIndex((r) => r[0] === 'Баллы: рост наставляемых за 1 балл');
    settings.splice(growth, 1);
    gas.setSheetValues(settingsSheet.name, settings);
    gas.calls.reset();

    callEntry(addon, 'refreshRating');

    const after = gas.sheetValues(settingsSheet.name);
    expect(after.slice(0, settings.length)).toEqual(settings);
    expect(after.slice(settings.length)).toEqual([
      ['Баллы: рост наставляемых за 1 балл', 2, POINTS_SETTINGS.find((s) => s.key === 'pairs.growth')!.hint],
    ]);
    expect(gas.calls.writes(settingsSheet.name).map((w) => w.a1)).toEqual([
      `A${settings.length + 1}:C${settings.length + 1}`,
    ]);
    expect(lastAlert(gas)).toContain(
      'добавлены баллы по умолчанию (их можно изменить): «Баллы: рост наставляемых за 1 балл»',
    );
    // The curator's rows of «Достижения наставников», own column included, are not written.
    expect(gas.sheetValues(ACHIEVEMENTS_SHEET.name)).toEqual(achievements);
    expect(gas.calls.writes(ACHIEVEMENTS_SHEET.name)).toEqual([]);
    // The curator's 7 points per completed pair: Громова 10 + 7 + 5 = 22.
    const rating = gas.sheetValues(RATING_SHEET_NAME);
    const header = rating.findIndex((r) => r[0] === 'Форма' && r[2] === 'ID наставника');
    expect(rating[header + 1].slice(0, 5)).toEqual(['учитель – учитель', 1, 'Н001', 'Громова Алла Игоревна', 22]);
  });
});

describe('«Рейтинг наставников»', () => {
  it('ranks within the form, shows the formula and the shortlist, reading each sheet once under the lock', async () => {
    const { gas, addon } = await workspace();
    gas.calls.reset();
    callEntry(addon, 'refreshRating');
    const rating = gas.sheetValues(RATING_SHEET_NAME);
    expect(rating[0][0]).toBe('Рейтинг наставников и шорт-лист «Наставник года»');
    expect(rating.some((r) => String(r[0]).startsWith('Итого = баллы за достижения'))).toBe(true);
    const header = rating.findIndex((r) => r[0] === 'Форма' && r[2] === 'ID наставника');
    expect(rating.slice(header + 1, header + 4).map((r) => [r[1], r[2], r[4], r.at(-1)])).toEqual([
      [1, 'Н001', 18, 'да'],
      [2, 'Н002', 12, 'да'],
      [3, 'Н003', 0, ''],
    ]);
    expect(lastAlert(gas)).toContain(
      'учитель – учитель: Громова А. И. — 18 баллов (1-е место); Белов Б. П. — 12 баллов (2-е место)',
    );
    expect(lastAlert(gas)).toContain('Баллы больше нуля только у 2 наставников формы');
    for (const name of ['Наставники', 'Пары', 'Встречи', ACHIEVEMENTS_SHEET.name, settingsSheet.name])
      expect(gas.calls.reads(name), name).toHaveLength(1);
    expect(gas.calls.writes(RATING_SHEET_NAME)).toHaveLength(1);
    expect(gas.calls.unlockedWrites()).toEqual([]);
    const sheet = gas.spreadsheet._sheet(RATING_SHEET_NAME)!._api;
    expect(sheet.getRange(header + 2, 1).getBackground()).toBe('#d9ead3');
    expect(sheet.getRange(header + 4, 1).getBackground()).toBe('#ffffff');

    // A shorter rating leaves nothing of the longer one behind.
    const before = gas.sheetValues(RATING_SHEET_NAME).length;
    gas.setSheetValues(mentorSheet.name, gas.sheetValues(mentorSheet.name).slice(0, 2));
    callEntry(addon, 'refreshRating');
    const shorter = gas.sheetValues(RATING_SHEET_NAME);
    expect(shorter.length).toBeLessThanOrEqual(before);
    expect(shorter.flat()).not.toContain('Белов Борис Петрович');
    expect(lastAlert(gas)).toContain('«Достижения наставников»');
  });
});

describe('documents of the rating', () => {
  it('fills the commission’s document from its template and makes each letter of thanks once', async () => {
    const { gas, addon } = await workspace();
    gas.setSheetValues(
      settingsSheet.name,
      gas
        .sheetValues(settingsSheet.name)
        .map((r) =>
          r[0] === 'Наименование организации'
            ? [r[0], 'МБОУ «СОШ № 7»', r[2]]
            : r[0] === 'Руководитель (ФИО)'
              ? [r[0], 'Ежова Анна Викторовна', r[2]]
              : r,
        ),
    );
    callEntry(addon, 'createCommissionDocument');
    const entries = () => [...gas.drive.entries.values()];
    const commission = entries().find((e) => e.name.startsWith('Баллы наставников для комиссии — '))!;
    const text = gas.docs.text(commission.id);
    expect(text).toContain('МБОУ «СОШ № 7»');
    expect(text).toContain('Как считались баллы');
    expect(text).not.toContain('{{');
    const table = gas.docs.tables(commission.id)[0];
    expect(table[0]).toEqual([
      '№',
      'Наставник',
      'Форма наставничества',
      'Баллы за достижения',
      'Баллы за работу пар',
      'Итого баллов',
      'Место в форме',
    ]);
    expect(table.slice(1).map((r) => [r[1], r[3], r[4], r[5], r[6]])).toEqual([
      ['Громова Алла Игоревна', '10', '8', '18', '1'],
      ['Белов Борис Петрович', '12', '0', '12', '2'],
      ['Орлов Глеб Ильич', '0', '0', '0', '3'],
    ]);
    expect(entries().some((e) => e.name === 'Шаблон — Баллы наставников для комиссии')).toBe(true);

    callEntry(addon, 'createThanksLetters');
    const letters = () => entries().filter((e) => e.name.startsWith('Благодарственное письмо — '));
    expect(
      letters()
        .map((e) => e.name)
        .sort(),
    ).toEqual([
      expect.stringMatching(/^Благодарственное письмо — Белов Б\. П\., Н002 \(\d{4}\/\d{4}\)$/),
      expect.stringMatching(/^Благодарственное письмо — Громова А\. И\., Н001 \(\d{4}\/\d{4}\)$/),
    ]);
    const letter = gas.docs.text(letters().find((e) => e.name.includes('Громова'))!.id);
    expect(letter).toContain('Уважаемый(-ая) Громова Алла Игоревна!');
    expect(letter).toContain('Наставнических пар (групп) за год: 1, из них завершено: 1');
    expect(letter).toContain('Ежова А. В.');
    expect(lastAlert(gas)).toContain('Созданы письма (2)');

    // A second run makes nothing; a mentor who earns points later gets the one missing letter.
    callEntry(addon, 'createThanksLetters');
    expect(lastAlert(gas)).toContain('Письма всем наставникам с баллами за год уже есть');
    gas.setSheetValues(ACHIEVEMENTS_SHEET.name, [
      ...gas.sheetValues(ACHIEVEMENTS_SHEET.name),
      ['Н003', '', 'Распространение опыта', 'ОО', ru(0), '', '', ''],
    ]);
    callEntry(addon, 'createThanksLetters');
    expect(lastAlert(gas)).toContain('Созданы письма (1)');
    expect(letters()).toHaveLength(3);
  });

  it('stops letters on the daily quota of created Docs and makes only the missing ones the next day', async () => {
    // Mentors 4…7 each get a contest at school level: 6 letters in all; the template is one of 4 Docs a day.
    const { gas, addon } = await workspace(7, 4);
    gas.setSheetValues(ACHIEVEMENTS_SHEET.name, [
      ...gas.sheetValues(ACHIEVEMENTS_SHEET.name),
      ...[4, 5, 6, 7].map((i) => [`Н00${i}`, '', 'Конкурс', 'ОО', ru(0), '', '', '']),
    ]);
    callEntry(addon, 'createThanksLetters');
    const letters = () =>
      [...gas.drive.entries.values()].filter((e) => e.name.startsWith('Благодарственное письмо — '));
    expect(letters()).toHaveLength(3);
    expect(lastAlert(gas)).toContain('Google не даёт создать больше документов');
    expect(lastAlert(gas)).toContain('Готово 3 из 6');
    gas.docs.createdToday.clear();
    callEntry(addon, 'createThanksLetters');
    expect(letters()).toHaveLength(6);
    expect(new Set(letters().map((e) => e.name)).size).toBe(6);
    expect(
      Object.keys(gas.properties._document.getProperties()).filter((k) => k.startsWith('nastavnik.thanks.')),
    ).toHaveLength(6);
  });
});
