import { describe, expect, it } from 'vitest';
import {
  measurementQuestionnaire,
  readMeasurementAnswers,
  readSatisfactionAnswers,
  readSwotAnswers,
  satisfactionQuestionnaire,
  swotQuestionnaire,
} from '../../shared/monitoring';
import { formatProblem } from '../../shared/tables';
import { answerGrid } from './fixtures';

describe('reading measurement answers', () => {
  it('reads the form response sheet, choices by label or alias, blank items left out', () => {
    const grid = answerGrid(measurementQuestionnaire, [
      {
        timestamp: '01.10.2024 10:00:00',
        participantId: 'У015',
        role: 'наставляемый',
        wave: 'в начале программы (входной замер)',
        'softSkills.1': 4,
        'softSkills.2': '6',
      },
      { participantId: 'Н002', role: 'Наставница', wave: 'итоговый', 'climate.1': 9 },
    ]);
    const { answers, problems } = readMeasurementAnswers(grid);
    expect(problems).toEqual([]);
    expect(answers).toEqual([
      {
        row: 2,
        participantId: 'У015',
        role: 'mentee',
        wave: 'entry',
        scores: { 'softSkills.1': 4, 'softSkills.2': 6 },
      },
      { row: 3, participantId: 'Н002', role: 'mentor', wave: 'exit', scores: { 'climate.1': 9 } },
    ]);
  });

  it('reports bad cells by sheet, row and column and leaves those rows out', () => {
    const grid = answerGrid(measurementQuestionnaire, [
      { participantId: '', role: 'наставляемый', wave: 'входной', 'softSkills.1': 11 },
      { participantId: 'У001', role: 'родитель', wave: 'потом', 'motivation.1': 5 },
      { participantId: 'У002', role: 'наставляемый', wave: 'вход', 'motivation.1': 5 },
    ]);
    const { answers, problems } = readMeasurementAnswers(grid);
    expect(answers.map((answer) => answer.participantId)).toEqual(['У002']);
    expect(problems.map(formatProblem)).toEqual([
      'Лист «Замеры (вход и выход)», строка 2, столбец B «Ваш код участника»: не заполнено: укажите код участника',
      'Лист «Замеры (вход и выход)», строка 2, столбец E «Я легко нахожу общий язык с новыми людьми»: «11» — нужно число от 1 до 10',
      'Лист «Замеры (вход и выход)», строка 3, столбец C «Ваша роль в программе»: «родитель» — неизвестное значение (роль в программе); допустимо: наставник, наставляемый',
      'Лист «Замеры (вход и выход)», строка 3, столбец D «Когда вы заполняете анкету?»: «потом» — неизвестное значение (замер: входной или итоговый); допустимо: в начале программы (входной замер), в конце программы (итоговый замер)',
    ]);
  });

  it('names a missing required column', () => {
    const { problems } = readMeasurementAnswers(
      [
        ['Ваш код участника', 'Ваша роль в программе'],
        ['У1', 'наставник'],
      ],
      { sheet: 'Ответы на форму (1)' },
    );
    expect(problems.map(formatProblem)).toEqual([
      'Лист «Ответы на форму (1)», строка 1, столбец «Когда вы заполняете анкету?»: нет обязательного столбца — добавьте его в строку заголовков',
    ]);
  });
});

describe('reading satisfaction and SWOT answers', () => {
  it('needs the overall score', () => {
    const grid = answerGrid(satisfactionQuestionnaire, [
      { participantId: 'Н001', role: 'наставник', overall: 8, continue: 'да' },
      { participantId: 'У001', role: 'наставляемый', overall: '' },
    ]);
    const { answers, problems } = readSatisfactionAnswers(grid);
    expect(answers).toEqual([{ row: 2, participantId: 'Н001', role: 'mentor', overall: 8 }]);
    expect(problems.map(formatProblem)).toEqual([
      'Лист «Итоговая анкета», строка 3, столбец D «Оцените в целом, насколько вы удовлетворены участием в программе наставничества»: не заполнено: нужна общая оценка от 1 до 10',
    ]);
  });

  it('splits free answers at semicolons and line breaks, keeping commas inside phrases', () => {
    const grid = answerGrid(swotQuestionnaire, [
      {
        role: 'куратор',
        strengths: 'Поддержка администрации, родителей; интерес учеников\n- Опытные наставники\n\n2) Встречи по плану',
        threats: '',
      },
    ]);
    const { answers, problems } = readSwotAnswers(grid);
    expect(problems).toEqual([]);
    expect(answers).toEqual([
      {
        row: 2,
        role: 'curator',
        items: {
          strengths: [
            'Поддержка администрации, родителей',
            'интерес учеников',
            'Опытные наставники',
            'Встречи по плану',
          ],
          weaknesses: [],
          opportunities: [],
          threats: [],
        },
      },
    ]);
  });
});
