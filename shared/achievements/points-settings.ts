// The points table on «Настройки» (Параметр · Значение · Пояснение), one parameter per row: points
// of each kind of achievement, the weight of each level, points for the year's results of the
// mentor's pairs and the size of the «Наставник года» shortlist. The curator edits the values;
// defaults are written only into rows that are absent.
import {
  ACHIEVEMENT_KIND_LABELS,
  ACHIEVEMENT_LEVEL_LABELS,
  KIND_ORDER,
  LEVEL_ORDER,
  type AchievementKind,
  type AchievementLevel,
} from './kinds';

export type PairPointsKey = 'completedPair' | 'regularity' | 'satisfaction' | 'growth';

export type PointsSettingKey =
  `kind.${AchievementKind}` | `level.${AchievementLevel}` | `pairs.${PairPointsKey}` | 'shortlistSize';

export interface PointsSettingSpec {
  key: PointsSettingKey;
  label: string;
  hint: string;
  initial: number;
  /** Whole number from 1 (the shortlist size) or any number from 0. */
  integer?: boolean;
}

/** Defaults: the methodology ranks developing programmes and bank practices highest, levels weighted up. */
export const DEFAULT_KIND_POINTS: Readonly<Record<AchievementKind, number>> = {
  programme: 10,
  practice: 8,
  sharing: 5,
  project: 6,
  contest: 8,
};

export const DEFAULT_LEVEL_WEIGHTS: Readonly<Record<AchievementLevel, number>> = {
  school: 1,
  municipal: 1.5,
  regional: 2,
  federal: 3,
};

export const DEFAULT_PAIR_POINTS: Readonly<Record<PairPointsKey, number>> = {
  completedPair: 3,
  regularity: 5,
  satisfaction: 5,
  growth: 2,
};

export const DEFAULT_SHORTLIST_SIZE = 3;

const PAIR_LABELS: Readonly<Record<PairPointsKey, { label: string; hint: string }>> = {
  completedPair: {
    label: 'Баллы: завершённая пара',
    hint: 'За каждую пару (группу) наставника со статусом «завершена»',
  },
  regularity: {
    label: 'Баллы: регулярность встреч',
    hint: 'Столько получает наставник, у пар которого встреча была каждую неделю работы; меньше — по доле недель со встречей',
  },
  satisfaction: {
    label: 'Баллы: удовлетворённость наставляемых',
    hint: 'Столько — при средней общей оценке наставляемых 10 из 10 в «Итоговой анкете»; меньше — пропорционально оценке',
  },
  growth: {
    label: 'Баллы: рост наставляемых за 1 балл',
    hint: 'За каждый балл (из 10) среднего роста наставляемых от входного к итоговому замеру; снижение — 0; без замеров — 0',
  },
};

export const POINTS_SETTINGS: readonly PointsSettingSpec[] = [
  ...KIND_ORDER.map((kind): PointsSettingSpec => ({
    key: `kind.${kind}`,
    label: `Баллы: ${ACHIEVEMENT_KIND_LABELS[kind]}`,
    hint: 'За одно достижение с листа «Достижения наставников»; умножается на коэффициент уровня',
    initial: DEFAULT_KIND_POINTS[kind],
  })),
  ...LEVEL_ORDER.map((level): PointsSettingSpec => ({
    key: `level.${level}`,
    label: `Коэффициент уровня: ${ACHIEVEMENT_LEVEL_LABELS[level]}`,
    hint: 'Во сколько раз баллы достижения этого уровня больше баллов вида',
    initial: DEFAULT_LEVEL_WEIGHTS[level],
  })),
  ...(Object.keys(PAIR_LABELS) as PairPointsKey[]).map((key): PointsSettingSpec => ({
    key: `pairs.${key}`,
    label: PAIR_LABELS[key].label,
    hint: PAIR_LABELS[key].hint,
    initial: DEFAULT_PAIR_POINTS[key],
  })),
  {
    key: 'shortlistSize',
    label: 'Наставник года: мест в шорт-листе каждой формы',
    hint: 'Целое число от 1; при равных баллах на последнем месте в шорт-лист входят все',
    initial: DEFAULT_SHORTLIST_SIZE,
    integer: true,
  },
];

/** Rows of «Настройки» for the points table (Параметр · Значение · Пояснение). */
export const POINTS_SETTINGS_ROWS: readonly (readonly (string | number)[])[] = POINTS_SETTINGS.map((s) => [
  s.label,
  s.initial,
  s.hint,
]);
