// Compatibility 0..100 and `Почему подобраны`: each criterion counts where both sides give data.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, feasiblePairs, matchPairs, type PairingOptions } from '../../shared/pairing';
import type { Mentee, Mentor } from '../../shared/registry/types';
import { mentee, mentor, random, smallInstance } from './fixtures';

function only(one: Mentor, other: Mentee, options: PairingOptions = {}): { score: number; reasons: string[] } {
  const [pair] = matchPairs([one], [other], options).pairs;
  return { score: pair.score, reasons: pair.reasons };
}

function against(one: Mentor, other: Mentee): string[] {
  return matchPairs([one], [other]).pairs[0].against;
}

describe('compatibility score and reasons', () => {
  it('requests ↔ competencies and shared interests, normalised (case, spaces, ё/е)', () => {
    const result = only(
      mentor('M1', { competencies: ['Математика ', 'физика'], interests: ['шахматы', 'Робототехника'] }),
      mentee('E1', { requests: ['математика', 'Химия'], interests: ['Шахматы', 'робототехника', 'Ёлочные игрушки'] }),
    );
    // (25·½ + 15·1) / (25 + 15) = 68.75
    expect(result.score).toBe(69);
    expect(result.reasons).toEqual(['общие интересы: Шахматы, робототехника', 'запросы ↔ компетенции: математика']);
    expect(
      only(mentor('M1', { interests: ['елочные игрушки'] }), mentee('E1', { interests: ['Ёлочные  игрушки'] })).score,
    ).toBe(100);
  });

  it('common days: full from two common days or the whole shorter list', () => {
    expect(only(mentor('M1', { days: ['пн', 'ср', 'пт'] }), mentee('E1', { days: ['ср', 'пт', 'сб'] }))).toEqual({
      score: 100,
      reasons: ['общие дни: ср, пт'],
    });
    expect(only(mentor('M1', { days: ['пн', 'ср'] }), mentee('E1', { days: ['пн', 'вт', 'чт'] })).score).toBe(50);
    expect(only(mentor('M1', { days: ['сб'] }), mentee('E1', { days: ['сб'] })).score).toBe(100);
  });

  it('format: «смешанно» fits both others; очно and дистанционно do not meet', () => {
    expect(only(mentor('M1', { format: 'смешанно' }), mentee('E1', { format: 'очно' }))).toEqual({
      score: 100,
      reasons: ['формат совместим: наставник — смешанно, наставляемый — очно'],
    });
    expect(only(mentor('M1', { format: 'очно' }), mentee('E1', { format: 'очно' })).reasons).toEqual(['формат: очно']);
    expect(only(mentor('M1', { format: 'очно' }), mentee('E1', { format: 'дистанционно' }))).toEqual({
      score: 0,
      reasons: ['совпадений по критериям нет, пара допустима по обязательным правилам'],
    });
    expect(against(mentor('M1', { format: 'очно' }), mentee('E1', { format: 'дистанционно' }))).toEqual([
      'разный формат встреч: наставник — очно, наставляемый — дистанционно',
    ]);
  });

  it('distance: one or two grades above is best in the peer form; ages elsewhere', () => {
    const peer = (grade: number) => mentor('M1', { forms: ['student-student'], grade });
    const learner = mentee('E1', { form: 'student-student', grade: 7 });
    expect(only(peer(8), learner)).toEqual({ score: 100, reasons: ['наставник старше на 1 класс'] });
    expect(only(peer(9), learner).score).toBe(100);
    // Four grades above lowers the score: it speaks against the pair, not for it.
    expect(only(peer(11), learner)).toEqual({
      score: 50,
      reasons: ['совпадений по критериям нет, пара допустима по обязательным правилам'],
    });
    expect(against(peer(11), learner)).toEqual(['наставник старше на 4 класса (лучше всего — на 1–2)']);
    expect(only(peer(13), { ...learner, category: 'Студент' }).score).toBe(0);
    // An age gap usual for the form is no argument either way; a large one is against.
    expect(only(mentor('M1', { age: 30 }), mentee('E1', { age: 15 })).reasons).toEqual([
      'совпадений по критериям нет, пара допустима по обязательным правилам',
    ]);
    expect(against(mentor('M1', { age: 30 }), mentee('E1', { age: 15 }))).toEqual([]);
    expect(against(mentor('M1', { age: 43 }), mentee('E1', { age: 15 }))).toEqual([
      'большая для этой формы разница в возрасте: 28 лет',
    ]);
    expect(only(mentor('M1', { age: 65 }), mentee('E1', { age: 15 })).score).toBe(0);
  });

  it('preferences: mutual counts in full, one-sided by half, an ID or a ФИО in any case', () => {
    const chosen = mentor('M1', { fullName: 'Зорина Алёна' });
    const chooser = mentee('E1', { preferredMentor: 'зорина  алена' });
    expect(only({ ...chosen, preferredMentees: ['e1'] }, chooser)).toEqual({ score: 100, reasons: ['взаимный выбор'] });
    expect(only(chosen, chooser)).toEqual({ score: 50, reasons: ['наставляемый выбрал этого наставника'] });
    expect(only({ ...chosen, preferredMentees: ['Наставляемый E1'] }, mentee('E1'))).toEqual({
      score: 50,
      reasons: ['наставник выбрал этого наставляемого'],
    });
    // Someone else was named: the criterion counts, with no credit, and speaks against the pair.
    expect(only(mentor('M2'), chooser).score).toBe(0);
    const [other] = matchPairs([chosen, mentor('M2')], [chooser], {
      doNotPair: [{ mentorId: 'M1', menteeId: 'E1' }],
    }).pairs;
    expect([other.mentorId, other.score, other.against]).toEqual(['M2', 0, ['наставляемый выбрал другого наставника']]);
  });

  it('a mutual choice weighs more than a full match of requests by default', () => {
    const mentors = [mentor('M1', { preferredMentees: ['E1'] }), mentor('M2', { competencies: ['математика'] })];
    const mentees = [mentee('E1', { requests: ['математика'], preferredMentor: 'M1' })];
    const scores = feasiblePairs(mentors, mentees);
    expect(scores).toEqual([
      { mentorId: 'M1', menteeId: 'E1', score: 55 },
      { mentorId: 'M2', menteeId: 'E1', score: 45 },
    ]);
    expect(matchPairs(mentors, mentees).pairs[0].mentorId).toBe('M1');
    expect(DEFAULT_WEIGHTS.preference).toBeGreaterThan(Math.max(DEFAULT_WEIGHTS.requests, DEFAULT_WEIGHTS.interests));
  });

  it('weights change the score; a weight of 0 drops the criterion and its reason', () => {
    const one = mentor('M1', { competencies: ['химия'], interests: ['шахматы'] });
    const other = mentee('E1', { requests: ['химия', 'физика'], interests: ['шахматы'] });
    expect(only(one, other).score).toBe(69);
    expect(only(one, other, { weights: { interests: 0 } })).toEqual({
      score: 50,
      reasons: ['запросы ↔ компетенции: химия'],
    });
    expect(only(one, other, { weights: { requests: 1, interests: 3 } }).score).toBe(88);
  });

  it('every score is an integer from 0 to 100', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { mentors, mentees } = smallInstance(seed, 6, 10);
      const rnd = random(seed);
      const weights = {
        requests: rnd() * 50,
        interests: rnd() * 50,
        days: rnd() * 10,
        format: 0,
        distance: rnd() * 10,
        preference: rnd() * 90,
      };
      for (const pair of feasiblePairs(mentors, mentees, { weights })) {
        expect(Number.isInteger(pair.score)).toBe(true);
        expect(pair.score).toBeGreaterThanOrEqual(0);
        expect(pair.score).toBeLessThanOrEqual(100);
      }
    }
  });
});
