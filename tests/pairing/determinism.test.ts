// The same input gives the same pairs, whatever the order of the rows.
import { describe, expect, it } from 'vitest';
import { feasiblePairs, matchPairs } from '../../shared/pairing';
import { mentee, mentor, random, smallInstance } from './fixtures';

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rnd = random(seed);
  const copy = [...items];
  for (let k = copy.length - 1; k > 0; k--) {
    const other = Math.floor(rnd() * (k + 1));
    [copy[k], copy[other]] = [copy[other], copy[k]];
  }
  return copy;
}

describe('determinism', () => {
  it('repeated runs and shuffled rows give identical results', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { mentors, mentees } = smallInstance(seed, 15, 60);
      const options = { doNotPair: [{ mentorId: 'M2', menteeId: 'E3' }], minScore: 10 };
      const first = JSON.stringify(matchPairs(mentors, mentees, options));
      expect(JSON.stringify(matchPairs(mentors, mentees, options))).toBe(first);
      expect(JSON.stringify(matchPairs(shuffled(mentors, seed), shuffled(mentees, seed + 1), options))).toBe(first);
      expect(feasiblePairs(shuffled(mentors, seed + 2), mentees, options)).toEqual(
        feasiblePairs(mentors, mentees, options),
      );
    }
  });

  it('breaks ties by ID order', () => {
    const twins = [mentor('M2'), mentor('M1')];
    const result = matchPairs(twins, [mentee('E1')]);
    expect(result.pairs.map((pair) => pair.mentorId)).toEqual(['M1']);
    expect(matchPairs(twins, [mentee('E2'), mentee('E1')]).pairs.map((pair) => pair.menteeId)).toEqual(['E1', 'E2']);
  });

  it('lists pairs and feasible pairs by mentor ID, then mentee ID, and unmatched mentees by ID', () => {
    const { mentors, mentees } = smallInstance(7, 8, 40);
    const result = matchPairs(mentors, mentees);
    const keys = result.pairs.map((pair) => [pair.mentorId, pair.menteeId].join(' '));
    expect(keys).toEqual([...keys].sort());
    const ids = result.unmatched.map((entry) => entry.menteeId);
    expect(ids).toEqual([...ids].sort());
    const feasible = feasiblePairs(mentors, mentees).map((pair) => [pair.mentorId, pair.menteeId].join(' '));
    expect(feasible.length).toBeGreaterThan(keys.length);
    expect(feasible).toEqual([...feasible].sort());
  });
});
