import { describe, expect, it } from 'vitest';
import { countOf, plural } from '../../shared/catalogue';

const PAIRS = ['пара', 'пары', 'пар'] as const;

describe('Russian number agreement', () => {
  it.each([
    [0, 'пар'],
    [1, 'пара'],
    [2, 'пары'],
    [4, 'пары'],
    [5, 'пар'],
    [11, 'пар'],
    [12, 'пар'],
    [14, 'пар'],
    [21, 'пара'],
    [22, 'пары'],
    [111, 'пар'],
    [1001, 'пара'],
  ])('%i → %s', (n, word) => {
    expect(plural(n, PAIRS)).toBe(word);
  });

  it('writes the count with its noun', () => {
    expect(countOf(23, ['день', 'дня', 'дней'])).toBe('23 дня');
  });
});
