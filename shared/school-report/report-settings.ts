// Rows of `Настройки` the report needs beyond the workspace's own settings: the school's identity
// for the region, its contingent (the denominators of Table 5) and the programmes and practices
// produced. They live on the same sheet, found by the text in `Параметр` like every setting.
import { createVocabulary, normalizeText } from '../catalogue';
import { SCHOOL_KIND_LABELS } from '../report/fields';
import type { SchoolKind } from '../report/schema';
import { readTable, RowReader, type TableProblem } from '../tables';
import { settingsSheet, type SettingsColumn } from '../workspace';

export type ReportSettingKey =
  | 'schoolId'
  | 'municipality'
  | 'kind'
  | 'students10to19'
  | 'students15to19'
  | 'teachers'
  | 'youngTeachers'
  | 'programs'
  | 'practices';

export type ContingentKey = 'students10to19' | 'students15to19' | 'teachers' | 'youngTeachers';

export interface ReportSettingSpec {
  key: ReportSettingKey;
  label: string;
  hint: string;
  kind: 'text' | 'school-kind' | 'count';
}

export const schoolKinds = createVocabulary<SchoolKind>([
  { value: 'school', label: SCHOOL_KIND_LABELS.school, aliases: ['общеобразовательная организация', 'СОШ', 'ООШ', 'гимназия', 'лицей', 'школа-интернат'] },
  { value: 'college', label: SCHOOL_KIND_LABELS.college, aliases: ['колледж', 'техникум', 'СПО', 'профессиональная образовательная организация'] },
  {
    value: 'additional',
    label: SCHOOL_KIND_LABELS.additional,
    aliases: ['дополнительное образование', 'ДО', 'учреждение дополнительного образования', 'центр дополнительного образования'],
  },
]);

export const REPORT_SETTINGS: readonly ReportSettingSpec[] = [
  { key: 'schoolId', label: 'Код организации в регионе', kind: 'text', hint: 'Выдаёт региональный наставнический центр, например 42-0001' },
  { key: 'municipality', label: 'Муниципалитет', kind: 'text', hint: 'Например: Новокузнецкий городской округ' },
  { key: 'kind', label: 'Тип организации', kind: 'school-kind', hint: schoolKinds.labels.join(' / ') },
  { key: 'students10to19', label: 'Обучающихся 10–19 лет', kind: 'count', hint: 'Все обучающиеся организации в возрасте от 10 до 19 лет' },
  { key: 'students15to19', label: 'Обучающихся 15–19 лет', kind: 'count', hint: 'Из них в возрасте от 15 до 19 лет' },
  { key: 'teachers', label: 'Педагогов', kind: 'count', hint: 'Все педагогические работники' },
  { key: 'youngTeachers', label: 'Молодых педагогов (стаж 0–3 года)', kind: 'count', hint: 'Из них со стажем от 0 до 3 лет' },
  {
    key: 'programs',
    label: 'Персонализированных программ наставничества',
    kind: 'count',
    hint: 'Пусто — по числу утверждённых и завершённых пар',
  },
  { key: 'practices', label: 'Наставнических практик', kind: 'count', hint: 'Практики, оформленные информационными картами; пусто — 0' },
];

/** Rows to add under the workspace settings (Параметр · Значение · Пояснение). */
export const REPORT_SETTINGS_ROWS: readonly (readonly string[])[] = REPORT_SETTINGS.map((setting) => [setting.label, '', setting.hint]);

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
      cell.report('parameter', 'duplicate-parameter', `параметр повторяется (уже в строке ${first}); оставьте одну строку`);
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
