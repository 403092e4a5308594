import { describe, expect, it } from 'vitest';
import { meetingCells, meetingSheet, readMeetings, toDay } from '../../shared/meetings';
import { formatProblem, TableModel } from '../../shared/tables';
import { headersOf } from '../../shared/workspace';

const headers = headersOf(meetingSheet);

describe('reading «Встречи»', () => {
  it('reads rows with dates as text or Date, aliases of types and scores', () => {
    const grid = [
      headers,
      ['П-1', 'встреча-знакомство', '02.10.2024', 'Знакомство', 'Договорились о плане', 8, '9', ''],
      ['П-1', 'Пробная', new Date(Date.UTC(2024, 9, 9)), '', '', '', '', 'перенесли на час'],
      [],
      ['П-2', 'заключительная', '2024-10-30', '', '', 10, 10, ''],
    ];
    const { meetings, problems } = readMeetings(grid, { pairIds: new Set(['П-1', 'П-2']) });
    expect(problems).toEqual([]);
    expect(meetings).toEqual([
      {
        pairId: 'П-1',
        type: 'intro',
        date: '2024-10-02',
        topic: 'Знакомство',
        outcome: 'Договорились о плане',
        mentorScore: 8,
        menteeScore: 9,
      },
      { pairId: 'П-1', type: 'trial', date: '2024-10-09', comment: 'перенесли на час' },
      { pairId: 'П-2', type: 'final', date: '2024-10-30', mentorScore: 10, menteeScore: 10 },
    ]);
  });

  it('finds columns by header text in any order and keeps going past bad rows', () => {
    const grid = [
      ['Дата', 'Оценка наставляемого (1–10)', 'ID пары', 'Тип встречи'],
      ['31.09.2024', '', 'П-1', 'регулярная'],
      ['01.10.2024', 11, 'П-9', 'чаепитие'],
      ['', '', '', 'итоговая'],
      ['08.10.2024', 7, 'П-1', 'регулярная'],
    ];
    const { meetings, problems } = readMeetings(grid, { pairIds: new Set(['П-1']) });
    expect(meetings).toEqual([{ pairId: 'П-1', type: 'regular', date: '2024-10-08', menteeScore: 7 }]);
    expect(problems.map(formatProblem)).toEqual([
      'Лист «Встречи», строка 2, столбец A «Дата»: «31.09.2024» — нужна дата в виде ДД.ММ.ГГГГ',
      'Лист «Встречи», строка 3, столбец C «ID пары»: «П-9» — такой пары нет в листе «Пары»',
      'Лист «Встречи», строка 3, столбец D «Тип встречи»: «чаепитие» — неизвестное значение (тип встречи); допустимо: знакомство, пробная, планирование, регулярная, итоговая',
      'Лист «Встречи», строка 3, столбец B «Оценка наставляемого (1–10)»: «11» — нужно число от 1 до 10',
      'Лист «Встречи», строка 4, столбец C «ID пары»: не заполнено: укажите ID пары из листа «Пары»',
      'Лист «Встречи», строка 4, столбец A «Дата»: не заполнено: укажите дату встречи (ДД.ММ.ГГГГ)',
    ]);
  });

  it('stops at a missing required column', () => {
    const { meetings, problems } = readMeetings([
      ['ID пары', 'Дата'],
      ['П-1', '01.10.2024'],
    ]);
    expect(meetings).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'Лист «Встречи», строка 1, столбец «Тип встречи»: нет обязательного столбца — добавьте его в строку заголовков',
    ]);
  });

  it('writes a meeting back as a row that reads the same', () => {
    const model = TableModel.fromGrid([headers], meetingSheet);
    const meeting = {
      pairId: 'П-3',
      type: 'planning' as const,
      date: '2024-11-05',
      topic: 'План на четверть',
      mentorScore: 9,
    };
    model.append(meetingCells(meeting));
    const grid = model.toGrid();
    expect(toDay(grid[1][2])).toBe('2024-11-05');
    expect(grid[1][1]).toBe('планирование');
    expect(readMeetings(grid)).toEqual({ meetings: [meeting], problems: [] });
  });
});
