import { describe, expect, it } from 'vitest';
import { matchPairs } from '../../shared/pairing';
import { mentee, mentor } from './fixtures';

describe('preferences the curator must hear about', () => {
  it('a mutual choice a hard rule forbids comes first, with the rule', () => {
    const result = matchPairs(
      [mentor('Н001', { menteeGrades: { min: 9, max: 11 }, preferredMentees: ['У001'] }), mentor('Н002')],
      [mentee('У001', { grade: 7, preferredMentor: 'Н001' }), mentee('У002', { preferredMentor: 'Н404' })],
    );
    expect(result.preferences).toEqual([
      {
        kind: 'not-honoured',
        side: 'mentee',
        personId: 'У001',
        mentorId: 'Н001',
        menteeId: 'У001',
        mutual: true,
        reason: 'класс/курс наставляемого (7) вне «Классы/курсы наставляемых» наставника (9–11)',
      },
      { kind: 'nobody', side: 'mentee', personId: 'У002', text: 'Н404' },
    ]);
  });

  it('a Latin «H» in a preferred ID is read as the Cyrillic one, named, and honoured', () => {
    const mentors = [mentor('Н016'), mentor('Н017')];
    const result = matchPairs(mentors, [mentee('У001', { preferredMentor: 'H016' })]);
    expect(result.pairs.map((pair) => pair.mentorId)).toEqual(['Н016']);
    expect(result.preferences).toEqual([
      { kind: 'look-alike', side: 'mentee', personId: 'У001', text: 'H016', otherId: 'Н016' },
    ]);
  });

  it('a ФИО two mentors share is ambiguous; a one-sided wish lost to a better arrangement is not news', () => {
    const result = matchPairs(
      [mentor('Н001', { fullName: 'Иванова Мария' }), mentor('Н002', { fullName: 'Иванова Мария' })],
      [mentee('У001', { preferredMentor: 'Иванова Мария' })],
    );
    expect(result.preferences).toEqual([
      { kind: 'ambiguous', side: 'mentee', personId: 'У001', text: 'Иванова Мария', candidates: ['Н001', 'Н002'] },
    ]);
  });

  it('a mutual choice that lost to the optimum is reported; the pairs are what they were without the report', () => {
    const mentors = [mentor('Н001', { preferredMentees: ['У001'] })];
    const mentees = [
      mentee('У001', { preferredMentor: 'Н001', form: 'teacher-student', days: ['пн'] }),
      mentee('У002', { form: 'teacher-student', days: ['вт'] }),
    ];
    const other = [mentor('Н002', { forms: ['teacher-student'], days: ['пн'] })];
    const result = matchPairs([...mentors, ...other], mentees, { doNotPair: [{ mentorId: 'Н002', menteeId: 'У002' }] });
    expect(result.pairs.map((pair) => `${pair.mentorId}-${pair.menteeId}`)).toEqual(['Н001-У002', 'Н002-У001']);
    expect(result.preferences?.[0]).toMatchObject({
      kind: 'not-honoured',
      mutual: true,
      reason: expect.stringContaining('место наставника отдано другому наставляемому'),
    });
  });
});
