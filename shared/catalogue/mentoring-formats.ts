// Formats of mentoring (the regional methodology): how the work of a pair or group is organised.
import { createVocabulary } from './vocabulary';

export type MentoringFormat = 'individual' | 'group' | 'virtual' | 'short-term' | 'reverse' | 'situational' | 'speed';

export const mentoringFormats = createVocabulary<MentoringFormat>([
  { value: 'individual', label: 'индивидуальное', aliases: ['индивидуальная'] },
  { value: 'group', label: 'групповое', aliases: ['групповая'] },
  { value: 'virtual', label: 'виртуальное (дистанционное)', aliases: ['виртуальное', 'дистанционное'] },
  { value: 'short-term', label: 'краткосрочное (целеполагающее)', aliases: ['краткосрочное', 'целеполагающее'] },
  { value: 'reverse', label: 'реверсивное', aliases: ['обратное'] },
  { value: 'situational', label: 'ситуационное' },
  { value: 'speed', label: 'скоростное', aliases: ['скоростное наставничество'] },
]);
