// Partner enterprises that provided mentors: distinct ИНН of legal entities (10 digits, valid check
// digits), named by the organisation their mentors gave. A 12-digit ИНН belongs to an individual
// entrepreneur — a person — so it never leaves the organisation.
import { normalizeText, tidyText } from '../catalogue';
import { innProblem } from '../core/inn';
import type { Mentor } from '../registry/types';

export interface Enterprise {
  inn: string;
  name: string;
}

export function partnerEnterprises(mentors: readonly Mentor[]): { enterprises: Enterprise[]; notes: string[] } {
  const names = new Map<string, Map<string, { name: string; count: number }>>();
  let entrepreneurs = 0;
  let invalid = 0;
  let withoutInn = 0;
  for (const mentor of mentors) {
    const inn = (mentor.inn ?? '').replace(/\s/g, '');
    if (!inn) {
      if (
        (mentor.category === 'Представитель предприятия' || mentor.category === 'Социальный партнёр') &&
        mentor.organization
      )
        withoutInn++;
      continue;
    }
    if (innProblem(inn) !== null) {
      invalid++;
      continue;
    }
    if (inn.length === 12) {
      entrepreneurs++;
      continue;
    }
    const spellings = names.get(inn) ?? new Map<string, { name: string; count: number }>();
    names.set(inn, spellings);
    const name = tidyText(mentor.organization ?? '');
    if (!name) continue;
    const entry = spellings.get(normalizeText(name)) ?? { name, count: 0 };
    entry.count++;
    spellings.set(normalizeText(name), entry);
  }

  const notes: string[] = [];
  const enterprises: Enterprise[] = [];
  for (const [inn, spellings] of [...names.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    // The most frequent spelling; ties go to the first met.
    const best = [...spellings.values()].reduce<{ name: string; count: number } | undefined>(
      (top, entry) => (!top || entry.count > top.count ? entry : top),
      undefined,
    );
    enterprises.push({ inn, name: best?.name ?? `Организация с ИНН ${inn}` });
    if (!best) notes.push(`У наставников с ИНН ${inn} не заполнена «Организация» — в отчёте указан ИНН`);
  }
  if (invalid > 0)
    notes.push(
      `Наставников с неверным ИНН организации: ${invalid} — их предприятия не учтены; проверьте «ИНН организации»`,
    );
  if (entrepreneurs > 0)
    notes.push(
      `Наставников с ИНН индивидуального предпринимателя (12 цифр): ${entrepreneurs} — ИП не передаются в отчёт, это персональные данные`,
    );
  if (withoutInn > 0)
    notes.push(`Наставников-представителей предприятий без ИНН организации: ${withoutInn} — их предприятия не учтены`);
  return { enterprises, notes };
}
