// The fast paths of normalizeText and splitList against the rules they stand for, written out
// step by step, on many random strings built from every character the rules treat specially.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../shared/catalogue';
import { splitList } from '../../shared/tables';
import { random } from '../../testkit/random';

const ruleByRule = (value: string): string =>
  value
    .replace(/[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t\r\n]/g, ' ')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u002D\u00AD\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[«»"“”„‟'`]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(/ ?([-/,.;:()]) ?/g, '$1')
    .replace(/\.+$/, '');

const itemsByRule = (text: string): string[] => {
  const items: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(/[;,\r\n]/)) {
    const item = part
      .replace(/[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t\r\n]/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim();
    const key = item.toLowerCase().replace(/ё/g, 'е');
    if (item && !seen.has(key)) {
      seen.add(key);
      items.push(item);
    }
  }
  return items;
};

const PIECES = [
  'а',
  'Б',
  'ё',
  'Ё',
  'e',
  'Z',
  '7',
  ' ',
  ' ',
  '  ',
  '-',
  '–',
  '—',
  '\u2212',
  '\u00AD',
  '\u00A0',
  '\u2009',
  '\t',
  '\n',
  '\r',
  '\u3000',
  '\uFEFF',
  '«',
  '»',
  '"',
  "'",
  '`',
  '/',
  ',',
  '.',
  ';',
  ':',
  '(',
  ')',
  'Σ',
  'İ',
  'У-0',
  'учитель',
];

function randomText(next: () => number): string {
  let text = '';
  const length = Math.floor(next() * 12);
  for (let k = 0; k < length; k++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe('normal forms', () => {
  it('normalizeText gives what its rules give, step by step, for any text', () => {
    const next = random(20261204);
    for (let k = 0; k < 30_000; k++) {
      const text = randomText(next);
      expect(normalizeText(text), JSON.stringify(text)).toBe(ruleByRule(text));
    }
  });

  it('splitList gives what its rules give for any cell text', () => {
    const next = random(7);
    for (let k = 0; k < 30_000; k++) {
      const text = randomText(next);
      expect(splitList(text), JSON.stringify(text)).toEqual(itemsByRule(text));
    }
  });
});
