// «Настройки»: a dialog for the parameters orders and reports need (organisation, signatory,
// curator, order numbers and dates). They live on the «Настройки» sheet, one parameter per row,
// found by name; weights and the other parameters are edited on the sheet itself.
import { normalizeText } from '../../../shared/catalogue';
import { readSettings, settingDateProblem, type WorkspaceSettings } from '../../../shared/registry';
import { TableModel, formatProblem } from '../../../shared/tables';
import { SETTINGS, settingsSheet, type SettingSpec } from '../../../shared/workspace';
import { ADDON_SHEETS } from '../workspace/create-workspace';
import { alignedGrid } from '../sheets/changes';
import { withDocumentLock } from '../sheets/lock';
import { activeSpreadsheet, findSheet, readGrid, requireSheet, timeZoneOf, writeChanges } from '../sheets/workbook';
import { runMenuAction, showDialog } from '../ui';
import type { SettingField, SettingsApi, SettingsDialogData } from './settings-wire';

const EDITABLE = SETTINGS.filter(
  (s): s is SettingSpec & { kind: 'text' | 'date' } => s.kind === 'text' || s.kind === 'date',
);

function fieldsOf(settings: WorkspaceSettings): SettingField[] {
  return EDITABLE.map((s) => ({
    key: s.key,
    label: s.label,
    hint: s.hint,
    kind: s.kind,
    value: String((settings as Record<string, unknown>)[s.key] ?? ''),
  }));
}

export function settingsDialogData(): SettingsDialogData {
  const ss = activeSpreadsheet();
  const { settings, problems } = readSettings(readGrid(requireSheet(ss, settingsSheet.name), timeZoneOf(ss)));
  return { fields: fieldsOf(settings), problems: problems.map(formatProblem) };
}

export function saveSettings(values: Record<string, string>): SettingsDialogData {
  const problems: string[] = [];
  for (const s of EDITABLE) {
    const v = values[s.key];
    if (v === undefined) continue;
    if (typeof v !== 'string') {
      problems.push(`«${s.label}»: нужен текст`);
      continue;
    }
    const problem = s.kind === 'date' && v.trim() ? settingDateProblem(v.trim()) : undefined;
    if (problem) problems.push(`«${s.label}»: ${problem}`);
  }
  if (problems.length > 0) throw new Error(`Настройки не сохранены: ${problems.join('; ')}.`);
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const timeZone = timeZoneOf(ss);
    const sheet = requireSheet(ss, settingsSheet.name);
    const grid = readGrid(sheet, timeZone);
    const model = TableModel.fromGrid(grid, settingsSheet);
    const rowOf = new Map(model.rows.map((r) => [normalizeText(model.text(r, 'parameter')), r]));
    for (const s of EDITABLE) {
      const v = values[s.key];
      if (v === undefined) continue;
      const row = rowOf.get(normalizeText(s.label));
      if (row) {
        if (model.text(row, 'value') !== v.trim()) model.set(row, { value: v.trim() });
      } else model.append({ parameter: s.label, value: v.trim(), hint: s.hint });
    }
    const after = alignedGrid(grid, model);
    writeChanges(sheet, grid, after, model.ownColumns(), timeZone);
    const read = readSettings(after);
    return { fields: fieldsOf(read.settings), problems: read.problems.map(formatProblem) };
  });
}

/** Activates one of the workspace's sheets (the dialog's «Открыть лист» buttons). */
export function showWorkspaceSheet(name: string): void {
  if (!ADDON_SHEETS.some((s) => s.name === name)) throw new Error(`Неизвестный лист «${name}».`);
  const ss = activeSpreadsheet();
  const sheet = findSheet(ss, name);
  if (!sheet) throw new Error(`Нет листа «${name}». Создайте рабочее пространство.`);
  ss.setActiveSheet(sheet);
}

/** Menu: «Настройки». */
export function openSettings(): void {
  runMenuAction('Настройки', () => {
    requireSheet(activeSpreadsheet(), settingsSheet.name);
    showDialog('settings', 'Настройки', 560, 560);
  });
}

/** The handlers fit the dialog's wire contract (checked by the compiler only). */
type Fits<Api, Handlers extends Api> = Handlers;
export type SettingsHandlers = Fits<
  SettingsApi,
  {
    settingsDialogData: typeof settingsDialogData;
    saveSettings: typeof saveSettings;
    showWorkspaceSheet: typeof showWorkspaceSheet;
  }
>;
