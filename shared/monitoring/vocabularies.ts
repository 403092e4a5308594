import { createVocabulary } from '../catalogue';

export type ParticipantRole = 'mentor' | 'mentee';
export type Wave = 'entry' | 'exit';
export type SwotRole = ParticipantRole | 'curator' | 'other';

export const participantRoles = createVocabulary<ParticipantRole>([
  { value: 'mentor', label: 'наставник', aliases: ['наставница'] },
  { value: 'mentee', label: 'наставляемый', aliases: ['наставляемая', 'наставляемые'] },
]);

export const swotRoles = createVocabulary<SwotRole>([
  ...participantRoles.terms,
  { value: 'curator', label: 'куратор', aliases: ['куратор программы', 'администрация'] },
  { value: 'other', label: 'другое', aliases: ['другой участник', 'партнёр', 'родитель'] },
]);

export const waves = createVocabulary<Wave>([
  {
    value: 'entry',
    label: 'в начале программы (входной замер)',
    aliases: ['входной', 'входной замер', 'вход', 'на входе', 'в начале программы', 'до программы'],
  },
  {
    value: 'exit',
    label: 'в конце программы (итоговый замер)',
    aliases: ['итоговый', 'итоговый замер', 'выход', 'на выходе', 'в конце программы', 'после программы'],
  },
]);
