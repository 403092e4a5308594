import { describe, expect, it } from 'vitest';
import { averageRanks, exactLowerTail, signedRankCounts, signedRankTest } from '../../shared/monitoring';

describe('Wilcoxon signed-rank test: exact distribution', () => {
  it('counts sign patterns exactly as brute-force enumeration does (n = 1…12)', () => {
    for (let n = 1; n <= 12; n++) {
      const brute = new Array<number>((n * (n + 1)) / 2 + 1).fill(0);
      for (let mask = 0; mask < 2 ** n; mask++) {
        let sum = 0;
        for (let rank = 1; rank <= n; rank++) if (mask & (1 << (rank - 1))) sum += rank;
        brute[sum] += 1;
      }
      expect(signedRankCounts(n)).toEqual(brute);
    }
  });

  it('reproduces the published two-sided 5 % critical values (n = 8, 10, 15, 20, 25)', () => {
    // Critical T of the usual table: 2·P(W ≤ T) ≤ 0,05 < 2·P(W ≤ T + 1).
    for (const [n, critical] of [
      [8, 3],
      [10, 8],
      [15, 25],
      [20, 52],
      [25, 89],
    ]) {
      expect(2 * exactLowerTail(n, critical)).toBeLessThanOrEqual(0.05);
      expect(2 * exactLowerTail(n, critical + 1)).toBeGreaterThan(0.05);
    }
    // n = 8: sums ≤ 3 are {}, {1}, {2}, {3}, {1,2} → 5 of 2⁸ = 256.
    expect(exactLowerTail(8, 3)).toBe(5 / 256);
  });
});

