import { describe, expect, it } from 'vitest';
import { solveAssignment } from '../../shared/pairing/flow';
import { random } from './fixtures';

interface Problem {
  menteeCount: number;
  mentorCount: number;
  start: Int32Array;
  mentor: Int32Array;
  cost: Uint8Array;
  capacity: Int32Array;
}

function randomProblem(seed: number, costs: (rnd: () => number) => number): Problem {
  const rnd = random(seed);
  const menteeCount = 1 + Math.floor(rnd() * 7);
  const mentorCount = 1 + Math.floor(rnd() * 4);
  const density = 0.3 + rnd() * 0.7;
  const start = new Int32Array(menteeCount + 1);
  const mentor: number[] = [];
  const cost: number[] = [];
  for (let i = 0; i < menteeCount; i++) {
    for (let j = 0; j < mentorCount; j++) {
      if (rnd() < density) {
        mentor.push(j);
        cost.push(costs(rnd));
      }
    }
    start[i + 1] = mentor.length;
  }
  const capacity = Int32Array.from({ length: mentorCount }, () => 1 + Math.floor(rnd() * 3));
  return { menteeCount, mentorCount, start, mentor: Int32Array.from(mentor), cost: Uint8Array.from(cost), capacity };
}

/** Most assigned mentees, then least total cost, by enumeration. */
function enumerate(problem: Problem): { matched: number; cost: number } {
  const left = Array.from(problem.capacity);
  let best = { matched: 0, cost: 0 };
  const visit = (i: number, matched: number, cost: number): void => {
    if (i === problem.menteeCount) {
      if (matched > best.matched || (matched === best.matched && cost < best.cost)) best = { matched, cost };
      return;
    }
    visit(i + 1, matched, cost);
    for (let e = problem.start[i]; e < problem.start[i + 1]; e++) {
      const j = problem.mentor[e];
      if (left[j] === 0) continue;
      left[j]--;
      visit(i + 1, matched + 1, cost + problem.cost[e]);
      left[j]++;
    }
  };
  visit(0, 0, 0);
  return best;
}

function solve(problem: Problem): { matched: number; cost: number } {
  const arcOf = solveAssignment(problem);
  const load = new Array(problem.mentorCount).fill(0);
  let matched = 0;
  let cost = 0;
  arcOf.forEach((e, i) => {
    if (e < 0) return;
    expect(e).toBeGreaterThanOrEqual(problem.start[i]);
    expect(e).toBeLessThan(problem.start[i + 1]);
    load[problem.mentor[e]]++;
    matched++;
    cost += problem.cost[e];
  });
  load.forEach((used, j) => expect(used).toBeLessThanOrEqual(problem.capacity[j]));
  return { matched, cost };
}

describe('min-cost maximum flow assignment', () => {
  it('matches enumeration on 600 random instances with costs 0–100', () => {
    for (let seed = 1; seed <= 600; seed++) {
      const problem = randomProblem(seed, (rnd) => Math.floor(rnd() * 101));
      expect(solve(problem), `seed ${seed}`).toEqual(enumerate(problem));
    }
  });

  it('matches enumeration on 600 random instances full of ties (costs 0, 50, 100)', () => {
    for (let seed = 1001; seed <= 1600; seed++) {
      const problem = randomProblem(seed, (rnd) => 50 * Math.floor(rnd() * 3));
      expect(solve(problem), `seed ${seed}`).toEqual(enumerate(problem));
    }
  });

  it('prefers one more pair to a higher total score', () => {
    // Mentee 0 fits mentor 0 (cost 0) and mentor 1 (cost 100); mentee 1 fits only mentor 0.
    const problem: Problem = {
      menteeCount: 2,
      mentorCount: 2,
      start: Int32Array.from([0, 2, 3]),
      mentor: Int32Array.from([0, 1, 0]),
      cost: Uint8Array.from([0, 100, 50]),
      capacity: Int32Array.from([1, 1]),
    };
    expect(Array.from(solveAssignment(problem))).toEqual([1, 2]);
  });

  it('gives a place to the better mentee when only one can have it', () => {
    const problem: Problem = {
      menteeCount: 2,
      mentorCount: 1,
      start: Int32Array.from([0, 1, 2]),
      mentor: Int32Array.from([0, 0]),
      cost: Uint8Array.from([40, 10]),
      capacity: Int32Array.from([1]),
    };
    expect(Array.from(solveAssignment(problem))).toEqual([-1, 1]);
  });
});
