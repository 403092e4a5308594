import { describe, expect, it } from 'vitest';
import {
  measurementQuestionnaire,
  parameterScore,
  readMeasurementAnswers,
  stage2Report,
} from '../../shared/monitoring';
import { allItems, answerGrid } from './fixtures';

// Eight participants measured twice. Per parameter (each participant's score = mean of the items they answered):
//                 У1   У2   У3   У4    У5   У6   У7   Н8
// softSkills in    4    5    3    6     5    2    –    –
//            out   6    8    4    5,5   9    8    –    –     (У4 out: items 5 and 6, third blank → 5,5)
// motivation in    5    6    4    7     5    6    3    8
//            out   7    6    6    6     8    8    5    8
// climate    in    5    5    5    5     5    5    5    –
//            out   5,5  6    6,5  7     7,5  8    8,5  –
// У1 answered the entry questionnaire twice: the later row (lower in the sheet) counts.
// У9 answered only at entry, У10 only at exit. Н8 is a mentor, the others mentees.
const rows: Array<Record<string, unknown>> = [];
const entry = (id: string, items: Record<string, number>, role = 'наставляемый') =>
  rows.push({ participantId: id, role, wave: 'входной', ...items });
const exit = (id: string, items: Record<string, number>, role = 'наставляемый') =>
  rows.push({ participantId: id, role, wave: 'итоговый', ...items });

entry('У1', { ...allItems('softSkills', 9, 3), ...allItems('motivation', 9, 3), ...allItems('climate', 9, 2) });
const softIn = [4, 5, 3, 6, 5, 2];
const motivationIn = [5, 6, 4, 7, 5, 6, 3, 8];
const motivationOut = [7, 6, 6, 6, 8, 8, 5, 8];
for (let i = 0; i < 7; i++) {
  entry(`У${i + 1}`, {
    ...(i < 6 ? allItems('softSkills', softIn[i], 3) : {}),
    ...allItems('motivation', motivationIn[i], 3),
    ...allItems('climate', 5, 2),
  });
}
entry('Н8', allItems('motivation', motivationIn[7], 3), 'наставник');
entry('У9', allItems('motivation', 5, 3));
const softOut: Array<Record<string, number>> = [
  allItems('softSkills', 6, 3),
  allItems('softSkills', 8, 3),
  allItems('softSkills', 4, 3),
  { 'softSkills.1': 5, 'softSkills.2': 6 },
  allItems('softSkills', 9, 3),
  allItems('softSkills', 8, 3),
];
const climateOut = [
  [5, 6],
  [6, 6],
  [6, 7],
  [7, 7],
  [7, 8],
  [8, 8],
  [8, 9],
];
for (let i = 0; i < 7; i++) {
  exit(`У${i + 1}`, {
    ...(softOut[i] ?? {}),
    ...allItems('motivation', motivationOut[i], 3),
    'climate.1': climateOut[i][0],
    'climate.2': climateOut[i][1],
  });
}
exit('Н8', allItems('motivation', motivationOut[7], 3), 'наставник');
exit('У10', allItems('motivation', 9, 3));

const { answers, problems } = readMeasurementAnswers(answerGrid(measurementQuestionnaire, rows));

describe('stage 2 report', () => {
  it('reads the fixture without problems', () => {
    expect(problems).toEqual([]);
    expect(
      parameterScore(
        answers.find((a) => a.participantId === 'У4' && a.wave === 'exit')!,
        'softSkills',
      ),
    ).toBe(5.5);
  });

  const report = stage2Report(answers);
  const byKey = Object.fromEntries(report.parameters.map((change) => [change.parameter, change]));

  it('matches participants by code and lists those measured once', () => {
    expect(report.matched).toBe(8);
    expect(report.entryOnly).toEqual(['У9']);
    expect(report.exitOnly).toEqual(['У10']);
    expect(report.alpha).toBe(0.05);
  });

  it('soft skills: means, change and the exact p-value of the hand computation', () => {
    // in: (4+5+3+6+5+2)/6 = 25/6 = 4,1667; out: (6+8+4+5,5+9+8)/6 = 40,5/6 = 6,75; change = 2,5833.
    // d = +2 +3 +1 −0,5 +4 +6 → W+ = 20, W− = 1, exact p = 2·2/64 = 0,0625 (see signed-rank.test.ts): not significant.
    const soft = byKey.softSkills;
    expect(soft.participants).toBe(6);
    expect(soft.entryMean).toBeCloseTo(25 / 6, 12);
    expect(soft.exitMean).toBeCloseTo(6.75, 12);
    expect(soft.change).toBeCloseTo(2.5833333, 6);
    expect(soft.test).toMatchObject({ method: 'exact', wPlus: 20, wMinus: 1, pValue: 0.0625 });
    expect(soft.significant).toBe(false);
  });

  it('motivation: zeros and ties, the normal approximation of the hand computation; the later entry answer of У1 counts', () => {
    // d = +2 0 +2 −1 +3 +2 +2 0 → n = 6, W+ = 20, z = 9/√21,5 = 1,94099, p = 0,05226.
    // in mean = (5+6+4+7+5+6+3+8)/8 = 44/8 = 5,5; out mean = (7+6+6+6+8+8+5+8)/8 = 54/8 = 6,75.
    const motivation = byKey.motivation;
    expect(motivation.participants).toBe(8);
    expect(motivation.entryMean).toBe(5.5);
    expect(motivation.exitMean).toBe(6.75);
    expect(motivation.change).toBe(1.25);
    expect(motivation.test).toMatchObject({ method: 'normal', n: 6, zeros: 2, wPlus: 20, wMinus: 1 });
    expect(motivation.test!.pValue).toBeCloseTo(0.05226, 5);
    expect(motivation.significant).toBe(false);
  });

  it('climate: seven distinct rises are a significant change (exact p = 2/2⁷)', () => {
    // d = +0,5 +1 +1,5 +2 +2,5 +3 +3,5 → all positive, n = 7: W+ = 28, P(W ≥ 28) = 1/128 → p = 0,015625 < 0,05.
    const climate = byKey.climate;
    expect(climate.participants).toBe(7);
    expect(climate.entryMean).toBe(5);
    expect(climate.exitMean).toBe(7);
    expect(climate.test).toMatchObject({ method: 'exact', wPlus: 28, wMinus: 0, pValue: 0.015625, rankBiserial: 1 });
    expect(climate.significant).toBe(true);
  });

  it('parameters nobody answered have no statistics', () => {
    expect(byKey.adaptation).toEqual({
      parameter: 'adaptation',
      label: 'Адаптация на рабочем месте',
      participants: 0,
      entryMean: null,
      exitMean: null,
      change: null,
      test: null,
      significant: false,
    });
  });

  it('can be limited to one role', () => {
    // Without mentor Н8 (d = 0 for motivation) the motivation sample loses one zero: pairs 7, n still 6.
    const mentees = stage2Report(answers, { role: 'mentee' });
    expect(mentees.role).toBe('mentee');
    expect(mentees.matched).toBe(7);
    const motivation = mentees.parameters.find((change) => change.parameter === 'motivation')!;
    expect(motivation.test).toMatchObject({ pairs: 7, zeros: 1, n: 6, wPlus: 20 });
    expect(stage2Report(answers, { role: 'mentor' }).matched).toBe(1);
  });

  it('takes another significance level', () => {
    expect(
      stage2Report(answers, { alpha: 0.1 }).parameters.find((c) => c.parameter === 'softSkills')!.significant,
    ).toBe(true);
  });
});
