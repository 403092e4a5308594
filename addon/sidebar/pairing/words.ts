import { countOf } from '../../../shared/catalogue/plural';

/** count(5, 'пара', 'пары', 'пар') → «5 пар». */
export function count(n: number, one: string, few: string, many: string): string {
  return countOf(n, [one, few, many]);
}

export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1).replace('.', ',');
}
