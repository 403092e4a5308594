/** 100·numerator/denominator rounded to one decimal; null when the denominator is 0 or unknown. */
export function percentOf(numerator: number, denominator: number | null): number | null {
  if (denominator === null || denominator === 0) return null;
  return Math.round((1000 * numerator) / denominator) / 10;
}
