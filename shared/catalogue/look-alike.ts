// Latin letters that look like Cyrillic ones on screen: «учитeль» with a Latin «e» or «H016» with a
// Latin «H» read the same to a curator but not to a computer. A «look-alike key» maps both
// alphabets to one form, so such values can be recognised, corrected and named.
import { normalizeText } from './normalize';

/** Lower-case Latin letter → the Cyrillic letter it passes for (upper-case forms included: B/В, H/Н, M/М, T/Т). */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};
const LATIN_LOOK_ALIKE = /[abcehkmoptxy]/g;
const LATIN = /[a-z]/i;
const CYRILLIC = /[а-яё]/i;

/** Every Latin look-alike letter turned into its Cyrillic twin, keeping the case: «Oбучающийся» → «Обучающийся». */
export function cyrillicTwins(value: string): string {
  return value.replace(/[abcehkmoptxyABCEHKMOPTXY]/g, (letter) => {
    const twin = LATIN_TO_CYRILLIC[letter.toLowerCase()];
    return letter === letter.toLowerCase() ? twin : twin.toUpperCase();
  });
}

/** normalizeText with every Latin look-alike letter turned into its Cyrillic twin. */
export function lookAlikeKey(value: string): string {
  return normalizeText(value).replace(LATIN_LOOK_ALIKE, (letter) => LATIN_TO_CYRILLIC[letter]);
}

/** True when a letter is a Latin letter that passes for a Cyrillic one. */
function isLatinLookAlike(letter: string): boolean {
  return LATIN_TO_CYRILLIC[letter.toLowerCase()] !== undefined && LATIN.test(letter);
}

/** Words (split by spaces, dashes and list signs) that mix Latin and Cyrillic letters. */
export function mixedScriptWords(value: string): string[] {
  // Most IDs and names have no Latin letter at all: one test instead of splitting.
  if (!LATIN.test(value)) return [];
  return value.split(/[\s\-‐‑‒–—―−,;/()«»"]+/).filter((word) => LATIN.test(word) && CYRILLIC.test(word));
}

/** The Latin look-alike letters of a text, each once, in order. */
export function latinLetters(value: string): string[] {
  const letters: string[] = [];
  for (const letter of value) if (isLatinLookAlike(letter) && !letters.includes(letter)) letters.push(letter);
  return letters;
}

/**
 * «латинская «e» в «учитeль»», «латинские «a», «o» в «дa», «Oбучающийся»»: where the Latin
 * look-alikes are. Words that mix the alphabets are named; otherwise the whole value.
 */
export function describeLatinLetters(value: string): string {
  const mixed = mixedScriptWords(value);
  const where = mixed.length > 0 ? mixed : [value];
  const letters = latinLetters(where.join(' '));
  const list = letters.map((letter) => `«${letter}»`).join(', ');
  const noun = letters.length === 1 ? 'латинская' : 'латинские';
  return `${noun} ${list} в ${where.map((word) => `«${word}»`).join(', ')}`;
}

/** Edit distance (insertions, deletions, substitutions), for «возможно, …» hints on short values. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
