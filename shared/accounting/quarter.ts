// Calendar quarters: personalised accounting keeps one snapshot per quarter (I: January–March …).
import { makeDay, type Day } from '../meetings';

export interface Quarter {
  year: number;
  /** 1…4. */
  number: number;
  start: Day;
  end: Day;
  /** «I квартал 2027». */
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

export function quarterOf(day: Day): Quarter {
  const year = Number(day.slice(0, 4));
  const number = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return quarter(year, number);
}

export function quarter(year: number, number: number): Quarter {
  const firstMonth = (number - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = lastMonth === 3 || lastMonth === 12 ? 31 : 30;
  return {
    year,
    number,
    start: makeDay(year, firstMonth, 1) as Day,
    end: makeDay(year, lastMonth, lastDay) as Day,
    label: `${ROMAN[number - 1]} квартал ${year}`,
  };
}

/** The quarter that ended last before `day` (on 01.04.2027 — I квартал 2027). */
export function previousQuarter(day: Day): Quarter {
  const current = quarterOf(day);
  return current.number === 1 ? quarter(current.year - 1, 4) : quarter(current.year, current.number - 1);
}
