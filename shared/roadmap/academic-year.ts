// The academic year runs from 1 September to 31 August; it is named by the year it starts in.
import { makeDay, type Day } from '../core/day';
import type { MonthDay } from './template';

export const ACADEMIC_YEAR_START_MONTH = 9;

export interface AcademicYear {
  startYear: number;
  start: Day;
  end: Day;
  /** `2024/2025`. */
  label: string;
}

export function academicYear(startYear: number): AcademicYear {
  if (!Number.isInteger(startYear) || startYear < 1900 || startYear > 9998) {
    throw new Error(`Некорректный учебный год «${startYear}»: укажите год его начала, например 2024`);
  }
  return {
    startYear,
    start: makeDay(startYear, ACADEMIC_YEAR_START_MONTH, 1) as Day,
    end: makeDay(startYear + 1, ACADEMIC_YEAR_START_MONTH - 1, 31) as Day,
    label: `${startYear}/${startYear + 1}`,
  };
}

/** The start year of the academic year a day falls in (31.08.2025 → 2024, 01.09.2025 → 2025). */
export function academicYearOf(day: Day): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return month >= ACADEMIC_YEAR_START_MONTH ? year : year - 1;
}

/** The date of a month/day inside the academic year starting in `startYear` (29 Feb falls back to 28). */
export function dateInYear(startYear: number, monthDay: MonthDay): Day {
  const year = monthDay.month >= ACADEMIC_YEAR_START_MONTH ? startYear : startYear + 1;
  return (makeDay(year, monthDay.month, monthDay.day) ?? makeDay(year, monthDay.month, monthDay.day - 1)) as Day;
}
