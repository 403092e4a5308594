// Reading the report's rows of `Настройки` (laid out in shared/workspace/report-settings): the
// school's identity, its contingent and the programmes and practices produced, found by the text
// in `Параметр` like every setting.
import { createVocabulary, normalizeText } from '../catalogue';
import { SCHOOL_KIND_LABELS } from '../report/fields';
import type { SchoolKind } from '../report/schema';
import { readTable, RowReader, type TableProblem } from '../tables';
import { settingsSheet, type SettingsColumn } from '../workspace/settings-sheet';
import { REPORT_SETTINGS, type ContingentKey, type ReportSettingKey } from '../workspace/report-settings';

export {
  REPORT_SETTINGS,
  REPORT_SETTINGS_ROWS,
  type ContingentKey,
  type ReportSettingKey,
  type ReportSettingSpec,
} from '../workspace/report-settings';

export const schoolKinds = createVocabulary<SchoolKind>([
  {
    value: 'school',
    label: SCHOOL_KIND_LABELS.school,
    aliases: ['общеобразовательная организация', 'СОШ', 'ООШ', 'гимназия', 'лицей', 'школа-интернат'],
  },
  {
    value: 'college',
    label: SCHOOL_KIND_LABELS.college,
    aliases: ['колледж', 'техникум', 'СПО', 'профессиональная образовательная организация'],
  },
  {
    value: 'additional',
    label: SCHOOL_KIND_LABELS.additional,
    aliases: [
      'дополнительное образование',
      'ДО',
      'учреждение дополнительного образования',
      'центр дополнительного образования',
    ],
  },
]);

export interface ReportSettings {
  schoolId?: string;
  municipality?: string;
  kind?: SchoolKind;
  contingent: Partial<Record<ContingentKey, number>>;
  programs?: number;
  practices?: number;
  /** Sheet row of each setting found, for messages. */
  rows: Partial<Record<ReportSettingKey, number>>;
}

export function readReportSettings(
  grid: readonly (readonly unknown[])[],
  options: { sheet?: string } = {},
): { settings: ReportSettings; problems: TableProblem[] } {
  const { table, problems } = readTable(grid, settingsSheet, { sheet: options.sheet });
  const settings: ReportSettings = { contingent: {}, rows: {} };
  const byLabel = new Map(REPORT_SETTINGS.map((spec) => [normalizeText(spec.label), spec]));
  for (const row of table.rows) {
    const cell = new RowReader<SettingsColumn>(table, row, problems);
    const spec = byLabel.get(normalizeText(cell.text('parameter')));
    if (!spec) continue;
    const first = settings.rows[spec.key];
    if (first !== undefined) {
      cell.report(
        'parameter',
        'duplicate-parameter',
        `параметр повторяется (уже в строке ${first}); оставьте одну строку`,
      );
      continue;
    }
    settings.rows[spec.key] = row.rowNumber;
    if (cell.isEmpty('value')) continue;
    if (spec.kind === 'text') {
      const text = cell.text('value');
      if (spec.key === 'schoolId') settings.schoolId = text;
      else settings.municipality = text;
    } else if (spec.kind === 'school-kind') {
      const kind = cell.term('value', schoolKinds, 'тип организации');
      if (kind) settings.kind = kind;
    } else {
      const count = cell.integer('value', { min: 0 });
      if (count === undefined) continue;
      if (spec.key === 'programs') settings.programs = count;
      else if (spec.key === 'practices') settings.practices = count;
      else settings.contingent[spec.key as ContingentKey] = count;
    }
  }
  return { settings, problems };
}
