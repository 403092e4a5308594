// What the sidebar opens with: forms present, weights and minimum, counts, confirmed pairs.
import { FORMS, formName, normalizeText } from '../../../shared/catalogue';
import { DEFAULT_WEIGHTS, WEIGHT_KEYS } from '../../../shared/pairing';
import type { PairingInput } from '../../../shared/registry';
import { WEIGHT_LABELS } from '../../../shared/workspace';
import { correctionLines, problemLines } from './proposal';
import type { ConfirmedPairView, FormChoice, PairingRequest, PairingState, WeightSetting } from './wire';

/** Short labels for the sliders (the `Настройки` rows carry a «Вес: » prefix). */
const SLIDER_LABELS: Record<string, string> = {
  requests: 'Запросы ↔ компетенции',
  interests: 'Общие интересы',
  days: 'Общие удобные дни',
  format: 'Формат встреч',
  distance: 'Близость класса или возраста',
  preference: 'Пожелания участников',
};

export function pairingState(input: PairingInput, lastRequest: PairingRequest | null): PairingState {
  const confirmedMentees = new Set(input.options.pinned.map((pair) => pair.menteeId));
  const waiting = input.mentees.filter(
    (mentee) => (mentee.status === 'ожидает' || mentee.status === 'без пары') && !confirmedMentees.has(mentee.id),
  );
  const usableMentors = input.mentors.filter((mentor) => mentor.consent && mentor.status !== 'выбыл');

  const forms: FormChoice[] = FORMS.map((form) => ({
    code: form.code,
    name: form.name,
    mentors: usableMentors.filter((mentor) => mentor.forms.includes(form.code)).length,
    waiting: waiting.filter((mentee) => mentee.form === form.code).length,
  })).filter((form) => form.mentors > 0 || form.waiting > 0);

  const weights: WeightSetting[] = WEIGHT_KEYS.map((key) => {
    const base = input.settings.weights[key] ?? DEFAULT_WEIGHTS[key];
    const last = lastRequest?.weights[key];
    return {
      key,
      label: SLIDER_LABELS[key] ?? WEIGHT_LABELS[key],
      hint: `${WEIGHT_LABELS[key]}; в «Настройках»: ${base}`,
      value: typeof last === 'number' ? last : base,
      base,
    };
  });
  const baseMinScore = input.settings.minScore ?? 0;

  const names = new Map<string, string>([
    ...input.mentors.map((m): [string, string] => [`н:${m.id}`, m.fullName]),
    ...input.mentees.map((m): [string, string] => [`у:${m.id}`, m.fullName]),
  ]);
  const menteeForm = new Map(input.mentees.map((m) => [m.id, m.form]));
  const keyOf = (mentorId: string, menteeId: string) => `${normalizeText(mentorId)}\u0000${normalizeText(menteeId)}`;
  const records = new Map(
    input.pairRecords.filter((r) => r.status === 'утверждена').map((r) => [keyOf(r.mentorId, r.menteeId), r]),
  );
  const confirmed: ConfirmedPairView[] = input.options.pinned.map((pair) => {
    const record = records.get(keyOf(pair.mentorId, pair.menteeId));
    const form = menteeForm.get(pair.menteeId);
    return {
      pairId: record?.pairId ?? '',
      form: form ? formName(form) : '',
      mentorId: pair.mentorId,
      mentorName: names.get(`н:${pair.mentorId}`) ?? pair.mentorId,
      menteeId: pair.menteeId,
      menteeName: names.get(`у:${pair.menteeId}`) ?? pair.menteeId,
      score: record?.score ?? null,
      startDate: record?.startDate ?? '',
    };
  });

  return {
    forms,
    weights,
    minScore: lastRequest ? lastRequest.minScore : baseMinScore,
    baseMinScore,
    counts: {
      mentors: input.mentors.length,
      mentees: input.mentees.length,
      waiting: waiting.length,
      confirmedPairs: confirmed.length,
    },
    confirmed,
    problems: problemLines(input),
    leftOut: { ...input.leftOut },
    corrections: correctionLines(input),
    lastRequest,
  };
}
