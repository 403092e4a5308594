// Hard rules of a single (mentor, mentee) pair. Capacity is the assignment's rule, not a pair's.
import { FORM_CODES } from '../catalogue';
import type { PairingModel } from './model';

export const PEER_FORM = FORM_CODES.indexOf('student-student');
/** Mentees of this form are teachers: `Классы/курсы наставляемых` does not concern them. */
const TEACHER_FORM = FORM_CODES.indexOf('teacher-teacher');

export const GRADE_OK = 0;
/** Peer form: the mentor is not from a higher grade/course. */
export const GRADE_NOT_ABOVE = 1;
/** Peer form: a grade/course is missing, so «above» cannot be checked. */
export const GRADE_UNKNOWN = 2;
/** The mentee's grade is outside the mentor's `Классы/курсы наставляемых` (or unknown while the range is set). */
export const GRADE_OUT_OF_RANGE = 3;

export function gradeRule(model: PairingModel, mentor: number, mentee: number): number {
  const form = model.menteeForm[mentee];
  const grade = model.menteeGrade[mentee];
  if (form === PEER_FORM) {
    const above = model.mentorGrade[mentor];
    if (Number.isNaN(above) || Number.isNaN(grade)) return GRADE_UNKNOWN;
    if (!(above > grade)) return GRADE_NOT_ABOVE;
  }
  const min = model.rangeMin[mentor];
  if (form !== TEACHER_FORM && !Number.isNaN(min)) {
    if (Number.isNaN(grade) || grade < min || grade > model.rangeMax[mentor]) return GRADE_OUT_OF_RANGE;
  }
  return GRADE_OK;
}

/** Same person on both sides: the same ID, or the same ФИО with the same age (or an age unknown). */
export function isSelf(model: PairingModel, mentor: number, mentee: number): boolean {
  if (model.mentorKey[mentor] === model.menteeKey[mentee]) return true;
  if (model.mentorName[mentor] !== model.menteeName[mentee]) return false;
  const a = model.mentorAge[mentor];
  const b = model.menteeAge[mentee];
  return Number.isNaN(a) || Number.isNaN(b) || a === b;
}

export function isForbidden(model: PairingModel, mentor: number, mentee: number): boolean {
  for (let k = model.forbiddenStart[mentee], end = model.forbiddenStart[mentee + 1]; k < end; k++) {
    if (model.forbidden[k] === mentor) return true;
  }
  return false;
}
