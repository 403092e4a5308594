// Numbers as Russian readers expect them: a decimal comma, a thin gap in thousands is not used
// (the values stay copyable), small p-values as «< 0,001».

/** `4.7` → «4,7»; integers as they are; at most `digits` decimals, trailing zeros dropped. */
export function formatNumberRu(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', ',');
}

/** A p-value: «0,034», «< 0,001» below a thousandth (never a bare «0»). */
export function formatPValue(p: number): string {
  if (!Number.isFinite(p)) return '';
  return p < 0.001 ? '< 0,001' : formatNumberRu(p, 3);
}

/** A percentage with one decimal: «4,7 %». */
export function formatPercentRu(value: number): string {
  return `${formatNumberRu(value, 1)} %`;
}
