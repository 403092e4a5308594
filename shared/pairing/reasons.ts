// `Почему подобраны`: the criteria that made a pair, strongest first, in the curator's words.
import type { PairingModel } from './model';
import { PEER_FORM } from './rules';
import { DAYS, DISTANCE, FORMAT, INTERESTS, PREFERENCE, REQUESTS, CRITERIA, scorePair } from './score';
import { countOf, GRADES, YEARS } from './text';
import { WEIGHT_KEYS } from './weights';

const COURSES = ['курс', 'курса', 'курсов'] as const;
const DAY_NAMES = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'];
const FORMAT_NAMES = ['', 'очно', 'дистанционно', 'смешанно'];

function commonTags(
  tags: Int32Array,
  from: number,
  to: number,
  bits: Uint32Array,
  base: number,
  labels: string[],
): string {
  const names: string[] = [];
  for (let k = from; k < to; k++) {
    const tag = tags[k];
    if ((bits[base + (tag >>> 5)] >>> (tag & 31)) & 1) names.push(labels[tag]);
  }
  return names.join(', ');
}

type Verdict = { for: string } | { against: string } | null;

/** What a criterion says for or against the pair; null when it says nothing worth a line. */
function describe(model: PairingModel, mentor: number, mentee: number, criterion: number, credit: number): Verdict {
  switch (criterion) {
    case REQUESTS: {
      if (credit === 0) return { against: 'запросы наставляемого не покрыты компетенциями наставника' };
      const common = commonTags(
        model.requestTag,
        model.requestStart[mentee],
        model.requestStart[mentee + 1],
        model.competencies,
        mentor * model.requestWords,
        model.requestLabels,
      );
      return { for: `запросы ↔ компетенции: ${common}` };
    }
    case INTERESTS: {
      if (credit === 0) return { against: 'общих интересов нет' };
      const common = commonTags(
        model.interestTag,
        model.interestStart[mentee],
        model.interestStart[mentee + 1],
        model.mentorInterests,
        mentor * model.interestWords,
        model.interestLabels,
      );
      return { for: `общие интересы: ${common}` };
    }
    case DAYS: {
      if (credit === 0) return { against: 'общих удобных дней нет' };
      const common = model.mentorDays[mentor] & model.menteeDays[mentee];
      return { for: `общие дни: ${DAY_NAMES.filter((_, bit) => (common >> bit) & 1).join(', ')}` };
    }
    case FORMAT: {
      const a = model.mentorFormat[mentor];
      const b = model.menteeFormat[mentee];
      if (credit === 0)
        return { against: `разный формат встреч: наставник — ${FORMAT_NAMES[a]}, наставляемый — ${FORMAT_NAMES[b]}` };
      return {
        for:
          a === b
            ? `формат: ${FORMAT_NAMES[a]}`
            : `формат совместим: наставник — ${FORMAT_NAMES[a]}, наставляемый — ${FORMAT_NAMES[b]}`,
      };
    }
    case DISTANCE: {
      const grades = model.mentorGrade[mentor] - model.menteeGrade[mentee];
      const student = model.mentees[mentee].category === 'Студент';
      if (model.menteeForm[mentee] === PEER_FORM && !Number.isNaN(grades)) {
        const text = `наставник старше на ${countOf(grades, student ? COURSES : GRADES)}`;
        // One or two grades above is what the peer form looks for; more is a gap.
        return credit === 1 ? { for: text } : { against: `${text} (лучше всего — на 1–2)` };
      }
      const gap = Math.abs(model.mentorAge[mentor] - model.menteeAge[mentee]);
      return credit === 1 ? null : { against: `большая для этой формы разница в возрасте: ${countOf(gap, YEARS)}` };
    }
    case PREFERENCE:
      if (credit === 1) return { for: 'взаимный выбор' };
      if (credit > 0)
        return {
          for: listsMentor(model, mentor, mentee)
            ? 'наставляемый выбрал этого наставника'
            : 'наставник выбрал этого наставляемого',
        };
      return {
        against:
          model.menteePrefStart[mentee + 1] > model.menteePrefStart[mentee]
            ? 'наставляемый выбрал другого наставника'
            : 'наставник выбрал других наставляемых',
      };
    default:
      return null;
  }
}

function listsMentor(model: PairingModel, mentor: number, mentee: number): boolean {
  for (let k = model.menteePrefStart[mentee]; k < model.menteePrefStart[mentee + 1]; k++) {
    if (model.menteePref[k] === mentor) return true;
  }
  return false;
}

export interface PairExplanation {
  score: number;
  /** What speaks for the pair, strongest first. */
  reasons: string[];
  /** What speaks against it (criteria that lowered the score), heaviest first. */
  against: string[];
}

/** When nothing speaks for a pair, this says why it is proposed at all. */
export const NO_MATCH_REASON = 'совпадений по критериям нет, пара допустима по обязательным правилам';

export function explainScore(model: PairingModel, mentor: number, mentee: number): PairExplanation {
  const parts = new Float64Array(CRITERIA);
  const score = scorePair(model, mentor, mentee, parts);
  const pro: { text: string; weight: number; order: number }[] = [];
  const con: { text: string; weight: number; order: number }[] = [];
  for (let criterion = 0; criterion < CRITERIA; criterion++) {
    const credit = parts[criterion];
    const weight = model.weights[WEIGHT_KEYS[criterion]];
    if (Number.isNaN(credit) || weight === 0) continue;
    const verdict = describe(model, mentor, mentee, criterion, credit);
    if (verdict === null) continue;
    if ('for' in verdict) pro.push({ text: verdict.for, weight: weight * credit, order: criterion });
    else con.push({ text: verdict.against, weight: weight * (1 - credit), order: criterion });
  }
  const byWeight = (a: { weight: number; order: number }, b: { weight: number; order: number }) =>
    b.weight - a.weight || a.order - b.order;
  const reasons = pro.sort(byWeight).map((reason) => reason.text);
  if (reasons.length === 0) reasons.push(NO_MATCH_REASON);
  return { score, reasons, against: con.sort(byWeight).map((reason) => reason.text) };
}
