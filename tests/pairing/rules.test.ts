// Each hard rule of issue 2 on its own: the pair is never proposed, and proposed once the rule holds.
import { describe, expect, it } from 'vitest';
import { feasiblePairs, matchPairs, type PairingOptions } from '../../shared/pairing';
import type { Mentee, Mentor } from '../../shared/registry/types';
import { mentee, mentor } from './fixtures';

function paired(mentors: Mentor[], mentees: Mentee[], options: PairingOptions = {}): string[] {
  return matchPairs(mentors, mentees, options).pairs.map((pair) => `${pair.mentorId}-${pair.menteeId}`);
}

describe('hard rules', () => {
  it("the mentee's form is among the mentor's forms", () => {
    const learner = mentee('E1', { form: 'student-pupil' });
    expect(paired([mentor('M1', { forms: ['teacher-student'] })], [learner])).toEqual([]);
    expect(paired([mentor('M1', { forms: ['teacher-student', 'student-pupil'] })], [learner])).toEqual(['M1-E1']);
  });

  it('the mentor has given consent', () => {
    expect(paired([mentor('M1', { consent: false })], [mentee('E1')])).toEqual([]);
    expect(paired([mentor('M1', { consent: true })], [mentee('E1')])).toEqual(['M1-E1']);
  });

  it('the mentee has given consent', () => {
    expect(paired([mentor('M1')], [mentee('E1', { consent: false })])).toEqual([]);
    expect(paired([mentor('M1')], [mentee('E1', { consent: true })])).toEqual(['M1-E1']);
  });

  it('a mentor who left (`выбыл`) is never used; `кандидат` and `в реестре` both are', () => {
    expect(paired([mentor('M1', { status: 'выбыл' })], [mentee('E1')])).toEqual([]);
    expect(paired([mentor('M1', { status: 'кандидат' })], [mentee('E1')])).toEqual(['M1-E1']);
    expect(paired([mentor('M1', { status: 'в реестре' })], [mentee('E1')])).toEqual(['M1-E1']);
  });

  it("each mentor's capacity holds, pinned pairs included", () => {
    const mentees = ['E1', 'E2', 'E3'].map((id) => mentee(id));
    expect(paired([mentor('M1', { capacity: 2 })], mentees)).toHaveLength(2);
    expect(paired([mentor('M1', { capacity: 3 })], mentees)).toHaveLength(3);
    const pinned = [{ mentorId: 'M1', menteeId: 'E1' }];
    expect(paired([mentor('M1', { capacity: 2 })], mentees, { pinned })).toHaveLength(2);
  });

  it("peer form: the mentor's grade/course is strictly above the mentee's", () => {
    const peer = (grade: number | undefined) => mentor('M1', { forms: ['student-student'], grade });
    const learner = (grade: number | undefined) => mentee('E1', { form: 'student-student', grade });
    expect(paired([peer(7)], [learner(7)])).toEqual([]);
    expect(paired([peer(7)], [learner(8)])).toEqual([]);
    expect(paired([peer(7)], [learner(6)])).toEqual(['M1-E1']);
    // Without a grade «above» cannot be checked.
    expect(paired([peer(undefined)], [learner(6)])).toEqual([]);
    expect(paired([peer(7)], [learner(undefined)])).toEqual([]);
    // Other forms do not compare grades.
    expect(paired([mentor('M1', { grade: 5 })], [mentee('E1', { grade: 9 })])).toEqual(['M1-E1']);
  });

  it("the mentee's grade is inside the mentor's `Классы/курсы наставляемых` when set", () => {
    const ranged = mentor('M1', { menteeGrades: { min: 5, max: 7 } });
    expect(paired([ranged], [mentee('E1', { grade: 8 })])).toEqual([]);
    expect(paired([ranged], [mentee('E1', { grade: 4 })])).toEqual([]);
    expect(paired([ranged], [mentee('E1', { grade: undefined })])).toEqual([]);
    expect(paired([ranged], [mentee('E1', { grade: 5 })])).toEqual(['M1-E1']);
    expect(paired([ranged], [mentee('E1', { grade: 7 })])).toEqual(['M1-E1']);
    expect(paired([mentor('M1')], [mentee('E1', { grade: 11 })])).toEqual(['M1-E1']);
    // Teachers as mentees have no grade: the range is about pupils and students.
    const teacher = mentor('M1', { forms: ['teacher-teacher'], menteeGrades: { min: 5, max: 7 } });
    expect(paired([teacher], [mentee('E1', { form: 'teacher-teacher' })])).toEqual(['M1-E1']);
  });

  it('nobody is their own mentor: the same ID, or the same ФИО and age', () => {
    expect(paired([mentor('P-1')], [mentee('p-1')])).toEqual([]);
    const named = (age?: number) => mentor('M1', { fullName: 'Ёлкина  Дарья Петровна', age });
    const same = (age?: number) => mentee('E1', { fullName: 'елкина дарья петровна', age });
    expect(paired([named(16)], [same(16)])).toEqual([]);
    expect(paired([named(undefined)], [same(16)])).toEqual([]);
    expect(paired([named(17)], [same(16)])).toEqual(['M1-E1']);
    expect(paired([mentor('M1', { fullName: 'Ёлкина Дарья Ивановна', age: 16 })], [same(16)])).toEqual(['M1-E1']);
  });

  it('a pair on «Не объединять» is never proposed', () => {
    const mentors = [mentor('M1', { competencies: ['математика'] }), mentor('M2')];
    const mentees = [mentee('E1', { requests: ['математика'] })];
    expect(paired(mentors, mentees)).toEqual(['M1-E1']);
    expect(paired(mentors, mentees, { doNotPair: [{ mentorId: 'M1', menteeId: 'E1' }] })).toEqual(['M2-E1']);
    expect(feasiblePairs(mentors, mentees, { doNotPair: [{ mentorId: 'm1', menteeId: 'e1' }] })).toEqual([
      { mentorId: 'M2', menteeId: 'E1', score: 0 },
    ]);
  });

  it('a pair below the minimum compatibility is not proposed; one at the minimum is', () => {
    const mentors = [mentor('M1', { competencies: ['математика'] })];
    const mentees = [mentee('E1', { requests: ['математика', 'физика'] })];
    expect(feasiblePairs(mentors, mentees)).toEqual([{ mentorId: 'M1', menteeId: 'E1', score: 50 }]);
    expect(paired(mentors, mentees, { minScore: 51 })).toEqual([]);
    expect(paired(mentors, mentees, { minScore: 50 })).toEqual(['M1-E1']);
  });
});
