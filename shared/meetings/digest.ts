// The weekly e-mail to the curator: pairs that have gone more than a week without a meeting.
// It goes to the curator of the same organisation, so the pair's names may be shown.
import { formatDayRu, type Day } from '../core/day';
import { countOf, DAYS_FORMS, PAIRS_FORMS } from './plural';
import { OVERDUE_AFTER_DAYS, type PairProgress } from './progress';

export interface PairNames {
  mentor?: string;
  mentees?: readonly string[];
}

export interface OverdueDigest {
  subject: string;
  body: string;
  /** Overdue pairs, the longest wait first. */
  pairIds: string[];
}

/** The digest, or null when no pair is overdue (then no e-mail is sent). */
export function overdueDigest(
  progress: readonly PairProgress[],
  today: Day,
  names: ReadonlyMap<string, PairNames> = new Map(),
  organization?: string,
): OverdueDigest | null {
  const overdue = progress
    .filter((pair) => pair.overdue)
    .sort((a, b) => (b.daysWithoutMeeting ?? 0) - (a.daysWithoutMeeting ?? 0) || a.pairId.localeCompare(b.pairId));
  if (overdue.length === 0) return null;

  const where = organization ? ` (${organization})` : '';
  const lines = overdue.map((pair) => `• ${pairTitle(pair.pairId, names.get(pair.pairId))}: ${waitText(pair)}`);
  const body = [
    'Здравствуйте!',
    '',
    `На ${formatDayRu(today)}${where} без встреч больше ${countOf(OVERDUE_AFTER_DAYS, DAYS_FORMS)} — ${countOf(overdue.length, PAIRS_FORMS)}:`,
    ...lines,
    '',
    'По программе наставничества встречи наставника и наставляемого проходят не реже одного раза в неделю.',
    'Отметьте проведённые встречи в листе «Встречи» или свяжитесь с наставниками этих пар.',
    '',
    'Письмо отправлено надстройкой «Наставник».',
  ].join('\n');
  return {
    subject: `Наставничество: ${countOf(overdue.length, PAIRS_FORMS)} без встреч больше недели`,
    body,
    pairIds: overdue.map((pair) => pair.pairId),
  };
}

function pairTitle(pairId: string, names: PairNames | undefined): string {
  const people = [names?.mentor, names?.mentees?.length ? names.mentees.join(', ') : undefined].filter(Boolean);
  return people.length > 0 ? `${pairId} (${people.join(' — ')})` : pairId;
}

function waitText(pair: PairProgress): string {
  const days = countOf(pair.daysWithoutMeeting ?? 0, DAYS_FORMS);
  if (pair.lastMeeting) return `последняя встреча ${formatDayRu(pair.lastMeeting)}, ${days} назад`;
  return `встреч ещё не было, работа пары началась ${days} назад`;
}

export interface OverdueSummary {
  /** «Без встреч больше 7 дней — 2 пары», for an alert title or a toast. */
  title: string;
  /** One line per overdue pair, the longest wait first: «• П-1 (Наставник — Наставляемый): …». */
  lines: string[];
  pairIds: string[];
}

/** The overdue pairs for the curator's own screen (an alert, a toast), or null when none is overdue. */
export function overdueSummary(
  progress: readonly PairProgress[],
  names: ReadonlyMap<string, PairNames> = new Map(),
): OverdueSummary | null {
  const overdue = progress
    .filter((pair) => pair.overdue)
    .sort((a, b) => (b.daysWithoutMeeting ?? 0) - (a.daysWithoutMeeting ?? 0) || a.pairId.localeCompare(b.pairId));
  if (overdue.length === 0) return null;
  return {
    title: `Без встреч больше ${countOf(OVERDUE_AFTER_DAYS, DAYS_FORMS)} — ${countOf(overdue.length, PAIRS_FORMS)}`,
    lines: overdue.map((pair) => `• ${pairTitle(pair.pairId, names.get(pair.pairId))}: ${waitText(pair)}`),
    pairIds: overdue.map((pair) => pair.pairId),
  };
}
