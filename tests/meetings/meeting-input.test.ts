import { describe, expect, it } from 'vitest';
import { parseMeetingInput } from '../../shared/meetings';

const pairIds = new Set(['П-1']);

describe('the add-meeting dialog input', () => {
  it('accepts a complete meeting, trimming text and dropping empty fields', () => {
    expect(
      parseMeetingInput(
        {
          pairId: ' П-1 ',
          type: 'регулярная',
          date: '2024-11-12',
          topic: ' Проект ',
          outcome: '',
          mentorScore: '8',
          menteeScore: 9,
        },
        pairIds,
      ),
    ).toEqual({
      ok: true,
      meeting: { pairId: 'П-1', type: 'regular', date: '2024-11-12', topic: 'Проект', mentorScore: 8, menteeScore: 9 },
    });
  });

  it('names every bad field in Russian', () => {
    expect(
      parseMeetingInput({ pairId: 'П-5', type: 'обед', date: '30.02.2024', mentorScore: 0, menteeScore: 7.5 }, pairIds),
    ).toEqual({
      ok: false,
      issues: [
        { field: 'pairId', message: 'Пары «П-5» нет в листе «Пары»' },
        { field: 'type', message: 'Выберите тип встречи: знакомство, пробная, планирование, регулярная, итоговая' },
        { field: 'date', message: 'Укажите дату встречи в виде ДД.ММ.ГГГГ' },
        { field: 'mentorScore', message: 'Оценка наставника — целое число от 1 до 10' },
        { field: 'menteeScore', message: 'Оценка наставляемого — целое число от 1 до 10' },
      ],
    });
    expect(parseMeetingInput(null, pairIds)).toMatchObject({
      ok: false,
      issues: [{ field: 'pairId', message: 'Выберите пару' }, {}, {}],
    });
  });
});
