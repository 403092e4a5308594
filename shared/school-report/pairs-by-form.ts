// Pairs (or groups) per mentoring form: distinct `ID пары`; a group is active while any of its rows
// is «утверждена», completed when its rows are «завершена». The form comes from the pair row, or
// from the mentee's `Форма наставничества` when the row has none.
import { FORM_CODES } from '../report/schema';
import type { PairRecord } from '../registry/schemas';
import type { FormCode, Mentee } from '../registry/types';

export interface PairsOfForm {
  form: FormCode;
  active: number;
  completed: number;
}

export function pairsByForm(
  pairs: readonly PairRecord[],
  mentees: readonly Mentee[],
): { pairs: PairsOfForm[]; notes: string[] } {
  const menteeForm = new Map(mentees.map((mentee) => [mentee.id, mentee.form]));
  const groups = new Map<string, { form?: FormCode; active: boolean; completed: boolean }>();
  for (const pair of pairs) {
    if (pair.status !== 'утверждена' && pair.status !== 'завершена') continue;
    const key = pair.pairId || `${pair.mentorId}→${pair.menteeId}`;
    const group = groups.get(key) ?? { active: false, completed: false };
    groups.set(key, group);
    if (!group.form) group.form = pair.form ?? menteeForm.get(pair.menteeId);
    if (pair.status === 'утверждена') group.active = true;
    else group.completed = true;
  }
  const counts = new Map<FormCode, PairsOfForm>();
  let withoutForm = 0;
  for (const group of groups.values()) {
    if (!group.form) {
      withoutForm++;
      continue;
    }
    const row = counts.get(group.form) ?? { form: group.form, active: 0, completed: 0 };
    counts.set(group.form, row);
    if (group.active) row.active++;
    else row.completed++;
  }
  const notes =
    withoutForm > 0
      ? [
          `Пар без формы наставничества: ${withoutForm} — не учтены в разбивке по формам; заполните «Форма» в листе «Пары»`,
        ]
      : [];
  return { pairs: FORM_CODES.filter((form) => counts.has(form)).map((form) => counts.get(form) as PairsOfForm), notes };
}
