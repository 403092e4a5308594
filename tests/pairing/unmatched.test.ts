// Every mentee left without a mentor gets the cause the curator can act on (the Target Model roadmap, item 5.4).
import { describe, expect, it } from 'vitest';
import { matchPairs, type PairingOptions, type UnmatchedMentee } from '../../shared/pairing';
import type { Mentee, Mentor } from '../../shared/registry/types';
import { mentee, mentor } from './fixtures';

function why(mentors: Mentor[], mentees: Mentee[], options: PairingOptions = {}): UnmatchedMentee[] {
  return matchPairs(mentors, mentees, options).unmatched;
}

describe('reasons for unmatched mentees', () => {
  it('no consent of the mentee', () => {
    expect(why([mentor('M1')], [mentee('E1', { consent: false })])).toEqual([
      {
        menteeId: 'E1',
        code: 'no-consent',
        reason: 'нет согласия на обработку персональных данных: без него пару не подбирают',
      },
    ]);
  });

  it('no mentor of that form at all', () => {
    expect(why([mentor('M1')], [mentee('E1', { form: 'employer-student' })])).toEqual([
      {
        menteeId: 'E1',
        code: 'no-mentor-of-form',
        reason: 'нет наставников формы «работодатель – студент»: добавьте в реестр наставника с этой формой',
      },
    ]);
  });

  it('every mentor of the form left or has no consent', () => {
    const mentors = [
      mentor('M1', { status: 'выбыл' }),
      mentor('M2', { status: 'выбыл' }),
      mentor('M3', { consent: false }),
    ];
    const [entry] = why(mentors, [mentee('E1')]);
    expect(entry.code).toBe('no-available-mentor');
    expect(entry.reason).toBe(
      'все наставники формы «учитель – ученик» (3 наставника) недоступны: выбыли — 2, без согласия на обработку ПДн — 1',
    );
  });

  it('grade rules exclude every available mentor', () => {
    const peers = [
      mentor('M1', { forms: ['student-student'], grade: 6 }),
      mentor('M2', { forms: ['student-student'], grade: 7 }),
    ];
    const [entry] = why(peers, [mentee('E1', { form: 'student-student', grade: 7 })]);
    expect(entry.code).toBe('grade-rules');
    expect(entry.reason).toBe(
      'ни один доступный наставник формы «ученик – ученик» не подходит по классу/курсу (2 наставника): наставник должен учиться в более старшем классе/на более старшем курсе',
    );
    const [unknown] = why(peers, [mentee('E1', { form: 'student-student' })]);
    expect(unknown).toMatchObject({ code: 'grade-rules' });
    expect(unknown.reason).toContain('не указан класс/курс наставляемого');
    const [range] = why([mentor('M1', { menteeGrades: { min: 1, max: 4 } })], [mentee('E1', { grade: 9 })]);
    expect(range.reason).toBe(
      'ни один доступный наставник формы «учитель – ученик» не подходит по классу/курсу (1 наставник): класс/курс наставляемого вне «Классы/курсы наставляемых» наставника',
    );
  });

  it('the only mentor is the mentee themself', () => {
    const [entry] = why([mentor('X1')], [mentee('X1')]);
    expect(entry.code).toBe('only-self');
  });

  it('every suitable mentor is on «Не объединять»', () => {
    const doNotPair = [
      { mentorId: 'M1', menteeId: 'E1' },
      { mentorId: 'M2', menteeId: 'E1' },
    ];
    const [entry] = why([mentor('M1'), mentor('M2'), mentor('M3', { status: 'выбыл' })], [mentee('E1')], { doNotPair });
    expect(entry).toEqual({
      menteeId: 'E1',
      code: 'do-not-pair',
      reason: 'все подходящие наставники (2 наставника) в списке «Не объединять»',
    });
  });

  it('every suitable mentor is below the minimum compatibility', () => {
    const mentors = [mentor('M1', { competencies: ['физика'] }), mentor('M2')];
    const [entry] = why(mentors, [mentee('E1', { requests: ['физика', 'химия'] })], { minScore: 60 });
    expect(entry).toEqual({
      menteeId: 'E1',
      code: 'below-min-score',
      reason: 'совместимость со всеми подходящими наставниками (2 наставника) ниже минимальной 60: лучшая — 50',
    });
  });

  it('every suitable mentor is full with confirmed pairs', () => {
    const mentees = [mentee('E1', { status: 'в паре' }), mentee('E2')];
    const [entry] = why([mentor('M1')], mentees, { pinned: [{ mentorId: 'M1', menteeId: 'E1' }] });
    expect(entry.menteeId).toBe('E2');
    expect(entry.code).toBe('mentors-full');
    expect(entry.reason).toContain('заняты утверждёнными парами');
  });

  it('every suitable mentor was given to others, the better-suited mentee keeps the place', () => {
    const mentors = [mentor('M1', { competencies: ['музыка'] })];
    const mentees = [mentee('E1', { requests: ['рисование'] }), mentee('E2', { requests: ['музыка'] })];
    const result = matchPairs(mentors, mentees);
    expect(result.pairs.map((pair) => pair.menteeId)).toEqual(['E2']);
    expect(result.unmatched).toHaveLength(1);
    expect(result.unmatched[0].menteeId).toBe('E1');
    expect(result.unmatched[0].code).toBe('taken-by-others');
    expect(result.unmatched[0].reason).toContain('все подходящие наставники (1 наставник) заняты');
  });

  it('the furthest any mentor got names the cause', () => {
    // M1 fails the grade rule, M2 is forbidden, M3 is full: the full mentor is the closest to a pair.
    const mentors = [mentor('M1', { menteeGrades: { min: 1, max: 2 } }), mentor('M2'), mentor('M3')];
    const mentees = [mentee('E1', { grade: 5 }), mentee('E2', { status: 'в паре' })];
    const [entry] = why(mentors, mentees, {
      doNotPair: [{ mentorId: 'M2', menteeId: 'E1' }],
      pinned: [{ mentorId: 'M3', menteeId: 'E2' }],
    });
    expect(entry.code).toBe('mentors-full');
  });
});
