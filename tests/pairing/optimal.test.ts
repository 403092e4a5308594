import { describe, expect, it } from 'vitest';
import { feasiblePairs, greedyPairs, matchPairs, type PairingOptions, type PairingResult } from '../../shared/pairing';
import type { Mentee, Mentor } from '../../shared/registry/types';
import { bruteForce } from './brute-force';
import { random, smallInstance } from './fixtures';

/** Places each mentor has for new pairs: capacity minus pinned pairs. */
function places(mentors: Mentor[], options: PairingOptions): Map<string, number> {
  const left = new Map(mentors.map((one) => [one.id, one.capacity]));
  for (const pin of options.pinned ?? []) left.set(pin.mentorId, (left.get(pin.mentorId) ?? 0) - 1);
  return left;
}

/** The result is a valid assignment: feasible pairs with their scores, capacities, pins kept, totals consistent. */
function expectValid(result: PairingResult, mentors: Mentor[], mentees: Mentee[], options: PairingOptions): void {
  const feasible = new Map(
    feasiblePairs(mentors, mentees, options).map((pair) => [`${pair.mentorId}|${pair.menteeId}`, pair.score]),
  );
  const pinned = new Set((options.pinned ?? []).map((pin) => `${pin.mentorId}|${pin.menteeId}`));
  const seen = new Set<string>();
  const load = new Map<string, number>();
  for (const pair of result.pairs) {
    const key = `${pair.mentorId}|${pair.menteeId}`;
    expect(seen.has(pair.menteeId), `${pair.menteeId} twice`).toBe(false);
    seen.add(pair.menteeId);
    load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
    expect(pair.pinned).toBe(pinned.has(key));
    if (!pair.pinned) expect(pair.score).toBe(feasible.get(key));
    expect(pair.reasons.length).toBeGreaterThan(0);
  }
  for (const key of pinned) expect(result.pairs.some((pair) => `${pair.mentorId}|${pair.menteeId}` === key)).toBe(true);
  for (const one of mentors) expect(load.get(one.id) ?? 0).toBeLessThanOrEqual(one.capacity);
  expect(result.matched).toBe(result.pairs.length);
  expect(result.totalScore).toBe(result.pairs.reduce((sum, pair) => sum + pair.score, 0));
  const waiting = mentees.filter((one) => (one.status === 'ожидает' || one.status === 'без пары') && !seen.has(one.id));
  expect(result.unmatched.map((entry) => entry.menteeId).sort()).toEqual(waiting.map((one) => one.id).sort());
}

function expectOptimal(mentors: Mentor[], mentees: Mentee[], options: PairingOptions, label: string): PairingResult {
  const result = matchPairs(mentors, mentees, options);
  expectValid(result, mentors, mentees, options);
  const best = bruteForce(feasiblePairs(mentors, mentees, options), places(mentors, options));
  const pinnedPairs = result.pairs.filter((pair) => pair.pinned);
  const pinnedScore = pinnedPairs.reduce((sum, pair) => sum + pair.score, 0);
  expect({ matched: result.matched - pinnedPairs.length, totalScore: result.totalScore - pinnedScore }, label).toEqual(
    best,
  );
  return result;
}

const size = (seed: number): [number, number] => [2 + (seed % 4), 3 + (seed % 6)];

describe('matchPairs finds the optimum of the CLI (brute force on small instances)', () => {
  it('plain instances: capacities 1–3, two forms, grades, tags, preferences', () => {
    let greedyWorse = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { mentors, mentees } = smallInstance(seed, ...size(seed));
      const exact = expectOptimal(mentors, mentees, {}, `seed ${seed}`);
      const greedy = greedyPairs(mentors, mentees);
      if (greedy.matched < exact.matched || greedy.totalScore < exact.totalScore) greedyWorse++;
    }
    // The instances are not trivial: a greedy choice misses the optimum in many of them.
    expect(greedyWorse).toBeGreaterThan(30);
  });

  it('with pinned pairs using capacity', () => {
    for (let seed = 301; seed <= 500; seed++) {
      const { mentors, mentees } = smallInstance(seed, ...size(seed));
      const rnd = random(seed);
      const mentor = mentors[Math.floor(rnd() * mentors.length)];
      const pinned = mentees
        .slice(0, Math.min(mentor.capacity, 2))
        .map((one) => ({ mentorId: mentor.id, menteeId: one.id }));
      expectOptimal(mentors, mentees, { pinned }, `seed ${seed}`);
    }
  });

  it('with «не объединять» pairs', () => {
    for (let seed = 501; seed <= 700; seed++) {
      const { mentors, mentees } = smallInstance(seed, ...size(seed));
      const rnd = random(seed);
      const doNotPair = Array.from({ length: 3 }, () => ({
        mentorId: mentors[Math.floor(rnd() * mentors.length)].id,
        menteeId: mentees[Math.floor(rnd() * mentees.length)].id,
      }));
      expectOptimal(mentors, mentees, { doNotPair }, `seed ${seed}`);
    }
  });

  it('with a minimum compatibility and changed weights', () => {
    for (let seed = 701; seed <= 900; seed++) {
      const { mentors, mentees } = smallInstance(seed, ...size(seed));
      const rnd = random(seed);
      const options: PairingOptions = {
        minScore: 20 + Math.floor(rnd() * 40),
        weights: { interests: Math.floor(rnd() * 40), preference: Math.floor(rnd() * 60) },
      };
      expectOptimal(mentors, mentees, options, `seed ${seed}`);
    }
  });

  it('with ties everywhere (no data to compare, every score equal)', () => {
    for (let seed = 901; seed <= 1000; seed++) {
      const { mentors, mentees } = smallInstance(seed, ...size(seed));
      const bare = mentees.map((one) => ({
        ...one,
        requests: [],
        interests: [],
        days: [],
        format: undefined,
        preferredMentor: undefined,
      }));
      const quiet = mentors.map((one) => ({ ...one, preferredMentees: [] }));
      const result = expectOptimal(quiet, bare, { weights: { distance: 0 } }, `seed ${seed}`);
      for (const pair of result.pairs) expect(pair.score).toBe(0);
    }
  });
});
