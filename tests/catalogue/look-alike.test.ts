import { describe, expect, it } from 'vitest';
import {
  consentAnswers,
  describeLatinLetters,
  forms,
  lookAlikeKey,
  mentorCategories,
  weekdays,
} from '../../shared/catalogue';
import { readMentees, readMentors } from '../../shared/registry';
import { formatProblem } from '../../shared/tables';
import { headersOf, menteeSheet, mentorSheet } from '../../shared/workspace';

describe('Latin look-alike letters in closed lists', () => {
  it('are read as the Cyrillic value and the correction is named', () => {
    expect(forms.match('учитeль – ученик')).toEqual({
      value: 'teacher-student',
      correction: 'латинская «e» в «учитeль»',
    });
    expect(consentAnswers.match('дa')).toEqual({ value: 'да', correction: 'латинская «a» в «дa»' });
    expect(mentorCategories.match('Oбучающийся')?.correction).toBe('латинская «O» в «Oбучающийся»');
    expect(weekdays.resolve('cp')).toBe('ср');
  });

  it('case, spaces, «ё» and dashes are accepted and named as corrections', () => {
    expect(forms.match('  УЧИТЕЛЬ—ученик ')).toEqual({
      value: 'teacher-student',
      correction: 'регистр букв, пробелы, тире/дефис',
    });
    expect(mentorCategories.match('социальный партнер')).toEqual({
      value: 'Социальный партнёр',
      correction: 'регистр букв, «ё»/«е»',
    });
  });

  it('names several letters in several words', () => {
    expect(describeLatinLetters('yчитeль – ученик')).toBe('латинские «y», «e» в «yчитeль»');
    expect(lookAlikeKey('H016')).toBe(lookAlikeKey('Н016'));
  });

  it('a near miss names the closest valid value; a far one names none', () => {
    expect(forms.closest('учитель – учиник')).toBe('учитель – ученик');
    expect(forms.closest('учитл – ученик')).toBe('учитель – ученик');
    expect(forms.closest('наставник – группа')).toBeUndefined();
    expect(consentAnswers.closest('потом')).toBeUndefined();
  });
});

const MENTOR_HEADERS = headersOf(mentorSheet);
const MENTEE_HEADERS = headersOf(menteeSheet);
const rowOf = (headers: string[], values: Record<string, unknown>) => headers.map((header) => values[header] ?? '');
const mentor = (values: Record<string, unknown>) =>
  rowOf(MENTOR_HEADERS, {
    ID: 'Н001',
    ФИО: 'Ларионова Вера',
    'Формы наставничества': 'учитель – ученик',
    'Согласие на обработку ПДн': 'да',
    ...values,
  });

describe('registry readers', () => {
  it('accept a look-alike value and report the correction as a note, keeping the row', () => {
    const read = readMentors([
      MENTOR_HEADERS,
      mentor({ 'Формы наставничества': 'учитeль – ученик', 'Согласие на обработку ПДн': 'дa' }),
    ]);
    expect(read.problems).toEqual([]);
    expect(read.mentors).toHaveLength(1);
    expect(read.mentors[0].forms).toEqual(['teacher-student']);
    expect(read.mentors[0].consent).toBe(true);
    expect(read.notes.map(formatProblem)).toEqual([
      'Лист «Наставники», строка 2, столбец I «Формы наставничества»: «учитeль – ученик» — исправлено: латинская «e» в «учитeль» (принято как «учитель – ученик»)',
      'Лист «Наставники», строка 2, столбец Q «Согласие на обработку ПДн»: «дa» — исправлено: латинская «a» в «дa» (принято как «да»)',
    ]);
  });

  it('an unknown value names the closest valid one and leaves the row out', () => {
    const read = readMentors([MENTOR_HEADERS, mentor({ 'Формы наставничества': 'учитель – учиник' })]);
    expect(read.mentors).toEqual([]);
    expect(read.leftOut).toEqual([{ row: 2, id: 'Н001' }]);
    expect(formatProblem(read.problems[0])).toMatch(
      /«учитель – учиник» — неизвестное значение \(форма наставничества\): возможно, «учитель – ученик»; допустимо: /,
    );
  });

  it('names Latin letters in names and IDs typed in the other alphabet', () => {
    const read = readMentees([
      MENTEE_HEADERS,
      ...['У001', 'У002', 'Y003'].map((id, index) =>
        rowOf(MENTEE_HEADERS, {
          ID: id,
          ФИО: index === 1 ? 'Иванoв Пётр' : `Ученик ${index}`,
          'Форма наставничества': 'учитель – ученик',
        }),
      ),
    ]);
    expect(read.mentees).toHaveLength(3);
    expect(read.notes.map(formatProblem)).toEqual([
      'Лист «Наставляемые», строка 3, столбец B «ФИО»: «Иванoв Пётр» — проверьте: латинская «o» в «Иванoв» — буквы выглядят одинаково, но для поиска это разные слова',
      'Лист «Наставляемые», строка 4, столбец A «ID»: «Y003» — проверьте: буквы ID набраны латинскими буквами, а в других ID — русскими; на вид они одинаковы, но это разные ID',
    ]);
  });

  it('a bad ИНН read for pairing is a note: the mentor still takes part; elsewhere it leaves the row out', () => {
    const grid = [MENTOR_HEADERS, mentor({ 'ИНН организации': '2310000012' })];
    const read = readMentors(grid, { forPairing: true });
    expect(read.problems).toEqual([]);
    expect(read.mentors[0].inn).toBeUndefined();
    expect(read.notes.map((note) => note.code)).toEqual(['bad-inn']);
    const forReport = readMentors(grid);
    expect(forReport.mentors).toEqual([]);
    expect(forReport.problems.map((problem) => problem.code)).toEqual(['bad-inn']);
  });
});