describe('Wilcoxon signed-rank test', () => {
  it('small sample without ties: exact p-value computed by hand', () => {
    // entry  4   5   3   6    5   2
    // exit   6   8   4   5.5  9   8
    // d     +2  +3  +1  −0.5 +4  +6   (no zero, all |d| different → exact method)
    // rank   3   4   2   1    5   6
    // W+ = 3 + 4 + 2 + 5 + 6 = 20, W− = 1, n = 6, 2⁶ = 64 sign patterns.
    // P(W ≤ 1) = #{ {}, {1} } / 64 = 2/64 = 0,03125 → two-sided p = 0,0625.
    // Rank-biserial r = (20 − 1) / 21 = 0,904762.
    const result = signedRankTest([4, 5, 3, 6, 5, 2], [6, 8, 4, 5.5, 9, 8]);
    expect(result).toEqual({
      pairs: 6,
      zeros: 0,
      n: 6,
      wPlus: 20,
      wMinus: 1,
      ties: false,
      method: 'exact',
      z: null,
      pValue: 0.0625,
      rankBiserial: 19 / 21,
    });
  });

  it('zeros and ties: normal approximation computed by hand', () => {
    // entry  5  6  4  7  5  6  3  8
    // exit   7  6  6  6  8  8  5  8
    // d     +2  0 +2 −1 +3 +2 +2  0   → two zeros dropped (Wilcoxon's convention), n = 6
    // |d| sorted: 1 | 2 2 2 2 | 3 → ranks 1 | 3,5 3,5 3,5 3,5 | 6 (one tie group of t = 4)
    // W+ = 4·3,5 + 6 = 20, W− = 1.
    // mean = n(n+1)/4 = 10,5; variance = n(n+1)(2n+1)/24 − (t³ − t)/48 = 546/24 − 60/48 = 22,75 − 1,25 = 21,5
    // z = (20 − 10,5 − 0,5) / √21,5 = 9 / 4,636809 = 1,940990
    // p = 2·(1 − Φ(1,940990)) = 2·0,0261298 = 0,052260 (table: Φ(1,94) = 0,97381)
    const result = signedRankTest([5, 6, 4, 7, 5, 6, 3, 8], [7, 6, 6, 6, 8, 8, 5, 8]);
    expect(result).toMatchObject({ pairs: 8, zeros: 2, n: 6, wPlus: 20, wMinus: 1, ties: true, method: 'normal' });
    expect(result.z).toBeCloseTo(9 / Math.sqrt(21.5), 12);
    expect(result.z).toBeCloseTo(1.94099, 5);
    expect(result.pValue).toBeCloseTo(0.05226, 5);
    expect(result.rankBiserial).toBeCloseTo(19 / 21, 12);
  });

  it('textbook example: Hollander & Wolfe, Hamilton depression scale (R wilcox.test example)', () => {
    // x = first visit, y = second visit; R: wilcox.test(x, y, paired = TRUE, alternative = "greater")
    // gives V = 40, p = 0,01953. Here entry = x, exit = y, so W+ = 5, W− = 40 and the two-sided
    // exact p = 2·P(W ≤ 5) = 2·10/512 = 0,0390625 (sums ≤ 5 of {1…9}: {}, 1, 2, 3, 12, 4, 13, 5, 14, 23).
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const result = signedRankTest(x, y);
    expect(result).toMatchObject({ n: 9, wPlus: 5, wMinus: 40, method: 'exact', pValue: 0.0390625 });
    expect(result.rankBiserial).toBeCloseTo(-35 / 45, 12);
  });

  it('uses the normal approximation from 50 differences on', () => {
    // d = 1…50 with d = 3, 10, 31 negative: W− = 44, W+ = 1275 − 44 = 1231.
    // mean = 50·51/4 = 637,5; sd = √(50·51·101/24) = √10731,25 = 103,592; z = (1231 − 637,5 − 0,5)/103,592 = 5,72439
    // p = 2·Q(5,72439) = 1,03803e-8 (SciPy 1.17 wilcoxon(d, method="approx", correction=True) gives 1,0380343908e-8).
    const exit = Array.from({ length: 50 }, (_, i) => ([3, 10, 31].includes(i + 1) ? -(i + 1) : i + 1));
    const result = signedRankTest(new Array(50).fill(0), exit);
    expect(result).toMatchObject({ n: 50, wPlus: 1231, wMinus: 44, ties: false, method: 'normal' });
    expect(result.z).toBeCloseTo(5.724394, 6);
    expect(result.pValue! / 1.0380343908492498e-8).toBeCloseTo(1, 9);
  });

  it('treats float noise in differences of means as a tie', () => {
    // 7,3 − 7,2 and 0,3 − 0,2 differ in the 17th digit in binary floating point.
    const result = signedRankTest([7.2, 0.2, 1], [7.3, 0.3, 3]);
    expect(result.ties).toBe(true);
    expect(result.wPlus).toBe(6);
    expect(result.method).toBe('normal');
  });

  it('has nothing to test when every difference is zero', () => {
    expect(signedRankTest([5, 6], [5, 6])).toEqual({
      pairs: 2,
      zeros: 2,
      n: 0,
      wPlus: 0,
      wMinus: 0,
      ties: false,
      method: null,
      z: null,
      pValue: null,
      rankBiserial: null,
    });
  });

  it('gives p = 1 for a perfectly balanced sample and caps at 1', () => {
    // d = +1, −1, +2, −2: tied ranks 1,5 1,5 3,5 3,5 → W+ = W− = 5 = mean, z = 0, p = 2·0,5 = 1.
    const balanced = signedRankTest([0, 0, 0, 0], [1, -1, 2, -2]);
    expect(balanced.method).toBe('normal');
    expect(balanced.pValue).toBe(1);
    const exact = signedRankTest([0, 0, 0], [1, -2, 3]);
    expect(exact.wPlus).toBe(4);
    expect(exact.wMinus).toBe(2);
    // P(W ≤ 2) = #{ {}, {1}, {2} } / 8 = 3/8 → p = 0,75.
    expect(exact.pValue).toBe(0.75);
  });

  it('averages tied ranks', () => {
    expect(averageRanks([10, 20, 10, 30, 20, 20])).toEqual({ ranks: [1.5, 4, 1.5, 6, 4, 4], tieGroups: [2, 3] });
  });
});
