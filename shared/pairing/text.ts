// Russian counted words for reasons, and the one order of IDs used everywhere.

export { plural, countOf } from '../catalogue/plural';

export const MENTORS = ['наставник', 'наставника', 'наставников'] as const;
export const GRADES = ['класс', 'класса', 'классов'] as const;
export const YEARS = ['год', 'года', 'лет'] as const;

/** Compares IDs by code units: the same order everywhere, whatever the locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
