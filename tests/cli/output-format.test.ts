// What the CLI prints and writes for people: Russian number format, p-values, CSV for Excel-RU.
import { describe, expect, it } from 'vitest';
import { toCsvForPeople } from '../../cli/csv-for-people';
import { formatNumberRu, formatPercentRu, formatPValue } from '../../cli/number-format';
import {
  monitoringSheet,
  stage1Report,
  stage2Report,
  swotSummary,
  type MeasurementAnswer,
} from '../../shared/monitoring';

describe('numbers for people', () => {
  it('decimal comma, no float noise, integers as they are', () => {
    expect(formatNumberRu(4.7)).toBe('4,7');
    expect(formatNumberRu(53.6)).toBe('53,6');
    expect(formatNumberRu(0.1 + 0.2)).toBe('0,3');
    expect(formatNumberRu(812)).toBe('812');
    expect(formatNumberRu(-0.0001)).toBe('0');
    expect(formatPercentRu(66.66666)).toBe('66,7 %');
  });

  it('p-values: never a bare 0; below a thousandth «< 0,001»', () => {
    expect(formatPValue(0)).toBe('< 0,001');
    expect(formatPValue(0.0004)).toBe('< 0,001');
    expect(formatPValue(0.03125)).toBe('0,031');
    expect(formatPValue(1)).toBe('1');
  });

  it('the «Мониторинг» layout: a tiny p-value is «< 0,001», a share and a mean of nobody «нет ответов»', () => {
    const answers: MeasurementAnswer[] = [];
    // 60 participants, all improved: the normal approximation gives p far below 0,001.
    for (let i = 0; i < 60; i++) {
      answers.push({ row: 2 + i, participantId: `У${i}`, role: 'mentee', wave: 'entry', scores: { 'climate.1': 2 } });
      answers.push({
        row: 200 + i,
        participantId: `У${i}`,
        role: 'mentee',
        wave: 'exit',
        scores: { 'climate.1': 3 + (i % 5) },
      });
    }
    const layout = monitoringSheet({
      today: '2025-05-20',
      stage1: stage1Report([], [], '2025-05-20'),
      satisfaction: {
        mentors: { respondents: 0, satisfied: 0 },
        mentees: { respondents: 2, satisfied: 1 },
        repeated: 0,
      },
      swot: swotSummary([]),
      stage2: stage2Report(answers),
    });
    const climate = layout.grid.find((row) => row[0] === 'Психологический климат')!;
    expect(climate[7]).toBe('< 0,001');
    expect(layout.grid.find((row) => row[0] === 'Наставники')).toEqual(['Наставники', 0, 0, 'нет ответов']);
    expect(layout.grid.find((row) => row[0] === 'Наставляемые')).toEqual(['Наставляемые', 2, 1, 50]);
  });
});

describe('CSV for Excel in Russian', () => {
  it('UTF-8 BOM, «;», CRLF, decimal comma, quotes where needed, formulas defused', () => {
    const csv = toCsvForPeople(
      ['ID', 'Оценка', 'Почему'],
      [
        ['Н001', 4.5, 'общие дни: пн; ср'],
        ['=HYPERLINK("x")', 80, 'он сказал "да"'],
      ],
    );
    expect(csv).toBe(
      '\uFEFFID;Оценка;Почему\r\nН001;4,5;"общие дни: пн; ср"\r\n"\'=HYPERLINK(""x"")";80;"он сказал ""да"""\r\n',
    );
  });
});
