import { describe, expect, it } from 'vitest';
import { countOf, overdueDigest, pairsProgress, type Meeting, type PairInfo } from '../../shared/meetings';

const pairs: PairInfo[] = [
  { pairId: 'П-1', status: 'утверждена', startDate: '2024-10-01' },
  { pairId: 'П-2', status: 'утверждена', startDate: '2024-10-01' },
  { pairId: 'П-3', status: 'утверждена', startDate: '2024-10-20' },
  { pairId: 'П-4', status: 'завершена', startDate: '2024-09-01' },
];
const meetings: Meeting[] = [
  { pairId: 'П-1', type: 'intro', date: '2024-10-03' },
  { pairId: 'П-2', type: 'intro', date: '2024-10-03' },
  { pairId: 'П-2', type: 'trial', date: '2024-10-25' },
];

describe('overdue digest', () => {
  it('lists overdue pairs, the longest wait first, with names and dates', () => {
    const progress = pairsProgress(pairs, meetings, '2024-11-01');
    const names = new Map([['П-1', { mentor: 'Ежова А. В.', mentees: ['Лосев К.', 'Орлова Д.'] }]]);
    const digest = overdueDigest(progress, '2024-11-01', names, 'МБОУ «Школа № 5»');
    expect(digest?.pairIds).toEqual(['П-1', 'П-3']);
    expect(digest?.subject).toBe('Наставничество: 2 пары без встреч больше недели');
    expect(digest?.body.split('\n')).toEqual([
      'Здравствуйте!',
      '',
      'На 01.11.2024 (МБОУ «Школа № 5») без встреч больше 7 дней — 2 пары:',
      '• П-1 (Ежова А. В. — Лосев К., Орлова Д.): последняя встреча 03.10.2024, 29 дней назад',
      '• П-3: встреч ещё не было, работа пары началась 12 дней назад',
      '',
      'По программе наставничества встречи наставника и наставляемого проходят не реже одного раза в неделю.',
      'Отметьте проведённые встречи в листе «Встречи» или свяжитесь с наставниками этих пар.',
      '',
      'Письмо отправлено надстройкой «Наставник».',
    ]);
  });

  it('is null when every pair met within the week', () => {
    expect(overdueDigest(pairsProgress(pairs, meetings, '2024-10-05'), '2024-10-05')).toBeNull();
  });

  it('words counts the Russian way', () => {
    expect([1, 2, 5, 11, 21, 22, 104, 111].map((n) => countOf(n, ['пара', 'пары', 'пар']))).toEqual([
      '1 пара',
      '2 пары',
      '5 пар',
      '11 пар',
      '21 пара',
      '22 пары',
      '104 пары',
      '111 пар',
    ]);
  });
});
