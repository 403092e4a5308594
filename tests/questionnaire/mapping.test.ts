// Suggesting which registry column each question of a responses sheet fills.
import { describe, expect, it } from 'vitest';
import {
  applyRememberedMapping,
  menteeQuestionnaire,
  mentorQuestionnaire,
  suggestMapping,
} from '../../shared/questionnaire';

const lists = { topics: ['Проектная деятельность'], interests: ['Шахматы'] };

describe('suggestMapping', () => {
  it('maps the add-on’s own questionnaire exactly and leaves the timestamp and free-text questions out', () => {
    const q = mentorQuestionnaire(lists);
    const headers = ['Отметка времени', ...q.questions.map((x) => x.title)];
    expect(suggestMapping(headers, 'mentors')).toEqual([null, ...q.questions.map((x) => x.column)]);
    const e = menteeQuestionnaire(lists);
    expect(suggestMapping(['Отметка времени', ...e.questions.map((x) => x.title)], 'mentees')).toEqual([
      null,
      ...e.questions.map((x) => x.column),
    ]);
  });

  it('recognises a school’s own wording by similarity', () => {
    const headers = [
      'Timestamp',
      'Фамилия Имя Отчество',
      'Класс',
      'Адрес электронной почты',
      'Ваши увлечения и интересы',
      'Удобные дни для встреч',
      'Согласие на обработку персональных данных (родителя)',
      'Любимый цвет',
    ];
    expect(suggestMapping(headers, 'mentors')).toEqual([
      null,
      'fullName',
      'grade',
      'email',
      'interests',
      'days',
      'consent',
      null,
    ]);
  });

  it('suggests each column once, to the most similar question', () => {
    const mapping = suggestMapping(['ФИО', 'ФИО родителя'], 'mentees');
    expect(mapping).toEqual(['fullName', null]);
  });

  it('keeps a remembered choice, including «не загружать», and suggests only for new questions', () => {
    const headers = ['Отметка времени', 'ФИО', 'Класс', 'Интересы', 'Новый вопрос: формат встреч'];
    const remembered = { ФИО: 'fullName', Класс: null, Интересы: 'requests' };
    expect(applyRememberedMapping(headers, 'mentees', remembered)).toEqual([
      null,
      'fullName',
      null,
      'requests',
      'format',
    ]);
  });
});
