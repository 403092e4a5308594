// Invented ИНН for the demo's partner enterprises; the check digits come from the shared validator.
import { isValidInn } from '../../../shared/report';
import type { Random } from './random';

function completeWithCheckDigits(body: string, checkDigits: number): string {
  for (let tail = 0; tail < 10 ** checkDigits; tail++) {
    const inn = body + String(tail).padStart(checkDigits, '0');
    if (isValidInn(inn)) return inn;
  }
  throw new Error(`no check digits complete ${body}`);
}

/** A 10-digit legal-entity ИНН registered at the tax office `office` (4 digits). */
export function legalEntityInn(office: string, random: Random): string {
  return completeWithCheckDigits(office + String(random.int(0, 99999)).padStart(5, '0'), 1);
}

/** A 12-digit individual entrepreneur's ИНН registered at the tax office `office`. */
export function entrepreneurInn(office: string, random: Random): string {
  return completeWithCheckDigits(office + String(random.int(0, 999999)).padStart(6, '0'), 2);
}
