// Russian counted words for reasons, and the one order of IDs used everywhere.

/** plural(3, ['класс', 'класса', 'классов']) → «класса». */
export function plural(count: number, forms: readonly [string, string, string]): string {
  const n = Math.abs(count) % 100;
  const last = n % 10;
  if (n >= 11 && n <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

export function countOf(count: number, forms: readonly [string, string, string]): string {
  return `${count} ${plural(count, forms)}`;
}

export const MENTORS = ['наставник', 'наставника', 'наставников'] as const;
export const GRADES = ['класс', 'класса', 'классов'] as const;
export const YEARS = ['год', 'года', 'лет'] as const;

/** Compares IDs by code units: the same order everywhere, whatever the locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
