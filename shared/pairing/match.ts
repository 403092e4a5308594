// matchPairs: the optimal assignment (the CLI's documented interface) with reasons for every pair and every mentee left out.
import type { Mentee, Mentor } from '../registry/types';
import { buildCandidates, type Candidates } from './candidates';
import { solveAssignment, type AssignmentStats } from './flow';
import { buildModel, type PairingModel } from './model';
import { preferenceFindings } from './preferences';
import { explainScore } from './reasons';
import { scorePair } from './score';
import { compareIds } from './text';
import type { FeasiblePair, PairingOptions, PairingResult, ProposedPair } from './types';
import { mentorsOfForms, unmatchedReason } from './unmatched';

/** The first reason of every pinned pair; adapters that show pins their own way filter it out. */
export const PINNED_REASON = 'утверждённая пара';

/** The arc each mentee is assigned through (−1 when none): the exact optimum. */
function optimalArcs(model: PairingModel, candidates: Candidates, stats?: AssignmentStats): Int32Array {
  const cost = new Uint8Array(candidates.score.length);
  for (let e = 0; e < cost.length; e++) cost[e] = 100 - candidates.score[e];
  return solveAssignment(
    {
      menteeCount: model.mentees.length,
      mentorCount: model.mentors.length,
      start: candidates.start,
      mentor: candidates.mentor,
      cost,
      capacity: model.mentorRemaining,
    },
    stats,
  );
}

/** Highest score first, ties by mentee then mentor order: the baseline the benchmark compares with. */
function greedyArcs(model: PairingModel, candidates: Candidates): Int32Array {
  const arcs = candidates.score.length;
  const owner = new Int32Array(arcs);
  for (let i = 0; i < model.mentees.length; i++) owner.fill(i, candidates.start[i], candidates.start[i + 1]);
  // Counting sort by score, descending; stable, so ties stay in (mentee, mentor) order.
  const offset = new Int32Array(102);
  for (let e = 0; e < arcs; e++) offset[101 - candidates.score[e]]++;
  for (let s = 1; s < 102; s++) offset[s] += offset[s - 1];
  const order = new Int32Array(arcs);
  for (let e = 0; e < arcs; e++) order[offset[100 - candidates.score[e]]++] = e;
  const arcOf = new Int32Array(model.mentees.length).fill(-1);
  const left = Int32Array.from(model.mentorRemaining);
  for (const e of order) {
    const mentee = owner[e];
    const mentor = candidates.mentor[e];
    if (arcOf[mentee] >= 0 || left[mentor] === 0) continue;
    arcOf[mentee] = e;
    left[mentor]--;
  }
  return arcOf;
}

function assemble(model: PairingModel, candidates: Candidates, arcOf: Int32Array): PairingResult {
  const pairs: ProposedPair[] = [];
  const add = (mentor: number, mentee: number, pinned: boolean, score: number): void => {
    const explanation = explainScore(model, mentor, mentee);
    pairs.push({
      mentorId: model.mentors[mentor].id,
      menteeId: model.mentees[mentee].id,
      form: model.mentees[mentee].form,
      score,
      reasons: pinned ? [PINNED_REASON, ...explanation.reasons] : explanation.reasons,
      against: explanation.against,
      pinned,
    });
  };
  model.pinnedMentor.forEach((mentor, mentee) => {
    if (mentor >= 0 && (model.scope >> model.menteeForm[mentee]) & 1)
      add(mentor, mentee, true, scorePair(model, mentor, mentee));
  });
  const unmatched = [];
  const ofForm = mentorsOfForms(model);
  for (const mentee of model.active) {
    const arc = arcOf[mentee];
    if (arc >= 0) add(candidates.mentor[arc], mentee, false, candidates.score[arc]);
    else
      unmatched.push(unmatchedReason(model, mentee, ofForm, candidates.start[mentee + 1] - candidates.start[mentee]));
  }
  pairs.sort((a, b) => compareIds(a.mentorId, b.mentorId) || compareIds(a.menteeId, b.menteeId));
  let totalScore = 0;
  for (const pair of pairs) totalScore += pair.score;
  return { pairs, unmatched, matched: pairs.length, totalScore, preferences: preferenceFindings(model, pairs) };
}

/**
 * Among all assignments that respect every hard rule and each mentor's capacity: first the most
 * matched mentees, then the largest total score (exact). Deterministic: records are taken in
 * the order of their IDs, so the same input gives the same pairs whatever the row order.
 */
export function matchPairs(
  mentors: Mentor[],
  mentees: Mentee[],
  options: PairingOptions = {},
  stats?: AssignmentStats,
): PairingResult {
  const model = buildModel(mentors, mentees, options);
  const candidates = buildCandidates(model);
  return assemble(model, candidates, optimalArcs(model, candidates, stats));
}

/** The benchmark's baseline: the same rules, pairs taken highest score first. Not optimal. */
export function greedyPairs(mentors: Mentor[], mentees: Mentee[], options: PairingOptions = {}): PairingResult {
  const model = buildModel(mentors, mentees, options);
  const candidates = buildCandidates(model);
  return assemble(model, candidates, greedyArcs(model, candidates));
}

/**
 * The pairs a run chooses from (`--scores-out`, the sidebar's alternatives): mentees up for
 * pairing × mentors with a place left after pinned pairs, where every hard rule and the minimum
 * compatibility hold. By mentor ID, then mentee ID.
 */
export function feasiblePairs(mentors: Mentor[], mentees: Mentee[], options: PairingOptions = {}): FeasiblePair[] {
  const model = buildModel(mentors, mentees, options);
  const candidates = buildCandidates(model);
  // Arcs come mentee by mentee; a stable counting sort by mentor gives the (mentor, mentee) ID order.
  const { start, mentor, score } = candidates;
  const from = new Int32Array(model.mentors.length + 1);
  for (let e = 0; e < mentor.length; e++) from[mentor[e] + 1]++;
  for (let j = 0; j < model.mentors.length; j++) from[j + 1] += from[j];
  const pairs = new Array<FeasiblePair>(mentor.length);
  for (let mentee = 0; mentee < model.mentees.length; mentee++) {
    const menteeId = model.mentees[mentee].id;
    for (let e = start[mentee]; e < start[mentee + 1]; e++) {
      pairs[from[mentor[e]]++] = { mentorId: model.mentors[mentor[e]].id, menteeId, score: score[e] };
    }
  }
  return pairs;
}
