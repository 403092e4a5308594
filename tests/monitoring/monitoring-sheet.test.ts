import { describe, expect, it } from 'vitest';
import {
  conclusion,
  effectLabel,
  monitoringSheet,
  signedRankTest,
  stage1Report,
  stage2Report,
  swotSummary,
  type ParameterChange,
  type MeasurementAnswer,
} from '../../shared/monitoring';

const answers: MeasurementAnswer[] = [];
[4, 5, 3, 6, 5, 2].forEach((score, i) => {
  answers.push({ row: 2 + i, participantId: `У${i}`, role: 'mentee', wave: 'entry', scores: { 'climate.1': score } });
  answers.push({
    row: 20 + i,
    participantId: `У${i}`,
    role: 'mentee',
    wave: 'exit',
    scores: { 'climate.1': score + 1 + i },
  });
});

const sheet = monitoringSheet({
  today: '2025-05-20',
  stage1: stage1Report([{ pairId: 'П1', status: 'завершена' }], [], '2025-05-20'),
  satisfaction: { mentors: { respondents: 4, satisfied: 3 }, mentees: { respondents: 0, satisfied: 0 }, repeated: 0 },
  swot: swotSummary([
    { row: 2, items: { strengths: ['Опытные наставники'], weaknesses: [], opportunities: ['Партнёры'], threats: [] } },
    { row: 3, items: { strengths: ['опытные наставники'], weaknesses: [], opportunities: [], threats: [] } },
  ]),
  stage2: stage2Report(answers),
});

const rowOf = (label: string) => sheet.grid.findIndex((row) => row[0] === label) + 1;

describe('the «Мониторинг» sheet', () => {
  it('holds the stage 1 figures and the satisfaction shares', () => {
    expect(sheet.name).toBe('Мониторинг');
    expect(sheet.grid[1]).toEqual(['Данные на 20.05.2025']);
    expect(sheet.grid[rowOf('Доля завершивших пар, %') - 1]).toEqual(['Доля завершивших пар, %', 100]);
    expect(sheet.grid[rowOf('Наставники') - 1]).toEqual(['Наставники', 4, 3, 75]);
    expect(sheet.grid[rowOf('Наставляемые') - 1]).toEqual(['Наставляемые', 0, 0, 'нет ответов']);
    expect(sheet.grid[rowOf('Средняя оценка встреч наставниками (1–10)') - 1]).toEqual([
      'Средняя оценка встреч наставниками (1–10)',
      'нет ответов',
    ]);
  });

  it('lists SWOT groups under their headers, with a placeholder for empty ones', () => {
    const strengths = rowOf('Сильные стороны');
    expect(sheet.headerRows).toContain(strengths);
    expect(sheet.grid[strengths]).toEqual(['Опытные наставники', 2]);
    expect(sheet.grid[rowOf('Слабые стороны')]).toEqual(['— нет ответов —']);
    expect(sheet.titleRows).toContain(rowOf('SWOT-анализ (анкет: 2)'));
  });

  it('writes one stage 2 row per parameter and points the chart at the entry and exit means', () => {
    const header = rowOf('Параметр');
    expect(sheet.headerRows).toContain(header);
    const climate = sheet.grid.find((row) => row[0] === 'Психологический климат')!;
    // d = 1, 2, 3, 4, 5, 6 → W+ = 21, exact p = 2/64 = 0,03125; means 25/6 = 4,17 and 46/6 = 7,67.
    expect(climate).toEqual([
      'Психологический климат',
      6,
      4.17,
      7.67,
      3.5,
      21,
      0,
      0.0313,
      'точный',
      1,
      'большой',
      'значимый рост',
    ]);
    const lastParameter = header + 6;
    expect(sheet.grid[lastParameter - 1][0]).toBe('Психологический климат');
    expect(sheet.charts).toEqual([
      {
        title: 'Средние оценки по параметрам: вход и выход',
        ranges: [`A${header}:A${lastParameter}`, `C${header}:D${lastParameter}`],
        anchor: { row: header, column: 14 },
      },
    ]);
    expect(sheet.grid[lastParameter][0]).toMatch(/^Критерий Вилкоксона/);
  });
});

describe('stage 2 wording', () => {
  const change = (entry: number[], exit: number[], significant = false): ParameterChange => ({
    parameter: 'softSkills',
    label: 'Гибкие навыки',
    participants: entry.length,
    entryMean: 0,
    exitMean: 0,
    change: 0,
    test: signedRankTest(entry, exit),
    significant,
  });

  it('says what the test shows', () => {
    expect(conclusion(change([1, 2, 3, 4, 5, 6], [2, 4, 6, 8, 10, 12], true))).toBe('значимый рост');
    expect(conclusion(change([2, 4, 6, 8, 10, 12], [1, 2, 3, 4, 5, 6], true))).toBe('значимое снижение');
    expect(conclusion(change([5, 5], [5, 5]))).toBe('оценки не изменились');
    expect(conclusion(change([1, 2, 3], [2, 3, 4]))).toBe(
      'изменение статистически незначимо (рост); мало участников с изменившейся оценкой (меньше 6)',
    );
    expect(conclusion({ ...change([], []), test: null })).toBe('нет участников с обоими замерами');
  });

  it('names effect sizes by Cohen’s conventions', () => {
    expect([0.05, -0.1, 0.29, 0.3, -0.49, 0.5, 1].map(effectLabel)).toEqual([
      'пренебрежимо малый',
      'малый',
      'малый',
      'средний',
      'средний',
      'большой',
      'большой',
    ]);
  });
});
