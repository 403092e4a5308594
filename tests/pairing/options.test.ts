// Pinned pairs, statuses, forms in scope and input the engine refuses.
import { describe, expect, it } from 'vitest';
import { feasiblePairs, matchPairs, PairingInputError } from '../../shared/pairing';
import { mentee, mentor } from './fixtures';

describe('pinned pairs', () => {
  it('are kept as they are, marked pinned, and counted in matched and totalScore', () => {
    const mentors = [mentor('M1', { capacity: 2, interests: ['шахматы'], status: 'выбыл' }), mentor('M2')];
    const mentees = [mentee('E1', { status: 'в паре', interests: ['шахматы'] }), mentee('E2'), mentee('E3')];
    const result = matchPairs(mentors, mentees, {
      pinned: [{ mentorId: 'M1', menteeId: 'E1' }],
      doNotPair: [{ mentorId: 'M1', menteeId: 'E1' }],
    });
    expect(result.pairs[0]).toEqual({
      mentorId: 'M1',
      menteeId: 'E1',
      form: 'teacher-student',
      score: 100,
      reasons: ['утверждённая пара', 'общие интересы: шахматы'],
      against: [],
      pinned: true,
    });
    // M1 has left (and the pair is on «Не объединять»): the confirmed pair stays, M1 gets no new mentee.
    expect(result.pairs.slice(1).map((pair) => [pair.mentorId, pair.pinned])).toEqual([['M2', false]]);
    expect(result.matched).toBe(2);
    expect(result.totalScore).toBe(100 + result.pairs[1].score);
  });

  it("use their mentor's places", () => {
    const mentors = [mentor('M1', { capacity: 2 })];
    const mentees = ['E1', 'E2', 'E3'].map((id) => mentee(id));
    const result = matchPairs(mentors, mentees, { pinned: [{ mentorId: 'M1', menteeId: 'E3' }] });
    expect(result.pairs.map((pair) => pair.menteeId)).toEqual(['E1', 'E3']);
    expect(result.unmatched.map((entry) => [entry.menteeId, entry.code])).toEqual([['E2', 'taken-by-others']]);
  });

  it('must name known people, one mentor per mentee', () => {
    const mentors = [mentor('M1'), mentor('M2')];
    const mentees = [mentee('E1')];
    expect(() => matchPairs(mentors, mentees, { pinned: [{ mentorId: 'M9', menteeId: 'E1' }] })).toThrow(
      new PairingInputError('Закреплённая пара M9 – E1: наставник «M9» не найден в реестре'),
    );
    expect(() =>
      matchPairs(mentors, mentees, {
        pinned: [
          { mentorId: 'M1', menteeId: 'E1' },
          { mentorId: 'M2', menteeId: 'E1' },
        ],
      }),
    ).toThrow('Наставляемый «E1» закреплён за двумя наставниками: «M1» и «M2»');
  });
});

describe('statuses', () => {
  it('`в паре` without a pin and `завершил` are neither paired again nor listed as unmatched', () => {
    const mentees = [
      mentee('E1', { status: 'в паре' }),
      mentee('E2', { status: 'завершил' }),
      mentee('E3', { status: 'без пары' }),
    ];
    const result = matchPairs([mentor('M1', { capacity: 3 })], mentees);
    expect(result.pairs.map((pair) => pair.menteeId)).toEqual(['E3']);
    expect(result.unmatched).toEqual([]);
    expect(feasiblePairs([mentor('M1', { capacity: 3 })], mentees).map((pair) => pair.menteeId)).toEqual(['E3']);
  });
});

describe('forms in scope', () => {
  it('pairs only mentees of the chosen forms; pinned pairs of other forms still use places', () => {
    const mentors = [mentor('M1', { forms: ['teacher-student', 'teacher-teacher'], capacity: 2 })];
    const mentees = [
      mentee('E1', { form: 'teacher-teacher', status: 'в паре' }),
      mentee('E2', { form: 'teacher-teacher' }),
      mentee('E3'),
      mentee('E4'),
    ];
    const result = matchPairs(mentors, mentees, {
      forms: ['teacher-student'],
      pinned: [{ mentorId: 'M1', menteeId: 'E1' }],
    });
    expect(result.pairs.map((pair) => pair.menteeId)).toEqual(['E3']);
    expect(result.unmatched.map((entry) => entry.menteeId)).toEqual(['E4']);
    expect(result.matched).toBe(1);
  });
});

describe('empty registries', () => {
  it('give an empty result', () => {
    expect(matchPairs([], [])).toEqual({ pairs: [], unmatched: [], matched: 0, totalScore: 0, preferences: [] });
    expect(matchPairs([mentor('M1')], [])).toEqual({
      pairs: [],
      unmatched: [],
      matched: 0,
      totalScore: 0,
      preferences: [],
    });
    expect(feasiblePairs([], [mentee('E1')])).toEqual([]);
  });
});

describe('input the engine refuses, in Russian', () => {
  it('duplicate IDs', () => {
    expect(() => matchPairs([mentor('M1'), mentor('m1')], [])).toThrow('Наставники: ID «m1» встречается дважды');
    expect(() => matchPairs([], [mentee('E1'), mentee('E1')])).toThrow('Наставляемые: ID «E1» встречается дважды');
  });

  it('a capacity that is not a whole number ≥ 1', () => {
    expect(() => matchPairs([mentor('M1', { capacity: 0 })], [])).toThrow(
      'Наставник «M1»: «Макс. наставляемых» должно быть целым числом не меньше 1, получено: 0',
    );
    expect(() => matchPairs([mentor('M1', { capacity: 1.5 })], [])).toThrow(PairingInputError);
  });

  it('weights below 0 and a minimum outside 0–100', () => {
    expect(() => matchPairs([], [], { weights: { days: -1 } })).toThrow(
      'Вес «общие дни» должен быть числом не меньше 0, получено: -1',
    );
    expect(() => matchPairs([], [], { minScore: 101 })).toThrow(
      'Минимальная совместимость должна быть числом от 0 до 100, получено: 101',
    );
  });

  it('ignores «не объединять» rows about people no longer in the registries', () => {
    const result = matchPairs([mentor('M1')], [mentee('E1')], { doNotPair: [{ mentorId: 'M7', menteeId: 'E1' }] });
    expect(result.matched).toBe(1);
  });
});
