// Every (mentor, mentee) pair that passes the hard rules, scored: the arcs of the assignment.
import type { PairingModel } from './model';
import { gradeRule, isForbidden, isSelf, GRADE_OK } from './rules';
import { scorePair } from './score';

export interface Candidates {
  /** Arcs of active mentee i (model index) are start[i] … start[i + 1] − 1; other mentees have none. */
  start: Int32Array;
  mentor: Int32Array;
  score: Uint8Array;
}

export function buildCandidates(model: PairingModel): Candidates {
  const menteeCount = model.mentees.length;
  const start = new Int32Array(menteeCount + 1);
  let mentorOf = new Int32Array(1 << 16);
  let scoreOf = new Uint8Array(1 << 16);
  let arcs = 0;
  let done = 0;
  for (const mentee of model.active) {
    while (done < mentee) start[++done] = arcs;
    if (model.mentees[mentee].consent) {
      const mentors = model.mentorsByForm[model.menteeForm[mentee]];
      if (arcs + mentors.length > mentorOf.length) {
        const size = Math.max(mentorOf.length * 2, arcs + mentors.length);
        const grownMentors = new Int32Array(size);
        grownMentors.set(mentorOf);
        mentorOf = grownMentors;
        const grownScores = new Uint8Array(size);
        grownScores.set(scoreOf);
        scoreOf = grownScores;
      }
      for (let k = 0; k < mentors.length; k++) {
        const mentor = mentors[k];
        if (gradeRule(model, mentor, mentee) !== GRADE_OK) continue;
        if (isSelf(model, mentor, mentee) || isForbidden(model, mentor, mentee)) continue;
        const score = scorePair(model, mentor, mentee);
        if (score < model.minScore) continue;
        mentorOf[arcs] = mentor;
        scoreOf[arcs++] = score;
      }
    }
    start[++done] = arcs;
  }
  while (done < menteeCount) start[++done] = arcs;
  return { start, mentor: mentorOf.subarray(0, arcs), score: scoreOf.subarray(0, arcs) };
}
