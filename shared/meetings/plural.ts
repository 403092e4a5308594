export { plural, countOf } from '../catalogue/plural';

export const DAYS_FORMS = ['день', 'дня', 'дней'] as const;
export const PAIRS_FORMS = ['пара', 'пары', 'пар'] as const;
