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

function describe(model: PairingModel, mentor: number, mentee: number, criterion: number, credit: number): string | null {
  switch (criterion) {
    case REQUESTS:
      return `запросы ↔ компетенции: ${commonTags(
        model.requestTag,
        model.requestStart[mentee],
        model.requestStart[mentee + 1],
        model.competencies,
        mentor * model.requestWords,
        model.requestLabels,
      )}`;
    case INTERESTS:
      return `общие интересы: ${commonTags(
        model.interestTag,
        model.interestStart[mentee],
        model.interestStart[mentee + 1],
        model.mentorInterests,
        mentor * model.interestWords,
        model.interestLabels,
      )}`;
    case DAYS: {
      const common = model.mentorDays[mentor] & model.menteeDays[mentee];
      return `общие дни: ${DAY_NAMES.filter((_, bit) => (common >> bit) & 1).join(', ')}`;
    }
    case FORMAT: {
      const a = model.mentorFormat[mentor];
      const b = model.menteeFormat[mentee];
      return a === b ? `формат: ${FORMAT_NAMES[a]}` : `формат совместим: наставник — ${FORMAT_NAMES[a]}, наставляемый — ${FORMAT_NAMES[b]}`;
    }
    case DISTANCE: {
      if (credit < 0.5) return null;
      const grades = model.mentorGrade[mentor] - model.menteeGrade[mentee];
      const student = model.mentees[mentee].category === 'Студент';
      if (model.menteeForm[mentee] === PEER_FORM && !Number.isNaN(grades)) {
        return `наставник старше на ${countOf(grades, student ? COURSES : GRADES)}`;
      }
      const gap = Math.abs(model.mentorAge[mentor] - model.menteeAge[mentee]);
      return `разница в возрасте: ${countOf(gap, YEARS)}`;
    }
    case PREFERENCE:
      return credit === 1 ? 'взаимный выбор' : listsMentor(model, mentor, mentee) ? 'наставляемый выбрал этого наставника' : 'наставник выбрал этого наставляемого';
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
  reasons: string[];
}

export function explainScore(model: PairingModel, mentor: number, mentee: number): PairExplanation {
  const parts = new Float64Array(CRITERIA);
  const score = scorePair(model, mentor, mentee, parts);
  const found: { text: string; weight: number; order: number }[] = [];
  for (let criterion = 0; criterion < CRITERIA; criterion++) {
    const credit = parts[criterion];
    const weight = model.weights[WEIGHT_KEYS[criterion]];
    if (!(credit > 0) || weight === 0) continue;
    const text = describe(model, mentor, mentee, criterion, credit);
    if (text) found.push({ text, weight: weight * credit, order: criterion });
  }
  found.sort((a, b) => b.weight - a.weight || a.order - b.order);
  const reasons = found.map((reason) => reason.text);
  if (reasons.length === 0) reasons.push('совпадений по критериям нет, пара допустима по обязательным правилам');
  return { score, reasons };
}
