import { describe, expect, it } from 'vitest';
import {
  pairInfos,
  pairProgress,
  pairsProgress,
  progressCells,
  progressSheet,
  type Meeting,
  type PairInfo,
} from '../../shared/meetings';
import { headersOf } from '../../shared/workspace';

const pair: PairInfo = { pairId: 'П-1', status: 'утверждена', startDate: '2024-10-01' };

function meeting(type: Meeting['type'], date: string, scores: Partial<Meeting> = {}): Meeting {
  return { pairId: 'П-1', type, date, ...scores };
}

describe('pair progress', () => {
  it('before any meeting counts days from the start date', () => {
    expect(pairProgress(pair, [], '2024-10-08')).toMatchObject({
      held: 0,
      stage: undefined,
      daysWithoutMeeting: 7,
      overdue: false,
    });
    expect(pairProgress(pair, [], '2024-10-09')).toMatchObject({ daysWithoutMeeting: 8, overdue: true });
  });

  it('is not overdue on day 7 after the last meeting and is on day 8', () => {
    const meetings = [meeting('intro', '2024-10-02'), meeting('trial', '2024-10-09')];
    expect(pairProgress(pair, meetings, '2024-10-16')).toMatchObject({
      stage: 'trial',
      lastMeeting: '2024-10-09',
      daysWithoutMeeting: 7,
      overdue: false,
    });
    expect(pairProgress(pair, meetings, '2024-10-17').overdue).toBe(true);
  });

  it('treats meetings after today as planned, not held', () => {
    const meetings = [
      meeting('intro', '2024-10-02'),
      meeting('trial', '2024-10-20'),
      meeting('planning', '2024-10-25'),
    ];
    const progress = pairProgress(pair, meetings, '2024-10-12');
    expect(progress).toMatchObject({
      held: 1,
      stage: 'intro',
      lastMeeting: '2024-10-02',
      nextMeeting: '2024-10-20',
      overdue: true,
    });
  });

  it('takes the furthest stage of the sequence and lists the steps skipped on the way', () => {
    const meetings = [
      meeting('regular', '2024-10-20'),
      meeting('intro', '2024-10-02'),
      meeting('regular', '2024-10-27'),
    ];
    const progress = pairProgress(pair, meetings, '2024-10-28');
    expect(progress.stage).toBe('regular');
    expect(progress.skipped).toEqual(['trial', 'planning']);
    expect(progress.heldByType).toEqual({ intro: 1, trial: 0, planning: 0, regular: 2, final: 0 });
    expect(progress.lastMeeting).toBe('2024-10-27');
  });

  it('averages the feedback scores that were given and counts meetings without them', () => {
    const meetings = [
      meeting('intro', '2024-10-02', { mentorScore: 8, menteeScore: 6 }),
      meeting('trial', '2024-10-09', { mentorScore: 9 }),
      meeting('planning', '2024-10-16', { mentorScore: 10, menteeScore: 9 }),
    ];
    const progress = pairProgress(pair, meetings, '2024-10-17');
    expect(progress.mentorScore).toBe(9);
    expect(progress.menteeScore).toBe(7.5);
    expect(progress.withoutFeedback).toBe(1);
  });

  it('is never overdue once the final meeting is held, nor for pairs not at work', () => {
    const done = [meeting('intro', '2024-10-02'), meeting('final', '2024-10-09')];
    expect(pairProgress(pair, done, '2025-01-01')).toMatchObject({ overdue: false, readyToComplete: true });
    for (const status of ['предложена', 'завершена', 'расторгнута'] as const) {
      expect(pairProgress({ ...pair, status }, [], '2025-01-01').overdue).toBe(false);
    }
  });

  it('cannot tell overdue without a start date or a meeting', () => {
    expect(pairProgress({ pairId: 'П-1', status: 'утверждена' }, [], '2025-01-01')).toMatchObject({
      daysWithoutMeeting: undefined,
      overdue: false,
    });
  });

  it('keeps each pair to its own meetings', () => {
    const meetings: Meeting[] = [meeting('intro', '2024-10-02'), { pairId: 'П-2', type: 'intro', date: '2024-10-10' }];
    const [first, second] = pairsProgress([pair, { pairId: 'П-2', status: 'утверждена' }], meetings, '2024-10-12');
    expect(first).toMatchObject({ pairId: 'П-1', held: 1, lastMeeting: '2024-10-02', overdue: true });
    expect(second).toMatchObject({ pairId: 'П-2', held: 1, lastMeeting: '2024-10-10', overdue: false });
  });
});

describe('pairs from the «Пары» sheet', () => {
  it('makes one pair per ID, a group sharing it, with the earliest start date', () => {
    const record = (
      row: number,
      pairId: string,
      menteeId: string,
      startDate: string,
      status?: 'утверждена' | 'предложена',
    ) => ({
      row,
      pairId,
      mentorId: 'Н1',
      mentorName: '',
      menteeId,
      menteeName: '',
      reasons: '',
      startDate,
      order: '',
      ...(status ? { status } : {}),
    });
    expect(
      pairInfos([
        record(2, 'П-1', 'У1', '05.10.2024', 'утверждена'),
        record(3, 'П-1', 'У2', '01.10.2024', 'утверждена'),
        record(4, 'П-2', 'У3', '', 'предложена'),
        record(5, '', 'У4', '01.10.2024'),
      ]),
    ).toEqual([
      { pairId: 'П-1', status: 'утверждена', startDate: '2024-10-01' },
      { pairId: 'П-2', status: 'предложена' },
    ]);
  });
});

describe('the «Ход работы пар» sheet', () => {
  it('shows the stage, the last meeting, the wait and the mean scores of a pair', () => {
    const meetings = [
      meeting('intro', '2024-10-02', { mentorScore: 8, menteeScore: 7 }),
      meeting('trial', '2024-10-09', { mentorScore: 9 }),
    ];
    const cells = progressCells(pairProgress(pair, meetings, '2024-10-20'), {
      mentor: 'Ежова А. В.',
      mentees: ['Лосев К.', 'Орлова Д.'],
    });
    expect(cells).toEqual({
      pairId: 'П-1',
      mentor: 'Ежова А. В.',
      mentees: 'Лосев К., Орлова Д.',
      status: 'утверждена',
      stage: 'пробная',
      held: 2,
      lastMeeting: new Date(Date.UTC(2024, 9, 9)),
      daysWithoutMeeting: 11,
      nextMeeting: '',
      overdue: 'да',
      mentorScore: 8.5,
      menteeScore: 7,
    });
    expect(headersOf(progressSheet)).toHaveLength(Object.keys(cells).length);
    expect(progressCells(pairProgress(pair, [], '2024-10-02'))).toMatchObject({
      stage: 'нет встреч',
      held: 0,
      overdue: '',
      mentorScore: '',
    });
  });
});
