// Every (mentor, mentee) pair that passes the hard rules, scored: the arcs of the assignment.
// The hard rules and the score of rules.ts and score.ts, written out for one mentee against all
// mentors of its form, so that what depends on the mentee alone is read once, not once per pair
// (millions of pairs). The arithmetic is the same, step by step, so every score is identical to
// scorePair's (tests/pairing/candidates.test.ts checks it).
import { FORM_CODES } from '../catalogue';
import type { PairingModel } from './model';
import { PEER_FORM } from './rules';
import { MIXED, POPCOUNT7, TOLERANCE_BY_FORM } from './score';

const TEACHER_FORM = FORM_CODES.indexOf('teacher-teacher');

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
      arcs = menteeArcs(model, mentee, mentors, mentorOf, scoreOf, arcs);
    }
    start[++done] = arcs;
  }
  while (done < menteeCount) start[++done] = arcs;
  return { start, mentor: mentorOf.subarray(0, arcs), score: scoreOf.subarray(0, arcs) };
}

/** Writes the arcs of one mentee from `at` on; returns the arc count after them. */
function menteeArcs(
  model: PairingModel,
  mentee: number,
  mentors: Int32Array,
  mentorOf: Int32Array,
  scoreOf: Uint8Array,
  at: number,
): number {
  const { weights, minScore, mentorGrade, rangeMin, rangeMax, mentorAge, mentorKey, mentorName } = model;
  const { competencies, mentorInterests, mentorInterestCount, mentorDays, mentorFormat, mentorPrefStart, mentorPref } =
    model;
  const requestWords = model.requestWords;
  const interestWords = model.interestWords;
  const form = model.menteeForm[mentee];
  const grade = model.menteeGrade[mentee];
  const age = model.menteeAge[mentee];
  const key = model.menteeKey[mentee];
  const name = model.menteeName[mentee];
  const peer = form === PEER_FORM;
  const rangeApplies = form !== TEACHER_FORM;
  const tolerance = TOLERANCE_BY_FORM[form];
  const forbiddenFrom = model.forbiddenStart[mentee];
  const forbiddenTo = model.forbiddenStart[mentee + 1];
  const requestFrom = model.requestStart[mentee];
  const requestTo = model.requestStart[mentee + 1];
  const interestFrom = model.interestStart[mentee];
  const interestTo = model.interestStart[mentee + 1];
  const menteeInterests = interestTo - interestFrom;
  const days = model.menteeDays[mentee];
  const format = model.menteeFormat[mentee];
  const prefFrom = model.menteePrefStart[mentee];
  const prefTo = model.menteePrefStart[mentee + 1];
  let arcs = at;
  for (let k = 0; k < mentors.length; k++) {
    const mentor = mentors[k];
    // Hard rules (rules.ts: gradeRule, isSelf, isForbidden).
    if (peer) {
      const above = mentorGrade[mentor];
      if (Number.isNaN(above) || Number.isNaN(grade) || !(above > grade)) continue;
    }
    const min = rangeMin[mentor];
    if (rangeApplies && !Number.isNaN(min) && (Number.isNaN(grade) || grade < min || grade > rangeMax[mentor]))
      continue;
    if (mentorKey[mentor] === key) continue;
    if (mentorName[mentor] === name) {
      const a = mentorAge[mentor];
      if (Number.isNaN(a) || Number.isNaN(age) || a === age) continue;
    }
    let forbidden = false;
    for (let f = forbiddenFrom; f < forbiddenTo; f++) if (model.forbidden[f] === mentor) forbidden = true;
    if (forbidden) continue;

    // The score (score.ts: scorePair), criterion by criterion in the same order.
    let sum = 0;
    let weight = 0;
    let credit: number;
    if (requestTo > requestFrom) {
      const base = mentor * requestWords;
      let common = 0;
      for (let r = requestFrom; r < requestTo; r++) {
        const tag = model.requestTag[r];
        common += (competencies[base + (tag >>> 5)] >>> (tag & 31)) & 1;
      }
      credit = common / (requestTo - requestFrom);
      sum += weights.requests * credit;
      weight += weights.requests;
    }
    const mentorInterestTotal = mentorInterestCount[mentor];
    if (menteeInterests > 0 && mentorInterestTotal > 0) {
      const base = mentor * interestWords;
      let common = 0;
      for (let r = interestFrom; r < interestTo; r++) {
        const tag = model.interestTag[r];
        common += (mentorInterests[base + (tag >>> 5)] >>> (tag & 31)) & 1;
      }
      const shorter = menteeInterests < mentorInterestTotal ? menteeInterests : mentorInterestTotal;
      credit = common >= shorter || common >= 3 ? 1 : common / (shorter < 3 ? shorter : 3);
      sum += weights.interests * credit;
      weight += weights.interests;
    }
    const theirDays = mentorDays[mentor];
    if (theirDays !== 0 && days !== 0) {
      const common = POPCOUNT7[theirDays & days];
      credit = common >= 2 || common === POPCOUNT7[theirDays] || common === POPCOUNT7[days] ? 1 : common / 2;
      sum += weights.days * credit;
      weight += weights.days;
    }
    const theirFormat = mentorFormat[mentor];
    if (theirFormat !== 0 && format !== 0) {
      credit = theirFormat === format || theirFormat === MIXED || format === MIXED ? 1 : 0;
      sum += weights.format * credit;
      weight += weights.format;
    }
    credit = NaN;
    const grades = peer ? mentorGrade[mentor] - grade : NaN;
    if (!Number.isNaN(grades)) credit = grades <= 0 ? 0 : grades <= 2 ? 1 : Math.max(0, (6 - grades) / 4);
    else {
      const gap = Math.abs(mentorAge[mentor] - age);
      if (!Number.isNaN(gap)) credit = gap <= tolerance ? 1 : Math.max(0, 2 - gap / tolerance);
    }
    if (!Number.isNaN(credit)) {
      sum += weights.distance * credit;
      weight += weights.distance;
    }
    const mentorFrom = mentorPrefStart[mentor];
    const mentorTo = mentorPrefStart[mentor + 1];
    if (prefTo > prefFrom || mentorTo > mentorFrom) {
      let chosenByMentee = false;
      for (let p = prefFrom; p < prefTo; p++) if (model.menteePref[p] === mentor) chosenByMentee = true;
      let chosenByMentor = false;
      for (let p = mentorFrom; p < mentorTo; p++) if (mentorPref[p] === mentee) chosenByMentor = true;
      credit = chosenByMentee && chosenByMentor ? 1 : chosenByMentee || chosenByMentor ? 0.5 : 0;
      sum += weights.preference * credit;
      weight += weights.preference;
    }
    const score = weight > 0 ? Math.round((100 * sum) / weight) : 0;
    if (score < minScore) continue;
    mentorOf[arcs] = mentor;
    scoreOf[arcs++] = score;
  }
  return arcs;
}
