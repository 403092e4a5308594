// How a pair meets (`Формат` column).
import type { MeetingFormat } from '../registry/types';
import { createVocabulary } from './vocabulary';

export const meetingFormats = createVocabulary<MeetingFormat>([
  { value: 'очно', label: 'очно', aliases: ['очный', 'очная', 'офлайн', 'лично'] },
  {
    value: 'дистанционно',
    label: 'дистанционно',
    aliases: ['дистанционный', 'дистанционная', 'онлайн', 'удалённо', 'дистант'],
  },
  {
    value: 'смешанно',
    label: 'смешанно',
    aliases: ['смешанный', 'смешанная', 'гибридный', 'гибридная', 'очно и дистанционно'],
  },
]);
