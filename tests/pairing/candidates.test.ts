import { describe, expect, it } from 'vitest';
import { realisticInput } from '../../bench/pairing';
import { buildCandidates } from '../../shared/pairing/candidates';
import { buildModel } from '../../shared/pairing/model';
import { GRADE_OK, gradeRule, isForbidden, isSelf } from '../../shared/pairing/rules';
import { scorePair } from '../../shared/pairing/score';
import type { PairingOptions } from '../../shared/pairing';
import type { Mentee, Mentor } from '../../shared/registry/types';
import { smallInstance } from './fixtures';

/** The arcs as the rules and scorePair give them, one pair at a time: `mentee:mentor` → score. */
function expectedArcs(mentors: Mentor[], mentees: Mentee[], options: PairingOptions): Map<string, number> {
  const model = buildModel(mentors, mentees, options);
  const arcs = new Map<string, number>();
  for (const mentee of model.active) {
    if (!model.mentees[mentee].consent) continue;
    for (const mentor of model.mentorsByForm[model.menteeForm[mentee]]) {
      if (
        gradeRule(model, mentor, mentee) !== GRADE_OK ||
        isSelf(model, mentor, mentee) ||
        isForbidden(model, mentor, mentee)
      )
        continue;
      const score = scorePair(model, mentor, mentee);
      if (score >= model.minScore) arcs.set(`${mentee}:${mentor}`, score);
    }
  }
  return arcs;
}

function builtArcs(mentors: Mentor[], mentees: Mentee[], options: PairingOptions): Map<string, number> {
  const model = buildModel(mentors, mentees, options);
  const { start, mentor, score } = buildCandidates(model);
  const arcs = new Map<string, number>();
  for (let mentee = 0; mentee < model.mentees.length; mentee++) {
    for (let e = start[mentee]; e < start[mentee + 1]; e++) arcs.set(`${mentee}:${mentor[e]}`, score[e]);
  }
  return arcs;
}

describe('candidate arcs', () => {
  it('are exactly the pairs the rules allow, each with scorePair’s score (small instances, options varied)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { mentors, mentees } = smallInstance(seed, 6, 12);
      const options: PairingOptions = {
        minScore: seed % 3 === 0 ? 40 : 0,
        weights: seed % 4 === 0 ? { interests: 0, days: 3 } : undefined,
        doNotPair: seed % 5 === 0 ? [{ mentorId: mentors[0].id, menteeId: mentees[0].id }] : [],
      };
      expect(builtArcs(mentors, mentees, options), `seed ${seed}`).toEqual(expectedArcs(mentors, mentees, options));
    }
  });

  it('agree with scorePair on a realistic registry (every form, grades, ages, preferences)', () => {
    const { mentors, mentees } = realisticInput(600, 120, 7);
    const built = builtArcs(mentors, mentees, {});
    expect(built.size).toBeGreaterThan(1000);
    expect(built).toEqual(expectedArcs(mentors, mentees, {}));
  });
});
