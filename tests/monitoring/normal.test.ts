import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../shared/monitoring';

// Reference values of Φ from standard tables (Abramowitz & Stegun, table 26.1) and the well-known quantiles.
const KNOWN: Array<[x: number, phi: number]> = [
  [0, 0.5],
  [1, 0.8413447460685429],
  [-1, 0.15865525393145707],
  [1.959963984540054, 0.975],
  [-2.5758293035489004, 0.005],
  [-3, 0.0013498980316300933],
  [-5, 2.866515718791939e-7],
  [-10, 7.61985302416047e-24],
];

describe('standard normal distribution', () => {
  it.each(KNOWN)('Φ(%d) matches the table value', (x, phi) => {
    expect(Math.abs(normalCdf(x) - phi) / phi).toBeLessThan(1e-12);
  });

  it('is symmetric and monotone across the switch between series and continued fraction', () => {
    for (const x of [0.1, 1.5, 2.9999, 3, 3.0001, 6]) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
    expect(normalCdf(-3.0001)).toBeLessThan(normalCdf(-3));
    expect(normalCdf(-3)).toBeLessThan(normalCdf(-2.9999));
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
  });
});
