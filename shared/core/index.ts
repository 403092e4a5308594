// The common core every feature module may use: calendar days, time zones, percentages, ИНН check digits.
export {
  toDay,
  dayToDate,
  makeDay,
  daysBetween,
  addDays,
  addMonths,
  daysInMonth,
  formatDayRu,
  cellDay,
  type Day,
} from './day';
export { percentOf } from './percent';
export { innProblem, isValidInn } from './inn';
export { zoneOffsetAt } from './time-zone';
