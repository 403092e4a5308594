// `Согласие на обработку ПДн`: да / нет (an empty cell means no consent yet).
import { createVocabulary } from './vocabulary';

export type ConsentAnswer = 'да' | 'нет';

export const consentAnswers = createVocabulary<ConsentAnswer>([
  { value: 'да', label: 'да', aliases: ['yes', 'true', 'истина', 'есть', 'получено', 'согласен', 'согласна', '+'] },
  { value: 'нет', label: 'нет', aliases: ['no', 'false', 'ложь', 'не получено', 'не согласен', 'не согласна', '-'] },
]);
