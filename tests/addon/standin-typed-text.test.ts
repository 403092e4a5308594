// Typed values: the stand-in parses what a script writes as a ru_RU spreadsheet parses typed
// input, and the add-on's text from people (questionnaire answers) stays exactly that text.
import { describe, expect, it } from 'vitest';
import { MENTOR_QUESTIONNAIRE_TITLE } from '../../shared/questionnaire';
import { mentorSheet } from '../../shared/workspace';
import type { ImportPreview, ImportResult, ImportDialogData } from '../../addon/server/questionnaire/import-wire';
import { readGrid } from '../../addon/server/sheets/workbook';
import { cellText } from '../../shared/tables';
import { toDay } from '../../shared/meetings';
import { createAppsScript } from '../../testkit/apps-script';
import { callEntry, callFromPage } from '../../testkit/apps-script/bundle';
import { startAddon } from '../../testkit/apps-script/addon-build';

function sheetIn(timeZone = 'Europe/Moscow') {
  const gas = createAppsScript({ timeZone });
  return { gas, sheet: (gas.globals as any).SpreadsheetApp.getActiveSpreadsheet().getSheets()[0] };
}

describe('typed values in the stand-in (ru_RU)', () => {
  it('takes = for a formula, keeps the formula and shows an error value for what it cannot compute', () => {
    const { sheet } = sheetIn();
    sheet.getRange('A1:C1').setValues([['=IMPORTXML("http://x","//a")', '=Иванов', '+7 912 000-00-00']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['#ERROR!', '#NAME?', '#ERROR!']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([
      ['=IMPORTXML("http://x","//a")', '=Иванов', '=+7 912 000-00-00'],
    ]);
    sheet.getRange('A1').setValue('текст');
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('reads numbers with a decimal comma, drops leading zeros and turns percentages into fractions', () => {
    const { sheet } = sheetIn();
    sheet.getRange('A1:F1').setValues([['3,5', '007', '-5', '45%', '4,5 %', '+79120000000']]);
    expect(sheet.getRange('A1:F1').getValues()).toEqual([[3.5, 7, -5, 0.45, 0.045, 79120000000]]);
  });

  it('reads dd.mm.yyyy (with a time) and yyyy-mm-dd as dates in the spreadsheet’s time zone, and 5-7 as a date', () => {
    const { sheet } = sheetIn('Asia/Novokuznetsk');
    sheet.getRange('A1:D1').setValues([['02.09.2024', '02.09.2024 18:00', '2024-09-02', '5-7']]);
    const [[day, evening, iso, dayMonth]] = sheet.getRange('A1:D1').getValues();
    expect(day.toISOString()).toBe('2024-09-01T17:00:00.000Z'); // Kemerovo is UTC+7
    expect(evening.toISOString()).toBe('2024-09-02T11:00:00.000Z');
    expect(iso.toISOString()).toBe(day.toISOString());
    expect(dayMonth).toBeInstanceOf(Date);
    expect([
      new Date(dayMonth.getTime() + 7 * 3_600_000).getUTCDate(),
      new Date(dayMonth.getTime() + 7 * 3_600_000).getUTCMonth() + 1,
    ]).toEqual([5, 7]);
    // 31.02 is no date: it stays text.
    sheet.getRange('A2').setValue('31.02.2024');
    expect(sheet.getRange('A2').getValue()).toBe('31.02.2024');
  });

  it('keeps text after an apostrophe (without it) and everything in plain-text cells; non-strings as given', () => {
    const { sheet } = sheetIn();
    sheet.getRange('A1:B1').setValues([["'007", "'=1+1"]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['007', '=1+1']]);
    sheet.getRange('C1:D1').setNumberFormat('@');
    sheet.getRange('C1:D1').setValues([['=1+1', '5-7']]);
    expect(sheet.getRange('C1:D1').getValues()).toEqual([['=1+1', '5-7']]);
    expect(sheet.getRange('C1:D1').getFormulas()).toEqual([['', '']]);
    sheet.getRange('C2:D2').setNumberFormats([['General', '@']]);
    sheet.getRange('C2:D2').setValues([['007', '007']]);
    expect(sheet.getRange('C2:D2').getValues()).toEqual([[7, '007']]);
    expect(sheet.getRange('C2:D2').getNumberFormats()).toEqual([['General', '@']]);
    const when = new Date(Date.UTC(2024, 8, 2, 15));
    sheet.getRange('E1:G1').setValues([[7, when, true]]);
    expect(sheet.getRange('E1:G1').getValues()).toEqual([[7, when, true]]);
  });
});

describe('dates with a time of day keep their calendar day in the add-on', () => {
  for (const timeZone of ['Europe/Moscow', 'Asia/Novokuznetsk']) {
    it(`reads 00:00, 18:00 and 23:59 of 02.09.2024 typed in a ${timeZone} sheet as 02.09.2024`, () => {
      const { gas, sheet } = sheetIn(timeZone);
      const undo = gas.install();
      try {
        sheet.getRange('A1:C1').setValues([['02.09.2024', '02.09.2024 18:00', '02.09.2024 23:59']]);
        const [row] = readGrid(sheet, timeZone);
        expect(row.map(cellText)).toEqual(['02.09.2024', '02.09.2024', '02.09.2024']);
        expect(row.map(toDay)).toEqual(['2024-09-02', '2024-09-02', '2024-09-02']);
      } finally {
        undo();
      }
    });
  }
});

describe('text from a questionnaire is written as text', () => {
  const mentor = {
    'Фамилия, имя, отчество': 'Орлова Вера Николаевна',
    'Кто вы': 'Педагог',
    'Место работы или учёбы': '=IMPORTXML("http://x","//a")',
    'ИНН организации': '0123456789',
    'В каких формах наставничества вы готовы участвовать': ['учитель – ученик'],
    'С какими классами или курсами вы готовы работать': '5-7',
    Телефон: '0079120000000',
    'Электронная почта': '+orlova@school.example',
    'Согласие на обработку персональных данных': 'Да',
  };

  async function importMentor(plainFormats: boolean) {
    const { gas, addon } = await startAddon();
    callEntry(addon, 'createWorkspace');
    if (plainFormats) {
      // A registry made by hand or by an older version: no plain-text columns.
      const sheet = gas.spreadsheet._sheet(mentorSheet.name)!;
      (sheet._api as any).getRange(1, 1, sheet._maxRows, sheet._maxColumns).setNumberFormat('General');
    }
    callEntry(addon, 'createMentorQuestionnaire');
    const form = [...gas.forms.forms.values()].find((f) => f._title === MENTOR_QUESTIONNAIRE_TITLE)!;
    gas.forms.submit(form._id, mentor, new Date(Date.UTC(2024, 8, 2, 9)));
    const data = callFromPage<ImportDialogData>(addon, 'importDialogData');
    const sheetId = data.sheets[0].sheetId;
    const preview = callFromPage<ImportPreview>(addon, 'previewImport', sheetId, 'mentors');
    const result = callFromPage<ImportResult>(addon, 'importAnswers', {
      sheetId,
      registry: 'mentors',
      mapping: preview.mapping,
    });
    expect(result.added).toHaveLength(1);
    const sheet = gas.spreadsheet._sheet(mentorSheet.name)!;
    const [headers, row] = gas.sheetValues(mentorSheet.name);
    const cell = (header: string) => row[headers.indexOf(header)];
    expect(cell('Организация')).toBe('=IMPORTXML("http://x","//a")');
    expect(cell('ИНН организации')).toBe('0123456789');
    expect(cell('Классы/курсы наставляемых')).toBe('5-7');
    expect(cell('Телефон')).toBe('0079120000000');
    expect(cell('Email')).toBe('+orlova@school.example');
    expect((sheet._api as any).getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
  }

  it('in the registry the workspace made (plain-text columns)', async () => {
    await importMentor(false);
  });

  it('in a registry whose columns have the automatic format (apostrophe guard)', async () => {
    await importMentor(true);
  });
});
