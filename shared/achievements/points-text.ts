// Points in Russian: «12», «12,5 балла», decimal comma, no trailing zeros.
import { plural } from '../catalogue/plural';

export function numberRu(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

/** «1 балл», «2,5 балла», «12 баллов» (a fraction takes «балла»). */
export function pointsRu(value: number): string {
  const words = ['балл', 'балла', 'баллов'] as const;
  const word = Number.isInteger(value) ? plural(value, words) : words[1];
  return `${numberRu(value)} ${word}`;
}
