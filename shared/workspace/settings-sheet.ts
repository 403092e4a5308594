// `Настройки` — one parameter per row: `Параметр` · `Значение` · `Пояснение`.
// Rows are found by the parameter's name, so the curator may reorder them or add own rows.
import { DEFAULT_WEIGHTS, WEIGHT_KEYS, type WeightKey } from '../pairing/weights';
import { POINTS_SETTINGS_ROWS } from '../achievements/points-settings';
import { REPORT_SETTINGS_ROWS } from './report-settings';
import type { SheetSpec } from './sheet-spec';

export type { WeightKey };

export type SettingsColumn = 'parameter' | 'value' | 'hint';

export type SettingKey =
  | 'organizationName'
  | 'directorName'
  | 'directorPosition'
  | 'curatorName'
  | 'registryOrderNumber'
  | 'registryOrderDate'
  | 'pairOrderNumber'
  | 'pairOrderDate'
  | 'minScore'
  | `weight.${WeightKey}`;

export type SettingKind = 'text' | 'date' | 'score' | 'weight';

export interface SettingSpec {
  key: SettingKey;
  /** The text in `Параметр`. */
  label: string;
  kind: SettingKind;
  hint: string;
  /** Written into `Значение` when the workspace is created. */
  initial?: string | number;
}

export const WEIGHT_LABELS: Readonly<Record<WeightKey, string>> = {
  requests: 'Вес: запросы и компетенции',
  interests: 'Вес: общие интересы',
  days: 'Вес: общие дни',
  format: 'Вес: формат встреч',
  distance: 'Вес: близость класса или возраста',
  preference: 'Вес: пожелания участников',
};

const WEIGHT_HINTS: Readonly<Record<WeightKey, string>> = {
  requests: 'Насколько важно, чтобы компетенции наставника отвечали запросам наставляемого',
  interests: 'Насколько важны общие интересы',
  days: 'Насколько важны общие удобные дни',
  format: 'Насколько важно совпадение формата (очно, дистанционно, смешанно)',
  distance: 'Насколько важна близость класса, курса или возраста',
  preference: 'Насколько важны названные предпочтения; взаимное предпочтение весит больше всего',
};

export const SETTINGS: readonly SettingSpec[] = [
  {
    key: 'organizationName',
    label: 'Наименование организации',
    kind: 'text',
    hint: 'Полное наименование для приказов и отчётов',
  },
  { key: 'directorName', label: 'Руководитель (ФИО)', kind: 'text', hint: 'Подписывает приказы' },
  {
    key: 'directorPosition',
    label: 'Должность руководителя',
    kind: 'text',
    hint: 'Например: Директор',
    initial: 'Директор',
  },
  {
    key: 'curatorName',
    label: 'Куратор наставничества (ФИО)',
    kind: 'text',
    hint: 'Ответственный за программу наставничества',
  },
  { key: 'registryOrderNumber', label: 'Приказ об утверждении реестра наставников: номер', kind: 'text', hint: '' },
  {
    key: 'registryOrderDate',
    label: 'Приказ об утверждении реестра наставников: дата',
    kind: 'date',
    hint: 'ДД.ММ.ГГГГ',
  },
  {
    key: 'pairOrderNumber',
    label: 'Приказ о закреплении пар: номер',
    kind: 'text',
    hint: 'Попадает в столбец «Приказ» листа «Пары»',
  },
  { key: 'pairOrderDate', label: 'Приказ о закреплении пар: дата', kind: 'date', hint: 'ДД.ММ.ГГГГ' },
  {
    key: 'minScore',
    label: 'Минимальная совместимость',
    kind: 'score',
    hint: 'От 0 до 100; пары ниже не предлагаются. Пусто — без ограничения',
  },
  ...WEIGHT_KEYS.map((weight): SettingSpec => ({
    key: `weight.${weight}`,
    label: WEIGHT_LABELS[weight],
    kind: 'weight',
    hint: `${WEIGHT_HINTS[weight]}. Число от 0; 0 — не учитывать; пусто — по умолчанию (${DEFAULT_WEIGHTS[weight]})`,
    initial: DEFAULT_WEIGHTS[weight],
  })),
];

export const settingsSheet: SheetSpec<SettingsColumn> = {
  name: 'Настройки',
  frozenRows: 1,
  columns: [
    { key: 'parameter', header: 'Параметр', required: true, width: 48 },
    { key: 'value', header: 'Значение', required: true, width: 30 },
    { key: 'hint', header: 'Пояснение', width: 70 },
  ],
  // The pairing and order settings, the school report's (identity, contingent, programmes), then
  // the mentors' points table.
  initialRows: [
    ...SETTINGS.map((setting) => [setting.label, setting.initial ?? '', setting.hint]),
    ...REPORT_SETTINGS_ROWS,
    ...POINTS_SETTINGS_ROWS,
  ],
};
