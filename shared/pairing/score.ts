// Compatibility of one (mentor, mentee) pair: six criteria in 0..1, each counted only when the
// data for it is there, weighted and normalised to an integer 0..100.
import { FORM_CODES } from '../catalogue';
import type { PairingModel } from './model';
import { PEER_FORM } from './rules';
import { WEIGHT_KEYS } from './weights';

export const REQUESTS = 0;
export const INTERESTS = 1;
export const DAYS = 2;
export const FORMAT = 3;
export const DISTANCE = 4;
export const PREFERENCE = 5;
export const CRITERIA = WEIGHT_KEYS.length;

export const MIXED = 3;

/** Up to this gap (years) ages count as close; beyond it the credit falls to 0 at twice the gap. */
const AGE_TOLERANCE: Readonly<Record<string, number>> = {
  'student-student': 3,
  'teacher-teacher': 15,
  'teacher-student': 20,
  'student-pupil': 5,
  'employer-student': 20,
};
export const TOLERANCE_BY_FORM = Float64Array.from(FORM_CODES.map((code) => AGE_TOLERANCE[code]));

export const POPCOUNT7 = Uint8Array.from({ length: 128 }, (_, bits) => {
  let count = 0;
  for (let rest = bits; rest; rest &= rest - 1) count++;
  return count;
});

/**
 * Peer form with both grades known: 1 for a mentor one or two grades above, then −¼ per grade
 * (0 from six above). Otherwise ages: 1 within the form's tolerance, then linearly to 0 at twice it.
 */
function distanceCredit(model: PairingModel, mentor: number, mentee: number): number {
  const form = model.menteeForm[mentee];
  if (form === PEER_FORM) {
    const grades = model.mentorGrade[mentor] - model.menteeGrade[mentee];
    if (!Number.isNaN(grades)) return grades <= 0 ? 0 : grades <= 2 ? 1 : Math.max(0, (6 - grades) / 4);
  }
  const gap = Math.abs(model.mentorAge[mentor] - model.menteeAge[mentee]);
  if (Number.isNaN(gap)) return NaN;
  const tolerance = TOLERANCE_BY_FORM[form];
  return gap <= tolerance ? 1 : Math.max(0, 2 - gap / tolerance);
}

function listed(list: Int32Array, from: number, to: number, value: number): boolean {
  for (let k = from; k < to; k++) if (list[k] === value) return true;
  return false;
}

/**
 * The integer score 0..100. When `parts` is given it receives each criterion's credit
 * (NaN where the criterion does not apply to this pair).
 */
export function scorePair(model: PairingModel, mentor: number, mentee: number, parts?: Float64Array): number {
  const weights = model.weights;
  let sum = 0;
  let weight = 0;
  let credit: number;

  // Requests ↔ competencies: the share of the mentee's requests the mentor covers.
  const requestFrom = model.requestStart[mentee];
  const requestTo = model.requestStart[mentee + 1];
  credit = NaN;
  if (requestTo > requestFrom) {
    const base = mentor * model.requestWords;
    let common = 0;
    for (let k = requestFrom; k < requestTo; k++) {
      const tag = model.requestTag[k];
      common += (model.competencies[base + (tag >>> 5)] >>> (tag & 31)) & 1;
    }
    credit = common / (requestTo - requestFrom);
    sum += weights.requests * credit;
    weight += weights.requests;
  }
  if (parts) parts[REQUESTS] = credit;

  // Interests: full credit from three shared ones (or all of the shorter list).
  const interestFrom = model.interestStart[mentee];
  const interestTo = model.interestStart[mentee + 1];
  const mentorInterests = model.mentorInterestCount[mentor];
  credit = NaN;
  if (interestTo > interestFrom && mentorInterests > 0) {
    const base = mentor * model.interestWords;
    let common = 0;
    for (let k = interestFrom; k < interestTo; k++) {
      const tag = model.interestTag[k];
      common += (model.mentorInterests[base + (tag >>> 5)] >>> (tag & 31)) & 1;
    }
    const shorter = interestTo - interestFrom < mentorInterests ? interestTo - interestFrom : mentorInterests;
    credit = common >= shorter || common >= 3 ? 1 : common / (shorter < 3 ? shorter : 3);
    sum += weights.interests * credit;
    weight += weights.interests;
  }
  if (parts) parts[INTERESTS] = credit;

  // Days: full credit from two common days (or all of the shorter list).
  const mentorDays = model.mentorDays[mentor];
  const menteeDays = model.menteeDays[mentee];
  credit = NaN;
  if (mentorDays !== 0 && menteeDays !== 0) {
    const common = POPCOUNT7[mentorDays & menteeDays];
    credit = common >= 2 || common === POPCOUNT7[mentorDays] || common === POPCOUNT7[menteeDays] ? 1 : common / 2;
    sum += weights.days * credit;
    weight += weights.days;
  }
  if (parts) parts[DAYS] = credit;

  // Format: the same, or one side «смешанно».
  const mentorFormat = model.mentorFormat[mentor];
  const menteeFormat = model.menteeFormat[mentee];
  credit = NaN;
  if (mentorFormat !== 0 && menteeFormat !== 0) {
    credit = mentorFormat === menteeFormat || mentorFormat === MIXED || menteeFormat === MIXED ? 1 : 0;
    sum += weights.format * credit;
    weight += weights.format;
  }
  if (parts) parts[FORMAT] = credit;

  credit = distanceCredit(model, mentor, mentee);
  if (!Number.isNaN(credit)) {
    sum += weights.distance * credit;
    weight += weights.distance;
  }
  if (parts) parts[DISTANCE] = credit;

  // Preferences count once either side has named someone: mutual 1, one-sided ½.
  const menteeFrom = model.menteePrefStart[mentee];
  const menteeTo = model.menteePrefStart[mentee + 1];
  const mentorFrom = model.mentorPrefStart[mentor];
  const mentorTo = model.mentorPrefStart[mentor + 1];
  credit = NaN;
  if (menteeTo > menteeFrom || mentorTo > mentorFrom) {
    const chosenByMentee = listed(model.menteePref, menteeFrom, menteeTo, mentor);
    const chosenByMentor = listed(model.mentorPref, mentorFrom, mentorTo, mentee);
    credit = chosenByMentee && chosenByMentor ? 1 : chosenByMentee || chosenByMentor ? 0.5 : 0;
    sum += weights.preference * credit;
    weight += weights.preference;
  }
  if (parts) parts[PREFERENCE] = credit;

  return weight > 0 ? Math.round((100 * sum) / weight) : 0;
}
