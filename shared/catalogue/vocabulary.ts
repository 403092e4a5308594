import { describeLatinLetters, editDistance, lookAlikeKey } from './look-alike';
import { normalizeText } from './normalize';

/** One allowed value: how it is shown in the sheet and other spellings a curator may use. */
export interface Term<T extends string> {
  value: T;
  label: string;
  aliases?: readonly string[];
}

/** A value read from what a curator typed; `correction` says what was fixed (Latin look-alike letters). */
export interface TermMatch<T extends string> {
  value: T;
  /** Russian, e.g. «латинская «e» в «учитeль»»; absent when the text was a known spelling. */
  correction?: string;
}

export interface Vocabulary<T extends string> {
  readonly terms: readonly Term<T>[];
  /** The labels in catalogue order, for dropdown lists. */
  readonly labels: readonly string[];
  /**
   * The value for a label, an alias or the value itself, whatever the case, spaces, «ё»/«е»,
   * dashes or Latin look-alike letters; undefined when unknown.
   */
  resolve(text: string): T | undefined;
  /** Like `resolve`, and says when Latin look-alike letters had to be read as Cyrillic ones. */
  match(text: string): TermMatch<T> | undefined;
  /** The label closest to an unknown text when it is a near miss (a letter or two off), else undefined. */
  closest(text: string): string | undefined;
  labelOf(value: T): string;
}

export function createVocabulary<T extends string>(terms: readonly Term<T>[]): Vocabulary<T> {
  const byKey = new Map<string, T>();
  const byLookAlike = new Map<string, T>();
  const spellings: { key: string; value: T }[] = [];
  for (const term of terms) {
    for (const spelling of [term.value, term.label, ...(term.aliases ?? [])]) {
      const key = normalizeText(spelling);
      const known = byKey.get(key);
      if (known !== undefined && known !== term.value) {
        throw new Error(`Ambiguous spelling "${spelling}" for ${known} and ${term.value}`);
      }
      byKey.set(key, term.value);
      const twin = lookAlikeKey(spelling);
      const knownTwin = byLookAlike.get(twin);
      if (knownTwin !== undefined && knownTwin !== term.value) {
        throw new Error(`Look-alike spelling "${spelling}" for ${knownTwin} and ${term.value}`);
      }
      byLookAlike.set(twin, term.value);
      spellings.push({ key: twin, value: term.value });
    }
  }
  const labels = new Map<T, string>(terms.map((term) => [term.value, term.label]));
  const match = (text: string): TermMatch<T> | undefined => {
    const exact = byKey.get(normalizeText(text));
    if (exact !== undefined) return { value: exact };
    const twin = byLookAlike.get(lookAlikeKey(text));
    return twin === undefined ? undefined : { value: twin, correction: describeLatinLetters(text) };
  };
  return {
    terms,
    labels: terms.map((term) => term.label),
    resolve: (text) => match(text)?.value,
    match,
    closest: (text) => {
      const key = lookAlikeKey(text);
      if (key === '') return undefined;
      // A near miss: at most one edit in four letters, and never more than three.
      const limit = Math.min(3, Math.max(1, Math.floor(key.length / 4)));
      let best: { distance: number; value: T } | undefined;
      for (const spelling of spellings) {
        if (Math.abs(spelling.key.length - key.length) > limit) continue;
        const distance = editDistance(key, spelling.key);
        if (distance <= limit && (best === undefined || distance < best.distance)) best = { distance, value: spelling.value };
      }
      return best === undefined ? undefined : labels.get(best.value);
    },
    labelOf: (value) => labels.get(value) ?? value,
  };
}
