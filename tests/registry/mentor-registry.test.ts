import { describe, expect, it } from 'vitest';
import { mentorSchema, readMentors } from '../../shared/registry';
import { formatProblem } from '../../shared/tables';
import { headersOf, mentorSheet } from '../../shared/workspace';

const HEADERS = headersOf(mentorSheet);

/** A mentor row in the sheet's column order, overridden by header. */
function row(values: Record<string, unknown>): unknown[] {
  const base: Record<string, unknown> = {
    ID: 'Н001',
    ФИО: 'Ларионова Вера Павловна',
    'Формы наставничества': 'учитель – ученик',
    'Согласие на обработку ПДн': 'да',
  };
  const merged = { ...base, ...values };
  return HEADERS.map((header) => merged[header] ?? '');
}

describe('readMentors', () => {
  it('reads every column of a full row', () => {
    const grid = [
      HEADERS,
      row({
        Категория: 'учитель',
        Организация: 'ООО «Технопарк-Юг»',
        'ИНН организации': '2310000011',
        Возраст: 46,
        'Класс/курс': '',
        'Стаж, лет': '22,5',
        'Формы наставничества': 'педагог—студент; Педагог - педагог',
        Компетенции: 'математика; олимпиады',
        Интересы: 'шахматы, походы',
        'Классы/курсы наставляемых': '7–9',
        'Удобные дни': 'пн, Среда пт',
        Формат: 'очный',
        'Макс. наставляемых': '3',
        'Предпочитаемые наставляемые': 'У001; Котов Иван',
        'Согласие на обработку ПДн': 'Да',
        Статус: 'В реестре',
        Email: 'vera@example.ru',
        Телефон: '+7 900 000-00-01',
      }),
    ];
    const { mentors, problems, rowOf } = readMentors(grid);
    expect(problems).toEqual([]);
    expect(mentors).toEqual([
      {
        id: 'Н001',
        fullName: 'Ларионова Вера Павловна',
        category: 'Педагог',
        organization: 'ООО «Технопарк-Юг»',
        inn: '2310000011',
        age: 46,
        experienceYears: 22.5,
        forms: ['teacher-student', 'teacher-teacher'],
        competencies: ['математика', 'олимпиады'],
        interests: ['шахматы', 'походы'],
        menteeGrades: { min: 7, max: 9 },
        days: ['пн', 'ср', 'пт'],
        format: 'очно',
        capacity: 3,
        preferredMentees: ['У001', 'Котов Иван'],
        consent: true,
        status: 'в реестре',
        email: 'vera@example.ru',
        phone: '+7 900 000-00-01',
      },
    ]);
    expect(mentorSchema.safeParse(mentors[0]).success).toBe(true);
    expect(rowOf.get('Н001')).toBe(2);
  });

  it('applies the defaults of empty cells: capacity 1, no consent, status кандидат', () => {
    const { mentors } = readMentors([HEADERS, row({ 'Согласие на обработку ПДн': '' })]);
    expect(mentors[0]).toMatchObject({ capacity: 1, consent: false, status: 'кандидат', days: [], competencies: [] });
  });

  it('addresses every bad cell with sheet, row, column letter, header and value', () => {
    const grid = [
      HEADERS,
      row({ 'Макс. наставляемых': 'два' }),
      row({ ID: 'Н002', 'Формы наставничества': 'учитель – ученик; родитель – ребёнок' }),
      row({ ID: 'н001', ФИО: 'Другой человек' }),
      row({ ID: 'Н004', 'Согласие на обработку ПДн': 'может быть', Категория: 'кот' }),
      row({
        ID: 'Н005',
        'Класс/курс': 'двенадцатый',
        'Классы/курсы наставляемых': '9-5',
        'ИНН организации': '2310000012',
      }),
      row({ ID: 'Н006', 'Удобные дни': 'пн пнд', Возраст: '40 лет', 'Макс. наставляемых': 0 }),
      row({ ID: '', ФИО: '', 'Формы наставничества': '' }),
      row({ ID: 'Н008', 'Формы наставничества': ' ; ' }),
    ];
    const { mentors, problems } = readMentors(grid);
    expect(problems.map((p) => [p.sheet, p.row, p.column, p.header, p.value, p.code])).toEqual([
      ['Наставники', 2, 'O', 'Макс. наставляемых', 'два', 'not-integer'],
      ['Наставники', 3, 'I', 'Формы наставничества', 'родитель – ребёнок', 'unknown-value'],
      ['Наставники', 4, 'A', 'ID', 'н001', 'duplicate-id'],
      ['Наставники', 5, 'C', 'Категория', 'кот', 'unknown-value'],
      ['Наставники', 5, 'Q', 'Согласие на обработку ПДн', 'может быть', 'unknown-value'],
      ['Наставники', 6, 'E', 'ИНН организации', '2310000012', 'bad-inn'],
      ['Наставники', 6, 'G', 'Класс/курс', 'двенадцатый', 'bad-grade'],
      ['Наставники', 6, 'L', 'Классы/курсы наставляемых', '9-5', 'bad-grade-range'],
      ['Наставники', 7, 'F', 'Возраст', '40 лет', 'not-integer'],
      ['Наставники', 7, 'M', 'Удобные дни', 'пнд', 'unknown-value'],
      ['Наставники', 7, 'O', 'Макс. наставляемых', '0', 'out-of-range'],
      ['Наставники', 8, 'A', 'ID', '', 'required'],
      ['Наставники', 8, 'B', 'ФИО', '', 'required'],
      ['Наставники', 8, 'I', 'Формы наставничества', '', 'required'],
      ['Наставники', 9, 'I', 'Формы наставничества', ';', 'required'],
    ]);
    expect(mentors).toEqual([]);
    expect(formatProblem(problems[0])).toBe(
      'Лист «Наставники», строка 2, столбец O «Макс. наставляемых»: «два» — нужно целое число от 1 до 100',
    );
    expect(formatProblem(problems[2])).toContain('уже в строке 2');
    expect(formatProblem(problems[4])).toContain('допустимо: да, нет');
  });

  it('keeps the good rows when others have problems', () => {
    const { mentors, problems } = readMentors([
      HEADERS,
      row({ ID: 'Н1' }),
      row({ ID: 'Н2', 'Макс. наставляемых': 'два' }),
      row({ ID: 'Н3' }),
    ]);
    expect(mentors.map((mentor) => mentor.id)).toEqual(['Н1', 'Н3']);
    expect(problems).toHaveLength(1);
  });

  it('finds columns in any order and keeps working with extra columns', () => {
    const grid = [
      ['Заметка', 'согласие на обработку пдн', 'формы наставничества', 'фио', 'id'],
      ['любая', 'да', 'студент – студент', 'Зуев Артём', 'Н002'],
    ];
    const { mentors, problems } = readMentors(grid);
    expect(problems).toEqual([]);
    expect(mentors[0]).toMatchObject({ id: 'Н002', fullName: 'Зуев Артём', forms: ['student-student'] });
  });

  it('reports missing required columns, an empty sheet and a header row only', () => {
    expect(
      readMentors([
        ['ID', 'ФИО', 'Статус'],
        ['Н1', 'А', 'кандидат'],
      ]).problems.map((p) => [p.code, p.row, p.header]),
    ).toEqual([
      ['missing-column', 1, 'Формы наставничества'],
      ['missing-column', 1, 'Согласие на обработку ПДн'],
    ]);
    expect(readMentors([]).problems.map((p) => [p.code, p.row])).toEqual([['empty-sheet', 1]]);
    expect(readMentors([HEADERS]).problems.map((p) => [p.code, p.row])).toEqual([['no-rows', 2]]);
    expect(readMentors([HEADERS], { requireRows: false }).problems).toEqual([]);
  });
});
