import { describe, expect, it } from 'vitest';
import { TableModel } from '../../shared/tables';
import { doNotPairSheet } from '../../shared/workspace';

describe('TableModel', () => {
  const grid = [
    ['Комментарий', 'Наставляемый ID', 'наставник id', 'Моя оценка'],
    ['важно', 'У1', 'Н1', 5],
    [],
    ['', 'У2', 'Н2', '=A1'],
  ];

  it('keeps the curator’s columns in place and adds the missing ones after the last header', () => {
    const model = TableModel.fromGrid(grid, doNotPairSheet);
    expect(model.headers).toEqual(['Комментарий', 'Наставляемый ID', 'наставник id', 'Моя оценка', 'Причина']);
    expect(model.columnIndex('mentorId')).toBe(2);
    expect([...model.ownColumns()].sort()).toEqual([1, 2, 4]);
    expect(model.rows.map((row) => row.sourceRow)).toEqual([2, 4]);
  });

  it('updates and appends by key without touching other cells', () => {
    const model = TableModel.fromGrid(grid, doNotPairSheet);
    model.set(model.rows[0], { reason: 'конфликт' });
    model.append({ mentorId: 'Н3', menteeId: 'У3' });
    expect(model.toGrid()).toEqual([
      ['Комментарий', 'Наставляемый ID', 'наставник id', 'Моя оценка', 'Причина'],
      ['важно', 'У1', 'Н1', 5, 'конфликт'],
      ['', 'У2', 'Н2', '=A1', ''],
      ['', 'У3', 'Н3', '', ''],
    ]);
  });

  it('drops rows on request, keeping the others in order', () => {
    const model = TableModel.fromGrid(grid, doNotPairSheet);
    model.retain((row) => model.text(row, 'menteeId') !== 'У1');
    expect(model.toGrid().slice(1)).toEqual([['', 'У2', 'Н2', '=A1', '']]);
  });

  it('builds the header row from the spec for an empty sheet', () => {
    const model = TableModel.fromGrid([], doNotPairSheet);
    expect(model.toGrid()).toEqual([['Наставник ID', 'Наставляемый ID', 'Причина']]);
  });

  it('keeps rows wider than the header', () => {
    const model = TableModel.fromGrid(
      [
        ['Наставник ID', 'Наставляемый ID', 'Причина'],
        ['Н1', 'У1', '', '', 'за краем'],
      ],
      doNotPairSheet,
    );
    expect(model.toGrid()[1]).toEqual(['Н1', 'У1', '', '', 'за краем']);
    expect(model.toGrid()[0]).toHaveLength(5);
  });
});
