import type { Weekday } from '../registry/types';
import { createVocabulary } from './vocabulary';

export const weekdays = createVocabulary<Weekday>([
  { value: 'пн', label: 'пн', aliases: ['понедельник', 'пон'] },
  { value: 'вт', label: 'вт', aliases: ['вторник'] },
  { value: 'ср', label: 'ср', aliases: ['среда'] },
  { value: 'чт', label: 'чт', aliases: ['четверг'] },
  { value: 'пт', label: 'пт', aliases: ['пятница'] },
  { value: 'сб', label: 'сб', aliases: ['суббота'] },
  { value: 'вс', label: 'вс', aliases: ['воскресенье', 'вск'] },
]);

export const WEEKDAYS: readonly Weekday[] = weekdays.terms.map((term) => term.value);
