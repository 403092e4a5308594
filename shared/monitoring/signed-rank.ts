// Wilcoxon signed-rank test for paired measurements (entry → exit), two-sided.
//
// Conventions (those of R's wilcox.test(x, y, paired = TRUE), whose p-values these reproduce):
// - differences d = exit − entry, rounded to 1e-9 so that float noise (7.3333 − 6.6667) does not break ties;
// - zero differences are dropped before ranking (Wilcoxon's 1945 convention, zero_method="wilcox"),
//   so n below is the number of non-zero differences;
// - |d| ranked 1…n, tied values get the average of their ranks;
// - W+ = sum of the ranks of positive differences, W− of negative ones;
// - exact p-value from the null distribution of W+ (all 2ⁿ sign patterns equally likely) when
//   n < 50, no |d| are tied and no zero was dropped; otherwise the normal approximation with
//   mean n(n+1)/4, variance n(n+1)(2n+1)/24 − Σ(t³ − t)/48 over tie groups of size t, and a
//   continuity correction of 0.5 towards the mean; p = 2·min(P(W ≤ w), P(W ≥ w)), capped at 1;
// - effect size: matched-pairs rank-biserial correlation r = (W+ − W−)/(W+ + W−) (Kerby 2014),
//   from −1 (every change down) to +1 (every change up); it needs no normal approximation.
import { normalCdf } from './normal';

export const EXACT_MAX_N = 49;

export type SignedRankMethod = 'exact' | 'normal';

export interface SignedRankResult {
  /** Pairs given. */
  pairs: number;
  /** Pairs with a zero difference, dropped from ranking. */
  zeros: number;
  /** Non-zero differences ranked. */
  n: number;
  wPlus: number;
  wMinus: number;
  /** Whether some |d| were tied (average ranks). */
  ties: boolean;
  /** How the p-value was found; null when there is no non-zero difference. */
  method: SignedRankMethod | null;
  /** z of the normal approximation (with continuity correction); null for the exact method. */
  z: number | null;
  /** Two-sided p-value; null when every difference is zero (nothing to test). */
  pValue: number | null;
  /** Matched-pairs rank-biserial correlation; null when n = 0. */
  rankBiserial: number | null;
}

export function signedRankTest(entry: readonly number[], exit: readonly number[]): SignedRankResult {
  if (entry.length !== exit.length) throw new Error('signedRankTest: entry and exit differ in length');
  const differences = entry.map((before, i) => Math.round((exit[i] - before) * 1e9) / 1e9);
  const nonZero = differences.filter((d) => d !== 0);
  const n = nonZero.length;
  const zeros = differences.length - n;
  const { ranks, tieGroups } = averageRanks(nonZero.map(Math.abs));

  let wPlus = 0;
  let wMinus = 0;
  nonZero.forEach((d, i) => {
    if (d > 0) wPlus += ranks[i];
    else wMinus += ranks[i];
  });
  const ties = tieGroups.length > 0;
  const base = { pairs: differences.length, zeros, n, wPlus, wMinus, ties };
  if (n === 0) return { ...base, method: null, z: null, pValue: null, rankBiserial: null };

  const rankBiserial = (wPlus - wMinus) / (wPlus + wMinus);
  if (n <= EXACT_MAX_N && !ties && zeros === 0) {
    const lowerTail = exactLowerTail(n, Math.min(wPlus, wMinus));
    return { ...base, method: 'exact', z: null, pValue: Math.min(1, 2 * lowerTail), rankBiserial };
  }

  const mean = (n * (n + 1)) / 4;
  const tieTerm = tieGroups.reduce((sum, t) => sum + (t * t * t - t), 0) / 48;
  const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieTerm);
  const deviation = wPlus - mean;
  const z = (deviation - 0.5 * Math.sign(deviation)) / sd;
  const pValue = Math.min(1, 2 * Math.min(normalCdf(z), normalCdf(-z)));
  return { ...base, method: 'normal', z, pValue, rankBiserial };
}

/** Ranks 1…n with ties averaged; `tieGroups` lists the sizes (> 1) of tied groups. */
export function averageRanks(values: readonly number[]): { ranks: number[]; tieGroups: number[] } {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  const tieGroups: number[] = [];
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].value === order[start].value) end++;
    const rank = (start + end + 2) / 2;
    for (let k = start; k <= end; k++) ranks[order[k].index] = rank;
    if (end > start) tieGroups.push(end - start + 1);
    start = end + 1;
  }
  return { ranks, tieGroups };
}

/**
 * Exact null distribution of W+ for n untied ranks: counts[s] = number of subsets of {1…n} whose
 * sum is s (each subset = the ranks carrying a plus sign). Counts stay below 2⁴⁹, exact in doubles.
 */
export function signedRankCounts(n: number): number[] {
  const max = (n * (n + 1)) / 2;
  const counts = new Array<number>(max + 1).fill(0);
  counts[0] = 1;
  for (let rank = 1; rank <= n; rank++) {
    for (let sum = (rank * (rank + 1)) / 2; sum >= rank; sum--) counts[sum] += counts[sum - rank];
  }
  return counts;
}

/** P(W+ ≤ w) under the null hypothesis, for n untied non-zero differences. */
export function exactLowerTail(n: number, w: number): number {
  const counts = signedRankCounts(n);
  let below = 0;
  for (let s = 0; s <= Math.floor(w) && s < counts.length; s++) below += counts[s];
  return below / 2 ** n;
}
