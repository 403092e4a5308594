// The meeting sequence of every pair (the Target Model roadmap, stage 6): acquaintance, trial, planning,
// regular meetings (at least weekly), final meeting.
import { createVocabulary } from '../catalogue';

export type MeetingType = 'intro' | 'trial' | 'planning' | 'regular' | 'final';

/** In the order of the sequence. */
export const MEETING_TYPE_ORDER: readonly MeetingType[] = ['intro', 'trial', 'planning', 'regular', 'final'];

/** `Тип встречи` values (labels) with the wordings schools use in their roadmaps as aliases. */
export const meetingTypes = createVocabulary<MeetingType>([
  { value: 'intro', label: 'знакомство', aliases: ['встреча-знакомство', 'организационная', 'первая встреча'] },
  { value: 'trial', label: 'пробная', aliases: ['пробная рабочая', 'пробная рабочая встреча', 'пробная встреча'] },
  { value: 'planning', label: 'планирование', aliases: ['встреча-планирование'] },
  { value: 'regular', label: 'регулярная', aliases: ['регулярная встреча', 'рабочая встреча', 'текущая'] },
  { value: 'final', label: 'итоговая', aliases: ['итоговая встреча', 'заключительная', 'заключительная встреча'] },
]);

/** How documents and messages name each meeting. */
export const MEETING_TITLES: Readonly<Record<MeetingType, string>> = {
  intro: 'встреча-знакомство',
  trial: 'пробная рабочая встреча',
  planning: 'встреча-планирование',
  regular: 'регулярная встреча',
  final: 'итоговая встреча',
};
