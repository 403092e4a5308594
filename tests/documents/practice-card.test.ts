import { describe, expect, it } from 'vitest';
import {
  BLANK,
  meetingResults,
  PRACTICE_CARD_FIELDS,
  practiceCardDocument,
  practiceCardValues,
  renderText,
} from '../../shared/documents';
import { pairProgress } from '../../shared/meetings';
import { mentor } from './fixtures';

describe('mentoring practice information card', () => {
  const progress = pairProgress(
    { pairId: 'П-1', status: 'завершена' },
    [
      { pairId: 'П-1', type: 'intro', date: '2024-10-01', mentorScore: 9, menteeScore: 8 },
      { pairId: 'П-1', type: 'regular', date: '2024-10-08', mentorScore: 10, menteeScore: 9 },
      { pairId: 'П-1', type: 'final', date: '2024-10-15', mentorScore: 8 },
    ],
    '2024-11-01',
  );

  it('starts the results from the pair’s meetings', () => {
    // mentor (9 + 10 + 8)/3 = 9,0; mentee (8 + 9)/2 = 8,5.
    expect(meetingResults(progress)).toEqual([
      'Проведено 3 встречи наставника и наставляемого',
      'Средняя оценка встреч наставником: 9,0 из 10',
      'Средняя оценка встреч наставляемым: 8,5 из 10',
    ]);
  });

  it('fills the practice card with the author, the organisation and the description', () => {
    const { document, problems } = practiceCardDocument({
      mentor,
      position: 'учитель информатики',
      topic: 'Проектная мастерская «Первый проект»',
      form: 'teacher-student',
      results: meetingResults(progress),
    });
    expect(problems).toEqual([]);
    const text = renderText(document);
    expect(text).toContain(
      [
        '| Ф.И.О. автора опыта, e-mail, телефон | Ежова Анна Викторовна, ezhova@example.org, +7 900 000-00-01 |',
        '| Наименование ОО, в котором работает автор опыта | МБОУ «Школа № 5» |',
        '| Должность | учитель информатики |',
        '| Стаж работы в должности | 22 года |',
        '| Тема лучшей педагогической практики | Проектная мастерская «Первый проект» |',
      ].join('\n'),
    );
    expect(text).toContain('**Форма наставничества:** учитель – ученик');
    expect(text).toContain(`**Цель:** ${BLANK}`);
    expect(text).toContain(
      '- Проведено 3 встречи наставника и наставляемого\n- Средняя оценка встреч наставником: 9,0 из 10',
    );
    expect(text).toContain(`### Кейс наставника`);
    expect(text.trimEnd().endsWith(`- ${BLANK}`)).toBe(true);
  });

  it('documents every placeholder it fills', () => {
    expect(Object.keys(practiceCardValues({ mentor })).sort()).toEqual(Object.keys(PRACTICE_CARD_FIELDS).sort());
    expect(practiceCardValues({ mentor: { ...mentor, experienceYears: 1 } })['стаж']).toBe('1 год');
    expect(practiceCardValues({ mentor: { ...mentor, experienceYears: undefined, email: undefined } })).toMatchObject({
      стаж: '',
      email: '',
    });
  });
});
