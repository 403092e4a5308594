import { describe, expect, it } from 'vitest';
import { INDICATOR_KEYS, INDICATORS, reportCounts } from '../../shared/indicators/definitions';
import { percentOf } from '../../shared/core';
import { sampleReport } from '../report/sample-report';

describe('indicator definitions', () => {
  it('defines the six Table 5 indicators in the contract order, with Russian labels', () => {
    expect(INDICATOR_KEYS).toEqual([
      'menteeStudentsShare',
      'mentorStudentsShare',
      'menteeYoungTeachersShare',
      'enterprisesShare',
      'mentorSatisfaction',
      'menteeSatisfaction',
    ]);
    for (const key of INDICATOR_KEYS) expect(INDICATORS[key].label).toMatch(/^(Доля|Уровень) /);
  });

  it('reads numerator and denominator from a report', () => {
    const r = sampleReport();
    r.enterprises.push({ inn: '500100732259', name: 'ИП Петров' });
    expect(reportCounts(r)).toEqual({
      menteeStudentsShare: { numerator: 130, denominator: 540 },
      mentorStudentsShare: { numerator: 14, denominator: 210 },
      menteeYoungTeachersShare: { numerator: 9, denominator: 12 },
      enterprisesShare: { numerator: 2, denominator: null },
      mentorSatisfaction: { numerator: 15, denominator: 18 },
      menteeSatisfaction: { numerator: 71, denominator: 100 },
    });
  });

  it('rounds percent to one decimal, half up, and gives null without a denominator', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 16)).toBe(6.3);
    expect(percentOf(0, 5)).toBe(0);
    expect(percentOf(3, 2)).toBe(150);
    expect(percentOf(5, 0)).toBeNull();
    expect(percentOf(5, null)).toBeNull();
  });
});
