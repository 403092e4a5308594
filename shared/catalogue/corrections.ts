// What a curator's spelling of a closed-list value differs in from the valid spelling it was read
// as: «Учитель-Ученик» for «учитель – ученик» is «регистр букв, пробелы, тире/дефис». Each kind of
// difference is a transform that evens it out; a kind is named when evening out every other kind
// still leaves the two texts apart.
import { cyrillicTwins, describeLatinLetters } from './look-alike';
import { DASHES, ODD_SPACES, QUOTES } from './normalize';

type Even = (text: string) => string;

/** Spaces that carry no meaning: odd ones, runs, at the ends, next to signs and dashes. */
const SPACES_AROUND = / ?([-/,.;:()\u00AD\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]) ?/g;
const evenSpaces: Even = (text) =>
  text.replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim().replace(SPACES_AROUND, '$1');
const evenCase: Even = (text) => text.toLowerCase();
const evenYo: Even = (text) => text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
const evenDashes: Even = (text) => text.replace(DASHES, '-');
const evenQuotes: Even = (text) => text.replace(QUOTES, '');
const evenFinalDots: Even = (text) => text.replace(/\.+(\s*)$/, '$1');

const KINDS: readonly { name: string; even: Even }[] = [
  { name: 'latin', even: cyrillicTwins },
  { name: 'регистр букв', even: evenCase },
  { name: 'пробелы', even: evenSpaces },
  { name: '«ё»/«е»', even: evenYo },
  { name: 'тире/дефис', even: evenDashes },
  { name: 'кавычки', even: evenQuotes },
  { name: 'точка в конце', even: evenFinalDots },
];

function evenAllBut(text: string, skipped: number): string {
  let result = text;
  KINDS.forEach((kind, index) => {
    if (index !== skipped) result = kind.even(result);
  });
  return result;
}

/**
 * Russian: the kinds of difference between `typed` and the valid `spelling` it was read as,
 * e.g. «латинская «e» в «учитeль»», «регистр букв», «пробелы, тире/дефис»; '' when they are equal.
 */
export function describeCorrection(typed: string, spelling: string): string {
  if (typed === spelling) return '';
  const kinds: string[] = [];
  KINDS.forEach((kind, index) => {
    if (evenAllBut(typed, index) === evenAllBut(spelling, index)) return;
    kinds.push(kind.name === 'latin' ? describeLatinLetters(typed) : kind.name);
  });
  return kinds.length > 0 ? kinds.join(', ') : 'написание';
}
