import { describeCorrection } from './corrections';
import { editDistance, lookAlikeKey } from './look-alike';
import { normalizeText } from './normalize';

/** One allowed value: how it is shown in the sheet and other spellings a curator may use. */
export interface Term<T extends string> {
  value: T;
  label: string;
  aliases?: readonly string[];
}

/** A value read from what a curator typed; `correction` says what was fixed to read it. */
export interface TermMatch<T extends string> {
  value: T;
  /**
   * Russian, e.g. «латинская «e» в «учитeль»» or «регистр букв, тире/дефис»; absent when the text
   * is exactly a valid spelling (the value, its label or an alias).
   */
  correction?: string;
}

/** Distinct texts remembered per vocabulary: a sheet repeats the same few values thousands of times. */
const MEMO_LIMIT = 4096;

export interface Vocabulary<T extends string> {
  readonly terms: readonly Term<T>[];
  /** The labels in catalogue order, for dropdown lists. */
  readonly labels: readonly string[];
  /**
   * The value for a label, an alias or the value itself, whatever the case, spaces, «ё»/«е»,
   * dashes or Latin look-alike letters; undefined when unknown.
   */
  resolve(text: string): T | undefined;
  /** Like `resolve`, and says what had to be corrected (case, spaces, «ё», dashes, Latin look-alikes). */
  match(text: string): TermMatch<T> | undefined;
  /** The label closest to an unknown text when it is a near miss (a letter or two off), else undefined. */
  closest(text: string): string | undefined;
  labelOf(value: T): string;
}

export function createVocabulary<T extends string>(terms: readonly Term<T>[]): Vocabulary<T> {
  const byKey = new Map<string, T>();
  const byLookAlike = new Map<string, T>();
  const exactly = new Map<string, T>();
  // The spelling a normal form (or a look-alike key) stands for: what a correction is measured against.
  const spellingOfKey = new Map<string, string>();
  const spellingOfTwin = new Map<string, string>();
  const spellings: { key: string; value: T }[] = [];
  for (const term of terms) {
    spellingOfKey.set(normalizeText(term.label), term.label);
    spellingOfTwin.set(lookAlikeKey(term.label), term.label);
  }
  for (const term of terms) {
    for (const spelling of [term.value, term.label, ...(term.aliases ?? [])]) {
      exactly.set(spelling, term.value);
      const key = normalizeText(spelling);
      if (!spellingOfKey.has(key)) spellingOfKey.set(key, spelling);
      if (!spellingOfTwin.has(lookAlikeKey(spelling))) spellingOfTwin.set(lookAlikeKey(spelling), spelling);
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
  const read = (text: string): TermMatch<T> | undefined => {
    const exact = exactly.get(text);
    if (exact !== undefined) return { value: exact };
    const key = normalizeText(text);
    const known = byKey.get(key);
    if (known !== undefined)
      return { value: known, correction: describeCorrection(text, spellingOfKey.get(key) ?? text) };
    const twinKey = lookAlikeKey(text);
    const twin = byLookAlike.get(twinKey);
    return twin === undefined
      ? undefined
      : { value: twin, correction: describeCorrection(text, spellingOfTwin.get(twinKey) ?? text) };
  };
  const memo = new Map<string, TermMatch<T> | undefined>();
  const match = (text: string): TermMatch<T> | undefined => {
    if (memo.has(text)) {
      const found = memo.get(text);
      return found && { ...found };
    }
    const found = read(text);
    if (memo.size < MEMO_LIMIT) memo.set(text, found);
    return found && { ...found };
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
        if (distance <= limit && (best === undefined || distance < best.distance))
          best = { distance, value: spelling.value };
      }
      return best === undefined ? undefined : labels.get(best.value);
    },
    labelOf: (value) => labels.get(value) ?? value,
  };
}
