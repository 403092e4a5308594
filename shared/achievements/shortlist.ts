// The «Наставник года» shortlist: the first N places of each form among mentors with points. Equal
// totals share a place and are never split by the product: when a shared place reaches past N,
// everyone on it is shortlisted, and a Russian note says who tied, on what, and why the list is longer.
import { formName } from '../catalogue';
import { countOf } from '../catalogue/plural';
import { shortName } from '../documents/names';
import type { FormCode } from '../registry/types';
import { pointsRu } from './points-text';
import type { Rating, RatingEntry } from './rating';

export interface FormShortlist {
  form?: FormCode;
  /** «учитель – учитель», or «форма не указана». */
  formLabel: string;
  size: number;
  entries: RatingEntry[];
  notes: string[];
}

export const NO_FORM = 'форма не указана';

const PEOPLE = ['наставник', 'наставника', 'наставников'] as const;

export function formLabel(form: FormCode | undefined): string {
  return form ? formName(form) : NO_FORM;
}

/** One shortlist per form present in the rating, in the rating's order. */
export function shortlists(rating: Rating): FormShortlist[] {
  const size = rating.points.shortlistSize;
  const forms: (FormCode | undefined)[] = [];
  for (const e of rating.entries) if (!forms.includes(e.form)) forms.push(e.form);
  return forms.map((form) => {
    const candidates = rating.entries.filter((e) => e.form === form && e.total > 0);
    const entries = candidates.filter((e) => e.place <= size);
    const notes: string[] = [];
    const places = [...new Set(entries.map((e) => e.place))];
    let tied = false;
    for (const place of places) {
      const group = entries.filter((e) => e.place === place);
      if (group.length < 2) continue;
      tied = true;
      const who = group.map((e) => shortName(e.fullName)).join(', ');
      const shared = `${who} набрали поровну (${pointsRu(group[0].total)}) и делят ${place}-е место`;
      const last = place + group.length - 1;
      notes.push(
        last > size
          ? `${shared}: места с ${place}-го по ${last}-е выходят за ${size}, поэтому в шорт-лист вошли все, и в нём ${countOf(entries.length, PEOPLE)} вместо ${size}.`
          : `${shared}.`,
      );
    }
    if (tied) {
      notes.push(
        'Равные баллы не разводятся автоматически: сравните баллы за достижения и за работу пар в таблице выше, решение — за конкурсной комиссией.',
      );
    }
    if (candidates.length < size) {
      notes.push(
        candidates.length === 0
          ? 'Ни у одного наставника формы нет баллов за год — шорт-лист пуст.'
          : `Баллы больше нуля только у ${candidates.length} ${genitivePeople(candidates.length)} формы, поэтому в шорт-листе меньше ${size} мест.`,
      );
    }
    return { form, formLabel: formLabel(form), size, entries, notes };
  });
}

/** «у 1 наставника», «у 2 наставников». */
function genitivePeople(n: number): string {
  return n % 10 === 1 && n % 100 !== 11 ? 'наставника' : 'наставников';
}
