// The «Добавить встречу» dialog sends a plain object; this checks it field by field.
import { toDay } from '../core/day';
import type { Meeting } from './meeting';
import { meetingTypes } from './meeting-type';

export interface MeetingInputIssue {
  /** The dialog field: pairId, type, date, mentorScore, menteeScore. */
  field: keyof Meeting;
  message: string;
}

export type MeetingInputResult = { ok: true; meeting: Meeting } | { ok: false; issues: MeetingInputIssue[] };

export function parseMeetingInput(input: unknown, pairIds: ReadonlySet<string>): MeetingInputResult {
  const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const issues: MeetingInputIssue[] = [];
  const text = (key: string) => (typeof value[key] === 'string' ? value[key].trim() : '');

  const pairId = text('pairId');
  if (!pairId) issues.push({ field: 'pairId', message: 'Выберите пару' });
  else if (!pairIds.has(pairId)) issues.push({ field: 'pairId', message: `Пары «${pairId}» нет в листе «Пары»` });

  const type = meetingTypes.resolve(text('type'));
  if (!type) issues.push({ field: 'type', message: `Выберите тип встречи: ${meetingTypes.labels.join(', ')}` });

  const date = toDay(value.date);
  if (!date) issues.push({ field: 'date', message: 'Укажите дату встречи в виде ДД.ММ.ГГГГ' });

  const score = (field: 'mentorScore' | 'menteeScore', who: string): number | undefined => {
    const raw = value[field];
    if (raw === undefined || raw === null || raw === '') return undefined;
    const number = typeof raw === 'number' ? raw : Number(String(raw).trim());
    if (!Number.isInteger(number) || number < 1 || number > 10) {
      issues.push({ field, message: `Оценка ${who} — целое число от 1 до 10` });
      return undefined;
    }
    return number;
  };
  const mentorScore = score('mentorScore', 'наставника');
  const menteeScore = score('menteeScore', 'наставляемого');

  if (issues.length > 0 || !type || !date) return { ok: false, issues };
  const meeting: Meeting = { pairId, type, date };
  for (const key of ['topic', 'outcome', 'comment'] as const) if (text(key)) meeting[key] = text(key);
  if (mentorScore !== undefined) meeting.mentorScore = mentorScore;
  if (menteeScore !== undefined) meeting.menteeScore = menteeScore;
  return { ok: true, meeting };
}
