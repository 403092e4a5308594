import { describe, expect, it } from 'vitest';
import { targetsForYear } from '../../shared/indicators/targets';

describe('yearly targets', () => {
  it('gives the Table 5 defaults for 2022–2024', () => {
    expect(targetsForYear('2022')).toEqual({
      menteeStudentsShare: 20,
      mentorStudentsShare: 3,
      menteeYoungTeachersShare: 5,
      enterprisesShare: 3,
      mentorSatisfaction: 50,
      menteeSatisfaction: 50,
    });
    expect(targetsForYear('2023')).toEqual({
      menteeStudentsShare: 40,
      mentorStudentsShare: 5,
      menteeYoungTeachersShare: 8,
      enterprisesShare: 8,
      mentorSatisfaction: 60,
      menteeSatisfaction: 60,
    });
    expect(targetsForYear('2024')).toEqual({
      menteeStudentsShare: 60,
      mentorStudentsShare: 8,
      menteeYoungTeachersShare: 10,
      enterprisesShare: 15,
      mentorSatisfaction: 65,
      menteeSatisfaction: 65,
    });
  });

  it('keeps the last known target for later years and has none before 2022', () => {
    expect(targetsForYear('2027')).toEqual(targetsForYear('2024'));
    expect(Object.values(targetsForYear('2021'))).toEqual([null, null, null, null, null, null]);
  });

  it('lets the region replace a target of a year, and a new year carries forward', () => {
    const overrides = {
      '2023': { menteeStudentsShare: 35 },
      '2025': { menteeStudentsShare: 70, enterprisesShare: 20 },
    };
    expect(targetsForYear('2023', overrides).menteeStudentsShare).toBe(35);
    expect(targetsForYear('2023', overrides).mentorStudentsShare).toBe(5);
    // 2024 has its own default, which is later than the region's 2023 value.
    expect(targetsForYear('2024', overrides).menteeStudentsShare).toBe(60);
    expect(targetsForYear('2026', overrides)).toMatchObject({
      menteeStudentsShare: 70,
      enterprisesShare: 20,
      mentorStudentsShare: 8,
    });
  });

  it('lets the region set targets before the defaults begin', () => {
    expect(targetsForYear('2021', { '2021': { mentorSatisfaction: 40 } }).mentorSatisfaction).toBe(40);
  });
});
