import { describe, expect, it } from 'vitest';
import { completionCheck, pairProgress, type Meeting, type PairInfo } from '../../shared/meetings';

const pair: PairInfo = { pairId: 'П-7', status: 'утверждена', startDate: '2024-10-01' };
const full: Meeting[] = [
  { pairId: 'П-7', type: 'intro', date: '2024-10-02', mentorScore: 8, menteeScore: 8 },
  { pairId: 'П-7', type: 'trial', date: '2024-10-09', mentorScore: 8, menteeScore: 9 },
  { pairId: 'П-7', type: 'planning', date: '2024-10-16', mentorScore: 9, menteeScore: 9 },
  { pairId: 'П-7', type: 'regular', date: '2024-10-23', mentorScore: 9, menteeScore: 10 },
  { pairId: 'П-7', type: 'final', date: '2024-10-30', mentorScore: 10, menteeScore: 10 },
];

describe('completing a pair', () => {
  it('is allowed with the whole sequence and feedback, with nothing to warn about', () => {
    expect(completionCheck(pairProgress(pair, full, '2024-11-01'))).toEqual({
      canComplete: true,
      blockers: [],
      warnings: [],
    });
  });

  it('needs the final meeting', () => {
    const check = completionCheck(pairProgress(pair, full.slice(0, 4), '2024-11-01'));
    expect(check.canComplete).toBe(false);
    expect(check.blockers).toEqual(['Пара П-7: итоговая встреча ещё не проведена — добавьте её в лист «Встречи»']);
  });

  it('does not count a final meeting planned for later', () => {
    expect(completionCheck(pairProgress(pair, full, '2024-10-29')).canComplete).toBe(false);
  });

  it('warns about skipped steps and missing feedback but allows completing', () => {
    const meetings: Meeting[] = [
      { pairId: 'П-7', type: 'intro', date: '2024-10-02' },
      { pairId: 'П-7', type: 'final', date: '2024-10-30', mentorScore: 9, menteeScore: 9 },
    ];
    const check = completionCheck(pairProgress(pair, meetings, '2024-11-01'));
    expect(check.canComplete).toBe(true);
    expect(check.warnings).toEqual([
      'Пара П-7: не отмечена пробная рабочая встреча',
      'Пара П-7: не отмечена встреча-планирование',
      'Пара П-7: не отмечена регулярная встреча',
      'Пара П-7: у 1 из 2 встреч нет оценки наставника или наставляемого',
    ]);
  });

  it('refuses pairs that are proposed, cancelled or already completed', () => {
    const messages = (['предложена', 'расторгнута', 'завершена'] as const).map(
      (status) => completionCheck(pairProgress({ ...pair, status }, full, '2024-11-01')).blockers,
    );
    expect(messages).toEqual([
      ['Пара П-7 ещё не утверждена приказом'],
      ['Пара П-7 расторгнута — завершить её нельзя'],
      ['Пара П-7 уже завершена'],
    ]);
  });
});
