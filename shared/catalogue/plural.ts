// Russian number agreement, used wherever a count is written for people.

export type NounForms = readonly [one: string, few: string, many: string];

/** plural(3, ['пара', 'пары', 'пар']) → «пары». */
export function plural(count: number, forms: NounForms): string {
  const n = Math.abs(count) % 100;
  const last = n % 10;
  if (n >= 11 && n <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

/** «3 дня», «11 дней», «21 день». */
export function countOf(count: number, forms: NounForms): string {
  return `${count} ${plural(count, forms)}`;
}
