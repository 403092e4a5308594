import { describe, expect, it } from 'vitest';
import {
  consentAnswers,
  forms,
  meetingFormats,
  menteeCategories,
  menteeStatuses,
  mentorCategories,
  mentorStatuses,
  weekdays,
} from '../../shared/catalogue';
import { readMentees, readMentors } from '../../shared/registry';
import { formatProblem } from '../../shared/tables';
import { headersOf, menteeSheet, mentorSheet } from '../../shared/workspace';

describe('closed-list values read through a correction', () => {
  it('each kind is named: case, spaces, «ё»/«е», dashes, quotes, a final dot, Latin look-alikes', () => {
    expect(forms.match('Учитель – Ученик')).toEqual({ value: 'teacher-student', correction: 'регистр букв' });
    expect(forms.match('учитель  –  ученик')).toEqual({ value: 'teacher-student', correction: 'пробелы' });
    expect(mentorCategories.match('Социальный партнер')).toEqual({
      value: 'Социальный партнёр',
      correction: '«ё»/«е»',
    });
    expect(forms.match('учитель — ученик')).toEqual({ value: 'teacher-student', correction: 'тире/дефис' });
    expect(menteeStatuses.match('«ожидает»')).toEqual({ value: 'ожидает', correction: 'кавычки' });
    expect(meetingFormats.match('очно.')).toEqual({ value: 'очно', correction: 'точка в конце' });
    expect(consentAnswers.match('дa')).toEqual({ value: 'да', correction: 'латинская «a» в «дa»' });
  });

  it('several kinds at once are named together, Latin letters first', () => {
    expect(forms.match('учитель-ученик')).toEqual({ value: 'teacher-student', correction: 'пробелы, тире/дефис' });
    expect(forms.match('Учитeль – ученик')).toEqual({
      value: 'teacher-student',
      correction: 'латинская «e» в «Учитeль», регистр букв',
    });
    expect(forms.match('Педагог-Педагог')).toEqual({
      value: 'teacher-teacher',
      correction: 'регистр букв, пробелы, тире/дефис',
    });
  });

  it('a value that is exactly valid — label, stored value or alias — is no correction', () => {
    for (const vocabulary of [
      forms,
      mentorCategories,
      menteeCategories,
      consentAnswers,
      mentorStatuses,
      menteeStatuses,
      weekdays,
      meetingFormats,
    ]) {
      for (const term of vocabulary.terms) {
        for (const spelling of [term.label, term.value, ...(term.aliases ?? [])]) {
          expect(vocabulary.match(spelling), spelling).toEqual({ value: term.value });
        }
      }
    }
  });

  it('asking again gives the same answer (the answers are remembered, not shared)', () => {
    const first = forms.match('Учитель – Ученик');
    if (first) first.correction = 'changed';
    expect(forms.match('Учитель – Ученик')).toEqual({ value: 'teacher-student', correction: 'регистр букв' });
    expect(forms.match('наставник – группа')).toBeUndefined();
    expect(forms.match('наставник – группа')).toBeUndefined();
  });
});

const MENTOR_HEADERS = headersOf(mentorSheet);
const MENTEE_HEADERS = headersOf(menteeSheet);
const rowOf = (headers: string[], values: Record<string, unknown>) => headers.map((header) => values[header] ?? '');

describe('registry readers report every correction with its sheet, row and column', () => {
  it('mentors: form, category, days, format, consent, status', () => {
    const read = readMentors([
      MENTOR_HEADERS,
      rowOf(MENTOR_HEADERS, {
        ID: 'Н001',
        ФИО: 'Ларионова Вера',
        Категория: 'педагог',
        'Формы наставничества': 'Учитель – Ученик',
        'Удобные дни': 'Пн; ср',
        Формат: 'Очно',
        'Согласие на обработку ПДн': 'Да',
        Статус: 'в  реестре',
      }),
    ]);
    expect(read.problems).toEqual([]);
    expect(read.mentors[0]).toMatchObject({
      category: 'Педагог',
      forms: ['teacher-student'],
      days: ['пн', 'ср'],
      format: 'очно',
      consent: true,
      status: 'в реестре',
    });
    expect(read.notes.map(formatProblem)).toEqual([
      'Лист «Наставники», строка 2, столбец C «Категория»: «педагог» — исправлено: регистр букв (принято как «Педагог»)',
      'Лист «Наставники», строка 2, столбец I «Формы наставничества»: «Учитель – Ученик» — исправлено: регистр букв (принято как «учитель – ученик»)',
      'Лист «Наставники», строка 2, столбец M «Удобные дни»: «Пн» — исправлено: регистр букв (принято как «пн»)',
      'Лист «Наставники», строка 2, столбец N «Формат»: «Очно» — исправлено: регистр букв (принято как «очно»)',
      'Лист «Наставники», строка 2, столбец Q «Согласие на обработку ПДн»: «Да» — исправлено: регистр букв (принято как «да»)',
    ]);
  });

  it('mentees: a dash and «ё» are named; exactly valid values give no note', () => {
    const mentee = (values: Record<string, unknown>) =>
      rowOf(MENTEE_HEADERS, {
        ID: 'У001',
        ФИО: 'Котов Иван',
        Категория: 'Обучающийся',
        'Форма наставничества': 'учитель – ученик',
        'Согласие на обработку ПДн': 'да',
        Статус: 'ожидает',
        ...values,
      });
    const clean = readMentees([MENTEE_HEADERS, mentee({})]);
    expect(clean.notes).toEqual([]);
    const read = readMentees([
      MENTEE_HEADERS,
      mentee({ 'Форма наставничества': 'учитель - ученик', Формат: 'удаленно' }),
    ]);
    expect(read.problems).toEqual([]);
    expect(read.notes.map((note) => note.message)).toEqual([
      'исправлено: тире/дефис (принято как «учитель – ученик»)',
      'исправлено: «ё»/«е» (принято как «дистанционно»)',
    ]);
  });
});
