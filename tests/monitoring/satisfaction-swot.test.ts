import { describe, expect, it } from 'vitest';
import { satisfactionSummary, swotSummary, type SatisfactionAnswer, type SwotAnswer } from '../../shared/monitoring';

describe('satisfaction counts', () => {
  it('counts distinct respondents per role; satisfied means 7 or more; a repeated answer counts once, the later one', () => {
    const answers: SatisfactionAnswer[] = [
      { row: 2, participantId: 'Н1', role: 'mentor', overall: 9 },
      { row: 3, participantId: 'Н2', role: 'mentor', overall: 6 },
      { row: 4, participantId: 'Н3', role: 'mentor', overall: 7 },
      { row: 6, participantId: 'у1 ', role: 'mentee', overall: 5 },
      { row: 5, participantId: 'У1', role: 'mentee', overall: 10 },
      { row: 7, participantId: 'У2', role: 'mentee', overall: 7 },
    ];
    expect(satisfactionSummary(answers)).toEqual({
      mentors: { respondents: 3, satisfied: 2 },
      mentees: { respondents: 2, satisfied: 1 },
      repeated: 1,
    });
  });

  it('is zero without answers', () => {
    expect(satisfactionSummary([])).toEqual({
      mentors: { respondents: 0, satisfied: 0 },
      mentees: { respondents: 0, satisfied: 0 },
      repeated: 0,
    });
  });
});

describe('SWOT grouping', () => {
  const empty = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
  it('groups items by normal form, most named first, and counts roles', () => {
    const answers: SwotAnswer[] = [
      {
        row: 2,
        role: 'mentor',
        items: { ...empty, strengths: ['Интерес учеников', 'Поддержка администрации'], threats: ['Нехватка времени'] },
      },
      {
        row: 3,
        role: 'mentee',
        items: {
          ...empty,
          strengths: ['поддержка  администрации.', 'Поддержка администрации'],
          weaknesses: ['Мало встреч'],
        },
      },
      {
        row: 4,
        items: {
          ...empty,
          strengths: ['ИНТЕРЕС УЧЕНИКОВ', 'Поддержка администрации', 'Новые друзья'],
          threats: ['нехватка времени'],
        },
      },
    ];
    const summary = swotSummary(answers);
    expect(summary.respondents).toBe(3);
    expect(summary.byRole).toEqual({ mentor: 1, mentee: 1, curator: 0, other: 0 });
    expect(summary.groups).toEqual({
      strengths: [
        { text: 'Поддержка администрации', count: 3 },
        { text: 'Интерес учеников', count: 2 },
        { text: 'Новые друзья', count: 1 },
      ],
      weaknesses: [{ text: 'Мало встреч', count: 1 }],
      opportunities: [],
      threats: [{ text: 'Нехватка времени', count: 2 }],
    });
  });
});
