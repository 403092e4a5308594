// Yearly targets: Table 5 defaults (Target Model of Mentoring), overridable by the region per year and indicator.
import { INDICATOR_KEYS, type IndicatorKey } from './definitions';

export type IndicatorTargets = Partial<Record<IndicatorKey, number>>;
/** Targets by year (`"2024"`), in percent. */
export type TargetsByYear = Record<string, IndicatorTargets>;

export const DEFAULT_TARGETS: TargetsByYear = {
  '2022': {
    menteeStudentsShare: 20,
    mentorStudentsShare: 3,
    menteeYoungTeachersShare: 5,
    enterprisesShare: 3,
    mentorSatisfaction: 50,
    menteeSatisfaction: 50,
  },
  '2023': {
    menteeStudentsShare: 40,
    mentorStudentsShare: 5,
    menteeYoungTeachersShare: 8,
    enterprisesShare: 8,
    mentorSatisfaction: 60,
    menteeSatisfaction: 60,
  },
  '2024': {
    menteeStudentsShare: 60,
    mentorStudentsShare: 8,
    menteeYoungTeachersShare: 10,
    enterprisesShare: 15,
    mentorSatisfaction: 65,
    menteeSatisfaction: 65,
  },
};

/**
 * The target of each indicator for a year: the value set for the latest year not after it
 * (so 2025 keeps the 2024 target until a 2025 one is set), the region's value winning over the
 * default of the same year; null before the first known year.
 */
export function targetsForYear(year: string, overrides: TargetsByYear = {}): Record<IndicatorKey, number | null> {
  const wanted = Number(year);
  const result = {} as Record<IndicatorKey, number | null>;
  for (const key of INDICATOR_KEYS) {
    let bestYear = -Infinity;
    let best: number | null = null;
    for (const source of [DEFAULT_TARGETS, overrides]) {
      for (const y of Object.keys(source)) {
        const value = source[y][key];
        const n = Number(y);
        // `>=` so that the region's value replaces the default of the same year (overrides come second).
        if (value !== undefined && n <= wanted && n >= bestYear) {
          bestYear = n;
          best = value;
        }
      }
    }
    result[key] = best;
  }
  return result;
}
