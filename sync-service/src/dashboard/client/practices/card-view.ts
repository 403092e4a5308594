// A practice card drawn for reading: the same view on the review page and on the catalogue's page
// of a practice. The card comes from the service already without contacts an author did not allow.
import { formName } from '../../../../../shared/catalogue/forms';
import { h } from '../dom';
import type { PracticeCard } from './types';

const number = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });

function row(term: string, ...value: (Node | string)[]): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, ...value)];
}

function authorLine(a: PracticeCard['authors'][number]): HTMLElement {
  const years = a.yearsInPosition !== undefined ? `, стаж в должности — ${a.yearsInPosition}` : '';
  const contacts: (Node | string)[] = [];
  if (a.email) contacts.push(h('a', { href: `mailto:${a.email}` }, a.email));
  if (a.phone) contacts.push(contacts.length ? ', ' : '', a.phone);
  return h(
    'li',
    {},
    h('strong', {}, a.fullName),
    `, ${a.position}${years}`,
    contacts.length ? h('span', { class: 'contacts' }, ' · ', ...contacts) : null,
  );
}

export function cardView(card: PracticeCard): HTMLElement {
  const p = card.programme;
  const figures: HTMLElement[] = [];
  if (p) {
    const parts = [
      p.durationMonths !== undefined ? `срок — ${number.format(p.durationMonths)} мес.` : '',
      `пар — ${p.pairs}, завершили — ${p.completedPairs}`,
    ].filter(Boolean);
    figures.push(...row('Программа, из которой выросла практика', parts.join('; ')));
    for (const m of p.measurements ?? []) {
      figures.push(
        ...row(
          `Замер: ${m.parameter}`,
          `на входе ${number.format(m.entryMean)}, на выходе ${number.format(m.exitMean)} (участников: ${m.participants})`,
        ),
      );
    }
  }
  return h(
    'article',
    { class: 'card-view' },
    h(
      'dl',
      {},
      ...row('Организация', card.organizationName),
      ...row('Форма наставничества', formName(card.form)),
      ...row('Ролевая модель', card.roleModel),
      ...row('Целевая группа', card.targetGroup),
      ...row('Цель', card.goal),
      ...row('Содержание', card.content),
      ...row(
        'Результаты',
        h(
          'ul',
          {},
          card.results.map((r) => h('li', {}, r)),
        ),
      ),
      ...figures,
      ...(card.materials.length
        ? row(
            'Материалы',
            h(
              'ul',
              {},
              card.materials.map((m) =>
                h('li', {}, h('a', { href: m.url, rel: 'noopener noreferrer', target: '_blank' }, m.title)),
              ),
            ),
          )
        : []),
      ...row('Авторы', h('ul', { class: 'authors' }, card.authors.map(authorLine))),
    ),
  );
}
