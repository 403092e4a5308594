// «Создать или восстановить рабочее пространство» in the built add-on: sheets from the shared
// spec, and a repair that never touches the curator's data.
import { beforeEach, describe, expect, it } from 'vitest';
import { WORKSPACE_SHEETS, headersOf, menteeSheet, mentorSheet, settingsSheet } from '../../shared/workspace';
import { listsSheet } from '../../shared/questionnaire';
import { callEntry } from '../../testkit/apps-script/bundle';
import { startAddon, type AddonInStandIn } from '../../testkit/apps-script/addon-build';

let env: AddonInStandIn;
beforeEach(async () => {
  env = await startAddon();
});

const ALL_SHEETS = [...WORKSPACE_SHEETS, listsSheet];

describe('workspace', () => {
  it('creates every sheet with headers, frozen and protected header rows, dropdowns, text formats and widths', () => {
    callEntry(env.addon, 'createWorkspace');
    const { gas } = env;
    expect(gas.sheetNames()).toEqual(['Лист1', ...ALL_SHEETS.map((s) => s.name)]);
    for (const spec of ALL_SHEETS) {
      const sheet = gas.spreadsheet._sheet(spec.name)!;
      expect(gas.sheetValues(spec.name)[0]).toEqual(headersOf(spec));
      expect(sheet._frozenRows).toBe(1);
      const protections = sheet._protections.filter((p) => !p._removed);
      expect(protections).toHaveLength(1);
      expect(protections[0]._warningOnly).toBe(true);
      expect(protections[0]._g).toEqual({ row: 1, column: 1, numRows: 1, numColumns: spec.columns.length });
    }
    const mentors = gas.spreadsheet._sheet(mentorSheet.name)!;
    const consentColumn = headersOf(mentorSheet).indexOf('Согласие на обработку ПДн') + 1;
    const rule = mentors._validations.at(500, consentColumn)!;
    expect(rule.getCriteriaValues()[0]).toEqual(['да', 'нет']);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(mentors._formats.at(2, headersOf(mentorSheet).indexOf('Телефон') + 1)).toBe('@');
    expect(mentors._formats.at(2, headersOf(mentorSheet).indexOf('Возраст') + 1)).toBeNull();
    expect(mentors.getColumnWidth(2)).toBe(mentorSheet.columns[1].width * 7 + 12);
    const settings = gas.sheetValues(settingsSheet.name);
    expect(settings.slice(1).map((r) => r[0])).toEqual(settingsSheet.initialRows!.map((r) => r[0]));
    expect(gas.sheetValues(listsSheet.name).length).toBe(listsSheet.initialRows!.length + 1);
    expect(gas.calls.unlockedWrites()).toEqual([]);
    expect(gas.ui._alerts.at(-1)!.title).toBe('Рабочее пространство готово');
  });

  it('repairs missing sheets, columns and parameters without moving or rewriting the curator’s data', () => {
    const { gas, addon } = env;
    // A workbook a curator made by hand: own column in the middle, no «Email»/«Телефон», a date, a formula-like text.
    const mentorHeaders = headersOf(mentorSheet).filter((h) => h !== 'Email' && h !== 'Телефон');
    mentorHeaders.splice(3, 0, 'Комментарий куратора');
    const row = mentorHeaders.map(
      (h) =>
        ({
          ID: 'Н001',
          ФИО: 'Орлова Вера Николаевна',
          'Комментарий куратора': 'звонила 02.09',
          'Формы наставничества': 'учитель – учитель',
          'Согласие на обработку ПДн': 'да',
        })[h] ?? '',
    );
    gas.setSheetValues(mentorSheet.name, [
      mentorHeaders,
      row,
      mentorHeaders.map(() => ''),
      row.map((v, i) => (i === 0 ? 'Н002' : v)),
    ]);
    gas.setSheetValues(settingsSheet.name, [
      headersOf(settingsSheet),
      ['Наименование организации', 'МБОУ «СОШ № 7»', ''],
      ['Мой параметр', 42, ''],
    ]);
    const before = gas.sheetValues(mentorSheet.name);

    callEntry(addon, 'createWorkspace');

    const after = gas.sheetValues(mentorSheet.name);
    expect(after[0]).toEqual([...mentorHeaders, 'Email', 'Телефон']);
    expect(after.slice(1).map((r) => r.slice(0, mentorHeaders.length))).toEqual(before.slice(1));
    expect(after.slice(1).map((r) => r.slice(mentorHeaders.length))).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    // Curator's column keeps its place; its header is not re-protected as ours but stays in the row.
    expect(after[0][3]).toBe('Комментарий куратора');
    const settings = gas.sheetValues(settingsSheet.name);
    expect(settings[1]).toEqual(['Наименование организации', 'МБОУ «СОШ № 7»', '']);
    expect(settings[2]).toEqual(['Мой параметр', 42, '']);
    expect(settings.slice(3).map((r) => r[0])).toEqual(
      settingsSheet.initialRows!.map((r) => r[0]).filter((l) => l !== 'Наименование организации'),
    );
    expect(gas.sheetNames()).toContain(menteeSheet.name);
    // Mentor values were not written at all: only the two new header cells.
    expect(gas.calls.writes(mentorSheet.name).map((w) => w.a1)).toEqual([
      `${String.fromCharCode(64 + mentorHeaders.length + 1)}1:${String.fromCharCode(64 + mentorHeaders.length + 2)}1`,
    ]);

    gas.calls.reset();
    callEntry(addon, 'createWorkspace');
    expect(gas.sheetValues(mentorSheet.name)).toEqual(after);
    for (const spec of ALL_SHEETS) {
      expect(gas.calls.reads(spec.name).length).toBeLessThanOrEqual(1);
      expect(gas.calls.writes(spec.name)).toEqual([]);
      expect(gas.spreadsheet._sheet(spec.name)!._protections.filter((p) => !p._removed)).toHaveLength(1);
    }
    expect(gas.ui._alerts.at(-1)!.prompt).toMatch(/Все листы и столбцы на месте/);
  });
});
