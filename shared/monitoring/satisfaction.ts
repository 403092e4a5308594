// Satisfaction counts for Table 5 and the school report: distinct respondents per role, satisfied
// meaning an overall score of 7 or more. A participant who answered twice counts once, by the
// later answer (the lower sheet row).
import { normalizeText } from '../catalogue';
import type { SatisfactionAnswer } from './answers';
import { SATISFIED_FROM } from './satisfaction-questionnaire';

export interface SatisfactionCounts {
  respondents: number;
  satisfied: number;
}

export interface SatisfactionSummary {
  mentors: SatisfactionCounts;
  mentees: SatisfactionCounts;
  /** Answers replaced by a later answer of the same participant. */
  repeated: number;
}

export function satisfactionSummary(answers: readonly SatisfactionAnswer[]): SatisfactionSummary {
  const latest = new Map<string, SatisfactionAnswer>();
  for (const answer of [...answers].sort((a, b) => a.row - b.row)) {
    latest.set(`${answer.role}|${normalizeText(answer.participantId)}`, answer);
  }
  const count = (role: SatisfactionAnswer['role']): SatisfactionCounts => {
    const own = [...latest.values()].filter((answer) => answer.role === role);
    return { respondents: own.length, satisfied: own.filter((answer) => answer.overall >= SATISFIED_FROM).length };
  };
  return { mentors: count('mentor'), mentees: count('mentee'), repeated: answers.length - latest.size };
}
