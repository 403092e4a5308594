// Stage 2 monitoring: each parameter measured twice per participant; the change from entry to exit
// and whether it is more than chance (Wilcoxon signed-rank test, see signed-rank.ts).
import { normalizeText } from '../catalogue';
import type { MeasurementAnswer } from './answers';
import { measurementItems } from './measurement-questionnaire';
import { PARAMETERS, type ParameterKey } from './parameters';
import { signedRankTest, type SignedRankResult } from './signed-rank';
import type { ParticipantRole, Wave } from './vocabularies';

export const DEFAULT_ALPHA = 0.05;

export interface ParameterChange {
  parameter: ParameterKey;
  label: string;
  /** Participants with a score for this parameter at both entry and exit. */
  participants: number;
  entryMean: number | null;
  exitMean: number | null;
  /** exitMean − entryMean. */
  change: number | null;
  test: SignedRankResult | null;
  /** p-value below alpha. */
  significant: boolean;
}

export interface Stage2Report {
  alpha: number;
  role?: ParticipantRole;
  /** Participants who answered at entry and at exit. */
  matched: number;
  /** Codes answered only once: they do not count in the statistics. */
  entryOnly: string[];
  exitOnly: string[];
  parameters: ParameterChange[];
}

export interface Stage2Options {
  /** Only mentors or only mentees; both when absent. */
  role?: ParticipantRole;
  alpha?: number;
}

/**
 * A participant's parameter score is the mean of the parameter's items they answered. When a
 * participant answered the same wave twice, the later answer (lower sheet row) counts.
 */
export function stage2Report(answers: readonly MeasurementAnswer[], options: Stage2Options = {}): Stage2Report {
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const latest: Record<Wave, Map<string, MeasurementAnswer>> = { entry: new Map(), exit: new Map() };
  for (const answer of [...answers].sort((a, b) => a.row - b.row)) {
    if (options.role && answer.role !== options.role) continue;
    latest[answer.wave].set(normalizeText(answer.participantId), answer);
  }
  const both = [...latest.entry.keys()].filter((key) => latest.exit.has(key));
  const entryOnly = [...latest.entry.entries()]
    .filter(([key]) => !latest.exit.has(key))
    .map(([, answer]) => answer.participantId);
  const exitOnly = [...latest.exit.entries()]
    .filter(([key]) => !latest.entry.has(key))
    .map(([, answer]) => answer.participantId);

  const parameters = PARAMETERS.map((parameter): ParameterChange => {
    const entry: number[] = [];
    const exit: number[] = [];
    for (const key of both) {
      const before = parameterScore(latest.entry.get(key) as MeasurementAnswer, parameter.key);
      const after = parameterScore(latest.exit.get(key) as MeasurementAnswer, parameter.key);
      if (before === undefined || after === undefined) continue;
      entry.push(before);
      exit.push(after);
    }
    if (entry.length === 0) {
      return {
        parameter: parameter.key,
        label: parameter.label,
        participants: 0,
        entryMean: null,
        exitMean: null,
        change: null,
        test: null,
        significant: false,
      };
    }
    const entryMean = mean(entry);
    const exitMean = mean(exit);
    const test = signedRankTest(entry, exit);
    return {
      parameter: parameter.key,
      label: parameter.label,
      participants: entry.length,
      entryMean,
      exitMean,
      change: exitMean - entryMean,
      test,
      significant: test.pValue !== null && test.pValue < alpha,
    };
  });
  return {
    alpha,
    ...(options.role ? { role: options.role } : {}),
    matched: both.length,
    entryOnly,
    exitOnly,
    parameters,
  };
}

export function parameterScore(answer: MeasurementAnswer, parameter: ParameterKey): number | undefined {
  const scores = measurementItems
    .filter((item) => item.parameter === parameter && answer.scores[item.key] !== undefined)
    .map((item) => answer.scores[item.key]);
  return scores.length === 0 ? undefined : mean(scores);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
