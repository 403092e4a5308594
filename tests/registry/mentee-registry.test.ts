import { describe, expect, it } from 'vitest';
import { menteeSchema, readMentees } from '../../shared/registry';
import { headersOf, menteeSheet } from '../../shared/workspace';

const HEADERS = headersOf(menteeSheet);

function row(values: Record<string, unknown>): unknown[] {
  const merged: Record<string, unknown> = {
    ID: 'У001',
    ФИО: 'Котов Иван Петрович',
    'Форма наставничества': 'учитель – ученик',
    'Согласие на обработку ПДн': 'да',
    ...values,
  };
  return HEADERS.map((header) => merged[header] ?? '');
}

describe('readMentees', () => {
  it('reads a full row', () => {
    const { mentees, problems } = readMentees([
      HEADERS,
      row({
        Категория: 'ученица',
        Возраст: '14',
        'Класс/курс': '8 «А»',
        'Форма наставничества': 'Педагог — студент',
        Запросы: 'математика; подготовка к ОГЭ',
        Интересы: 'шахматы',
        'Удобные дни': 'ПН;ЧТ',
        Формат: 'онлайн',
        'Предпочитаемый наставник': 'Н001',
        'Согласие на обработку ПДн': true,
        Статус: 'ожидает',
      }),
    ]);
    expect(problems).toEqual([]);
    expect(mentees).toEqual([
      {
        id: 'У001',
        fullName: 'Котов Иван Петрович',
        category: 'Обучающийся',
        age: 14,
        grade: 8,
        form: 'teacher-student',
        requests: ['математика', 'подготовка к ОГЭ'],
        interests: ['шахматы'],
        days: ['пн', 'чт'],
        format: 'дистанционно',
        preferredMentor: 'Н001',
        consent: true,
        status: 'ожидает',
      },
    ]);
    expect(menteeSchema.safeParse(mentees[0]).success).toBe(true);
  });

  it('needs one known form; empty status means ожидает', () => {
    const { mentees, problems } = readMentees([
      HEADERS,
      row({ 'Форма наставничества': '' }),
      row({ ID: 'У002', 'Форма наставничества': 'родитель – ученик' }),
      row({ ID: 'У003', 'Форма наставничества': 'социальный партнер – ученик' }),
    ]);
    expect(problems.map((p) => [p.row, p.column, p.header, p.value, p.code])).toEqual([
      [2, 'G', 'Форма наставничества', '', 'required'],
      [3, 'G', 'Форма наставничества', 'родитель – ученик', 'unknown-value'],
    ]);
    expect(mentees).toEqual([
      expect.objectContaining({ id: 'У003', form: 'employer-student', status: 'ожидает', consent: true }),
    ]);
  });

  it('reports a duplicate ID in the later row and keeps the first', () => {
    const { mentees, problems } = readMentees([HEADERS, row({}), row({ ФИО: 'Двойник' })]);
    expect(mentees.map((mentee) => mentee.fullName)).toEqual(['Котов Иван Петрович']);
    expect(problems).toEqual([expect.objectContaining({ code: 'duplicate-id', row: 3, column: 'A', value: 'У001' })]);
  });

  it('rejects a record that breaks the schema', () => {
    const { mentees } = readMentees([HEADERS, row({})]);
    expect(menteeSchema.safeParse({ ...mentees[0], form: 'parent-child' }).success).toBe(false);
    expect(menteeSchema.safeParse({ ...mentees[0], grade: 12 }).success).toBe(false);
  });
});
