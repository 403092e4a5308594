import { normalizeText } from './normalize';

/** One allowed value: how it is shown in the sheet and other spellings a curator may use. */
export interface Term<T extends string> {
  value: T;
  label: string;
  aliases?: readonly string[];
}

export interface Vocabulary<T extends string> {
  readonly terms: readonly Term<T>[];
  /** The labels in catalogue order, for dropdown lists. */
  readonly labels: readonly string[];
  /** The value for a label, an alias or the value itself, or undefined when unknown. */
  resolve(text: string): T | undefined;
  labelOf(value: T): string;
}

export function createVocabulary<T extends string>(terms: readonly Term<T>[]): Vocabulary<T> {
  const byKey = new Map<string, T>();
  for (const term of terms) {
    for (const spelling of [term.value, term.label, ...(term.aliases ?? [])]) {
      const key = normalizeText(spelling);
      const known = byKey.get(key);
      if (known !== undefined && known !== term.value) {
        throw new Error(`Ambiguous spelling "${spelling}" for ${known} and ${term.value}`);
      }
      byKey.set(key, term.value);
    }
  }
  const labels = new Map<T, string>(terms.map((term) => [term.value, term.label]));
  return {
    terms,
    labels: terms.map((term) => term.label),
    resolve: (text) => byKey.get(normalizeText(text)),
    labelOf: (value) => labels.get(value) ?? value,
  };
}
