import { describe, expect, it } from 'vitest';
import {
  FORMS,
  FORM_CODES,
  consentAnswers,
  createVocabulary,
  formInfo,
  formName,
  meetingFormats,
  menteeCategories,
  menteeStatuses,
  mentorCategories,
  mentorStatuses,
  mentoringFormats,
  normalizeText,
  pairStatuses,
  resolveForm,
  weekdays,
} from '../../shared/catalogue';

describe('normalizeText', () => {
  it('ignores case, extra spaces, ё/е, dash variants and quotes', () => {
    const spellings = [
      'Ученик – Ученик',
      'ученик-ученик',
      ' УЧЕНИК  —  ученик ',
      'ученик‑ученик',
      '«ученик − ученик»',
      'ученик\u00a0–\u00a0ученик',
    ];
    expect(new Set(spellings.map(normalizeText))).toEqual(new Set(['ученик-ученик']));
    expect(normalizeText('Социальный партнёр')).toBe(normalizeText('социальный ПАРТНЕР'));
    expect(normalizeText('Стаж, лет')).toBe(normalizeText('Стаж ,  лет.'));
  });

  it('keeps different words apart', () => {
    expect(normalizeText('учитель – ученик')).not.toBe(normalizeText('ученик – учитель'));
    expect(normalizeText('Класс/курс')).not.toBe(normalizeText('Классы/курсы наставляемых'));
  });
});

describe('forms', () => {
  it('has the five forms of the workspace sheets under their sheet names', () => {
    expect(FORMS.map((form) => [form.code, form.name])).toEqual([
      ['student-student', 'ученик – ученик'],
      ['teacher-teacher', 'учитель – учитель'],
      ['teacher-student', 'учитель – ученик'],
      ['student-pupil', 'студент – ученик'],
      ['employer-student', 'работодатель – студент'],
    ]);
    expect(FORM_CODES).toHaveLength(5);
  });

  it.each([
    ['студент – студент', 'student-student'],
    ['обучающийся – обучающийся', 'student-student'],
    ['педагог – педагог', 'teacher-teacher'],
    ['преподаватель – преподаватель', 'teacher-teacher'],
    ['педагог – студент', 'teacher-student'],
    ['преподаватель – студент', 'teacher-student'],
    ['педагог – ученик', 'teacher-student'],
    ['студент – школьник', 'student-pupil'],
    ['социальный партнёр – ученик', 'employer-student'],
    ['социальный партнер – ученик', 'employer-student'],
    ['Социальный партнёр-студент', 'employer-student'],
    ['работодатель—студент', 'employer-student'],
    ['«Студент - ученик»', 'student-pupil'],
    ['teacher-teacher', 'teacher-teacher'],
  ])('resolves %s', (text, code) => {
    expect(resolveForm(text)).toBe(code);
  });

  it('returns undefined for an unknown form name', () => {
    expect(resolveForm('родитель – ученик')).toBeUndefined();
    expect(resolveForm('')).toBeUndefined();
    expect(resolveForm('ученик')).toBeUndefined();
  });

  it('gives every form role models, distinct abbreviations and its name', () => {
    for (const form of FORMS) {
      expect(form.roleModels.length).toBeGreaterThan(0);
      expect(formName(form.code)).toBe(form.name);
      expect(formInfo(form.code)).toBe(form);
    }
    expect(new Set(FORMS.map((form) => form.abbreviation)).size).toBe(FORMS.length);
    expect(formInfo('teacher-teacher').roleModels).toContain('опытный педагог – молодой специалист');
    expect(formInfo('employer-student').roleModels).toContain('работодатель – будущий сотрудник');
  });

  it('marks only the peer form as needing a higher grade for the mentor', () => {
    expect(FORMS.filter((form) => form.mentorAboveMentee).map((form) => form.code)).toEqual(['student-student']);
  });
});

describe('vocabularies', () => {
  it('resolve labels and aliases of categories, statuses, days, formats and consent', () => {
    expect(mentorCategories.resolve('учитель')).toBe('Педагог');
    expect(mentorCategories.resolve('социальный партнер')).toBe('Социальный партнёр');
    expect(mentorCategories.resolve('РАБОТОДАТЕЛЬ')).toBe('Представитель предприятия');
    expect(menteeCategories.resolve('молодой специалист')).toBe('Молодой педагог');
    expect(menteeCategories.resolve('студентка')).toBe('Студент');
    expect(mentorStatuses.resolve('В РЕЕСТРЕ')).toBe('в реестре');
    expect(mentorStatuses.resolve('выбыла')).toBe('выбыл');
    expect(menteeStatuses.resolve('завершила')).toBe('завершил');
    expect(pairStatuses.resolve('Утверждено')).toBe('утверждена');
    expect(pairStatuses.resolve('расторгнута')).toBe('расторгнута');
    expect(weekdays.resolve('Среда')).toBe('ср');
    expect(weekdays.resolve('вс')).toBe('вс');
    expect(meetingFormats.resolve('онлайн')).toBe('дистанционно');
    expect(meetingFormats.resolve('Смешанный')).toBe('смешанно');
    expect(consentAnswers.resolve('Да')).toBe('да');
    expect(consentAnswers.resolve('FALSE')).toBe('нет');
    expect(mentoringFormats.resolve('реверсивное')).toBe('reverse');
  });

  it('reject what is not in the list', () => {
    expect(mentorCategories.resolve('кот')).toBeUndefined();
    expect(consentAnswers.resolve('может быть')).toBeUndefined();
    expect(weekdays.resolve('пнд')).toBeUndefined();
    expect(pairStatuses.resolve('ожидает')).toBeUndefined();
  });

  it('list the contract values as labels in contract order', () => {
    expect(mentorCategories.labels).toEqual([
      'Обучающийся',
      'Педагог',
      'Выпускник',
      'Представитель предприятия',
      'Родитель',
      'Социальный партнёр',
    ]);
    expect(menteeCategories.labels).toEqual(['Обучающийся', 'Студент', 'Молодой педагог', 'Педагог']);
    expect(pairStatuses.labels).toEqual(['предложена', 'утверждена', 'завершена', 'расторгнута']);
    expect(weekdays.labels).toEqual(['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']);
  });

  it('refuse a spelling that would mean two values', () => {
    expect(() =>
      createVocabulary([
        { value: 'a', label: 'один' },
        { value: 'b', label: 'два', aliases: ['ОДИН'] },
      ]),
    ).toThrow(/Ambiguous/);
  });
});
