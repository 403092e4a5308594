// Weights of the soft criteria; the curator may change them in «Настройки» or in the sidebar.
import { PairingInputError } from './errors';

export interface PairingWeights {
  /** The mentor's competencies cover the mentee's requests. */
  requests: number;
  /** Shared interests. */
  interests: number;
  /** Common convenient days. */
  days: number;
  /** Compatible meeting format (смешанно fits both). */
  format: number;
  /** Close grade/course (peer forms) or age (other forms). */
  distance: number;
  /** Stated preferences; a mutual one counts in full, a one-sided one by half. */
  preference: number;
}

export type WeightKey = keyof PairingWeights;

export const WEIGHT_KEYS: readonly WeightKey[] = ['requests', 'interests', 'days', 'format', 'distance', 'preference'];

/** Sums to 100; a mutual choice is the heaviest single criterion (pairs are formed by mutual choice where possible). */
export const DEFAULT_WEIGHTS: PairingWeights = {
  requests: 25,
  interests: 15,
  days: 10,
  format: 10,
  distance: 10,
  preference: 30,
};

const WEIGHT_NAMES: Readonly<Record<WeightKey, string>> = {
  requests: 'запросы и компетенции',
  interests: 'общие интересы',
  days: 'общие дни',
  format: 'формат встреч',
  distance: 'близость класса или возраста',
  preference: 'пожелания участников',
};

/** The defaults overlaid with the curator's values; a weight must be a finite number ≥ 0. */
export function resolveWeights(weights: Partial<PairingWeights> | undefined): PairingWeights {
  const resolved: PairingWeights = { ...DEFAULT_WEIGHTS };
  for (const key of WEIGHT_KEYS) {
    const value = weights?.[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new PairingInputError(
        `Вес «${WEIGHT_NAMES[key]}» должен быть числом не меньше 0, получено: ${String(value)}`,
      );
    }
    resolved[key] = value;
  }
  return resolved;
}
