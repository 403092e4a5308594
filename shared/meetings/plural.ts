/** Russian noun form for a count: plural(3, ['пара', 'пары', 'пар']) → «пары». */
export function plural(count: number, forms: readonly [one: string, few: string, many: string]): string {
  const n = Math.abs(count) % 100;
  const last = n % 10;
  if (n >= 11 && n <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

/** «3 дня», «11 дней», «21 день». */
export function countOf(count: number, forms: readonly [one: string, few: string, many: string]): string {
  return `${count} ${plural(count, forms)}`;
}

export const DAYS_FORMS = ['день', 'дня', 'дней'] as const;
export const PAIRS_FORMS = ['пара', 'пары', 'пар'] as const;
export const MEETINGS_FORMS = ['встреча', 'встречи', 'встреч'] as const;
