// `Настройки` grid (Параметр · Значение · Пояснение) → WorkspaceSettings.
import { normalizeText } from '../catalogue';
import { toDay } from '../core/day';
import { RowReader, formatDate, readTable, type TableProblem } from '../tables';
import { SETTINGS, settingsSheet, type SettingSpec, type SettingsColumn } from '../workspace';
import type { WorkspaceSettings } from './schemas';

export function readSettings(
  grid: readonly (readonly unknown[])[],
  options: { sheet?: string } = {},
): { settings: WorkspaceSettings; problems: TableProblem[] } {
  const { table, problems } = readTable(grid, settingsSheet, { sheet: options.sheet });
  const settings: WorkspaceSettings = { weights: {} };
  const specByLabel = new Map(SETTINGS.map((spec) => [normalizeText(spec.label), spec]));
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const cell = new RowReader<SettingsColumn>(table, row, problems);
    const spec = specByLabel.get(normalizeText(cell.text('parameter')));
    if (!spec) continue; // the curator's own rows are kept and ignored
    const first = seen.get(spec.key);
    if (first !== undefined) {
      cell.report(
        'parameter',
        'duplicate-parameter',
        `параметр повторяется (уже в строке ${first}); оставьте одну строку`,
      );
      continue;
    }
    seen.set(spec.key, row.rowNumber);
    const before = problems.length;
    readSetting(cell, spec, settings);
    // Every row's value sits in the same column: the parameter's name says which value is meant.
    for (let k = before; k < problems.length; k++)
      problems[k] = { ...problems[k], message: `параметр «${spec.label}»: ${problems[k].message}` };
  }
  return { settings, problems };
}

/** Why a date setting (ДД.ММ.ГГГГ, as orders print it) is not one, or undefined: 31.02.2025 is no day. */
export function settingDateProblem(text: string): string | undefined {
  if (!/^\d{2}\.\d{2}\.\d{4}$/.test(text)) return 'нужна дата в виде ДД.ММ.ГГГГ';
  if (!toDay(text)) return `нет такой даты: ${text}`;
  return undefined;
}

function readSetting(cell: RowReader<SettingsColumn>, spec: SettingSpec, settings: WorkspaceSettings): void {
  if (cell.isEmpty('value')) return;
  switch (spec.kind) {
    case 'score': {
      const value = cell.number('value', { min: 0, max: 100 });
      if (value !== undefined) settings.minScore = value;
      return;
    }
    case 'weight': {
      const value = cell.number('value', { min: 0, max: 1000 });
      const weight = spec.key.slice('weight.'.length) as keyof WorkspaceSettings['weights'];
      if (value !== undefined) settings.weights[weight] = value;
      return;
    }
    case 'date': {
      const raw = cell.raw('value');
      const text = raw instanceof Date ? formatDate(raw) : cell.text('value');
      const problem = settingDateProblem(text);
      if (problem) {
        cell.report('value', 'bad-date', problem);
        return;
      }
      setText(settings, spec, text);
      return;
    }
    case 'text':
      setText(settings, spec, cell.text('value'));
  }
}

type TextSettingKey = Exclude<keyof WorkspaceSettings, 'minScore' | 'weights'>;

function setText(settings: WorkspaceSettings, spec: SettingSpec, text: string): void {
  settings[spec.key as TextSettingKey] = text;
}
