// Statuses of mentors, mentees and pairs as the curator sees them in the sheets.
import type { MenteeStatus, MentorStatus } from '../registry/types';
import { createVocabulary } from './vocabulary';

export type PairStatus = 'предложена' | 'утверждена' | 'завершена' | 'расторгнута';

export const mentorStatuses = createVocabulary<MentorStatus>([
  { value: 'кандидат', label: 'кандидат', aliases: ['кандидатка'] },
  {
    value: 'в реестре',
    label: 'в реестре',
    aliases: ['в реестре наставников', 'включён в реестр', 'включена в реестр'],
  },
  { value: 'выбыл', label: 'выбыл', aliases: ['выбыла', 'исключён', 'исключена'] },
]);

export const menteeStatuses = createVocabulary<MenteeStatus>([
  { value: 'ожидает', label: 'ожидает', aliases: ['ожидает пару', 'ожидает наставника'] },
  { value: 'в паре', label: 'в паре', aliases: ['в группе'] },
  { value: 'завершил', label: 'завершил', aliases: ['завершила', 'завершено'] },
  { value: 'без пары', label: 'без пары', aliases: ['не подобран', 'не подобрана'] },
]);

export const pairStatuses = createVocabulary<PairStatus>([
  { value: 'предложена', label: 'предложена', aliases: ['предложено', 'предложен'] },
  { value: 'утверждена', label: 'утверждена', aliases: ['утверждено', 'утверждён', 'закреплена', 'закреплено'] },
  { value: 'завершена', label: 'завершена', aliases: ['завершено', 'завершён'] },
  { value: 'расторгнута', label: 'расторгнута', aliases: ['расторгнуто', 'расторгнут'] },
]);

/** Default status of a mentor row with an empty `Статус` cell. */
export const DEFAULT_MENTOR_STATUS: MentorStatus = 'кандидат';
/** Default status of a mentee row with an empty `Статус` cell. */
export const DEFAULT_MENTEE_STATUS: MenteeStatus = 'ожидает';
