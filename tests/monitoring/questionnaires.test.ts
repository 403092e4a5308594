import { describe, expect, it } from 'vitest';
import { answerSheet, measurementItems, PARAMETERS, QUESTIONNAIRES } from '../../shared/monitoring';
import { normalizeHeader } from '../../shared/tables';

describe('questionnaire templates', () => {
  it.each(QUESTIONNAIRES.map((q) => [q.key, q] as const))(
    '%s: keys and question texts are unique, so every answer column is found',
    (_, questionnaire) => {
      const keys = questionnaire.questions.map((question) => question.key);
      const headers = questionnaire.questions.map((question) => normalizeHeader(question.text));
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(headers).size).toBe(headers.length);
      expect(
        answerSheet(questionnaire)
          .columns.slice(1)
          .map((column) => column.header),
      ).toEqual(questionnaire.questions.map((q) => q.text));
    },
  );

  it('answer sheet names are valid Excel sheet names too (≤ 31 characters, no : \\ / ? * [ ])', () => {
    for (const questionnaire of QUESTIONNAIRES) {
      expect(questionnaire.sheetName.length).toBeLessThanOrEqual(31);
      expect(questionnaire.sheetName).not.toMatch(/[:\\/?*[\]]/);
    }
  });

  it('measures every stage 2 parameter with at least two items on a 1–10 scale', () => {
    for (const parameter of PARAMETERS) {
      const items = measurementItems.filter((item) => item.parameter === parameter.key);
      expect(items.length, parameter.key).toBeGreaterThanOrEqual(2);
      for (const item of items) expect([item.min, item.max]).toEqual([1, 10]);
    }
  });

  it('asks for a participant code, never a name, where answers must be matched', () => {
    for (const questionnaire of QUESTIONNAIRES) {
      const texts = questionnaire.questions.map((question) => `${question.text} ${question.help ?? ''}`).join(' ');
      expect(texts).not.toMatch(/ваше (фио|имя)|фамили/i);
    }
    const [measurement, satisfaction, swot] = QUESTIONNAIRES;
    expect(measurement.questions[0]).toMatchObject({ key: 'participantId', required: true });
    expect(satisfaction.questions[0]).toMatchObject({ key: 'participantId', required: true });
    expect(swot.questions.some((question) => question.key === 'participantId')).toBe(false);
  });

  it('asks the overall satisfaction on a 1–10 scale, required', () => {
    const overall = QUESTIONNAIRES[1].questions.find((question) => question.key === 'overall');
    expect(overall).toMatchObject({ kind: 'scale', min: 1, max: 10, required: true });
  });
});
