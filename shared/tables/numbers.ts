// Numbers as curators type them: `3`, `3,5`, `9Б`, `2 курс`, `5-7`.
import type { GradeRange } from '../registry/types';
import { normalizeText } from '../catalogue';

/** A decimal number (`3`, `3,5`, `3.5`, `-1`), or undefined when the cell holds anything else. */
export function parseNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/[\s\u00A0]/g, '').replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}

/** A whole number (`2`, `2.0`), or undefined for `два`, `2,5` and the like. */
export function parseInteger(value: unknown): number | undefined {
  const number = parseNumber(value);
  return number !== undefined && Number.isInteger(number) ? number : undefined;
}

const MAX_GRADE = 11;
const GRADE = /^(\d{1,2})(?!\d)(.*)$/;

/**
 * The grade or course number of `Класс/курс`: `9`, `9Б`, `9 «Б»`, `10-А`, `2 курс`, `2-й курс`, `1 к.`.
 * Undefined when the text does not start with a grade from 1 to 11 or looks like a range (`5-7`).
 */
export function parseGrade(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= MAX_GRADE ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = GRADE.exec(normalizeText(value));
  if (!match) return undefined;
  const grade = Number(match[1]);
  const rest = match[2];
  if (/^\s*-?\s*\d/.test(rest)) return undefined;
  return grade >= 1 && grade <= MAX_GRADE ? grade : undefined;
}

/**
 * `Классы/курсы наставляемых`: `5-7`, `5–7 классы`, `1-2 курс`, `8`, or a list of consecutive grades `5, 6, 7`.
 * Undefined when the text is not such a range.
 */
export function parseGradeRange(value: unknown): GradeRange | undefined {
  if (typeof value === 'number') {
    const grade = parseGrade(value);
    return grade === undefined ? undefined : { min: grade, max: grade };
  }
  if (typeof value !== 'string') return undefined;
  const text = normalizeText(value)
    .replace(/\s*(классы?|кл|курсы?|к)$/, '')
    .trim();
  const range = /^(\d{1,2})-(\d{1,2})$/.exec(text);
  const list = /^\d{1,2}([;,]\d{1,2})*$/.test(text) ? text.split(/[;,]/).map(Number) : undefined;
  let grades: number[] | undefined;
  if (range) {
    grades = [Number(range[1]), Number(range[2])];
  } else if (list) {
    const sorted = [...list].sort((a, b) => a - b);
    const consecutive = sorted.every((grade, index) => index === 0 || grade - sorted[index - 1] <= 1);
    if (!consecutive) return undefined;
    grades = [sorted[0], sorted[sorted.length - 1]];
  }
  if (!grades) return undefined;
  const [min, max] = grades;
  if (min < 1 || max > MAX_GRADE || min > max) return undefined;
  return { min, max };
}
