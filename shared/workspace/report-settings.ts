// Rows of `Настройки` the school report needs beyond the workspace's own settings: the school's
// identity for the region, its contingent (the denominators of Table 5) and the programmes and
// practices produced. The workspace owns their labels, so `init` and the add-on create them;
// shared/school-report reads them.
import { SCHOOL_KIND_LABELS } from '../report/fields';

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

export const REPORT_SETTINGS: readonly ReportSettingSpec[] = [
  {
    key: 'schoolId',
    label: 'Код организации в регионе',
    kind: 'text',
    hint: 'Выдаёт региональный наставнический центр, например 42-0001',
  },
  { key: 'municipality', label: 'Муниципалитет', kind: 'text', hint: 'Например: Новокузнецкий городской округ' },
  { key: 'kind', label: 'Тип организации', kind: 'school-kind', hint: Object.values(SCHOOL_KIND_LABELS).join(' / ') },
  {
    key: 'students10to19',
    label: 'Обучающихся 10–19 лет',
    kind: 'count',
    hint: 'Все обучающиеся организации в возрасте от 10 до 19 лет',
  },
  { key: 'students15to19', label: 'Обучающихся 15–19 лет', kind: 'count', hint: 'Из них в возрасте от 15 до 19 лет' },
  { key: 'teachers', label: 'Педагогов', kind: 'count', hint: 'Все педагогические работники' },
  {
    key: 'youngTeachers',
    label: 'Молодых педагогов (стаж 0–3 года)',
    kind: 'count',
    hint: 'Из них со стажем от 0 до 3 лет',
  },
  {
    key: 'programs',
    label: 'Персонализированных программ наставничества',
    kind: 'count',
    hint: 'Пусто — по числу утверждённых и завершённых пар',
  },
  {
    key: 'practices',
    label: 'Наставнических практик',
    kind: 'count',
    hint: 'Практики, оформленные информационными картами; пусто — 0',
  },
];

/** Rows to add under the workspace settings (Параметр · Значение · Пояснение). */
export const REPORT_SETTINGS_ROWS: readonly (readonly string[])[] = REPORT_SETTINGS.map((setting) => [
  setting.label,
  '',
  setting.hint,
]);
