// The standard normal distribution, accurate to about 1e-15 relative in the tails that p-values use.
// |x| < 3: Marsaglia's series Φ(x) = ½ + φ(x)·Σ x^(2k+1)/(1·3·…·(2k+1)) (J. Stat. Softw. 11(4), 2004);
// |x| ≥ 3: Laplace's continued fraction Q(x) = φ(x)/(x + 1/(x + 2/(x + 3/(x + …)))).

const INV_SQRT_2PI = 0.3989422804014327;

export function normalDensity(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/** Φ(x) = P(Z ≤ x). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  return x >= 0 ? 1 - upperTail(x) : upperTail(-x);
}

/** Q(x) = P(Z > x) for x ≥ 0, computed directly so small tails keep their precision. */
function upperTail(x: number): number {
  if (x === Infinity) return 0;
  if (x < 3) {
    let term = x;
    let sum = x;
    for (let k = 1; Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
      term *= (x * x) / (2 * k + 1);
      sum += term;
    }
    return 0.5 - normalDensity(x) * sum;
  }
  // Backward evaluation; 200 levels reach full double precision from x = 3 upwards.
  let fraction = x;
  for (let k = 200; k >= 1; k--) fraction = x + k / fraction;
  return normalDensity(x) / fraction;
}
