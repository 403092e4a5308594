// The catalogue of the region's bank: search in Russian with filters, and a page per practice.
import { FORMS } from '../../../../../shared/catalogue/forms';
import { h } from '../dom';
import { api, failureText } from '../admin/api';
import { formatDateTime } from '../format';
import { cardView } from './card-view';
import { LEVEL_NAMES, type CatalogueAnswer, type CatalogueItem, type PracticeCard } from './types';

const main = document.getElementById('catalogue')!;
const note = (text: string) => h('p', { class: 'notice notice-error', role: 'alert' }, text);
const FILTER_NAMES = ['q', 'form', 'roleModel', 'municipality', 'level'] as const;

function options(
  values: string[],
  all: string,
  selected: string | null,
  label: (v: string) => string = (v) => v,
): HTMLOptionElement[] {
  return [
    h('option', { value: '' }, all),
    ...values.map((v) => h('option', { value: v, selected: v === selected }, label(v))),
  ];
}

function resultCard(p: CatalogueItem): HTMLElement {
  return h(
    'li',
    { class: 'practice-card', 'data-practice-id': p.practiceId },
    h('h3', {}, h('a', { href: p.url }, p.title)),
    h(
      'p',
      { class: 'practice-meta' },
      h('span', { class: `badge level-${p.level}` }, LEVEL_NAMES[p.level]),
      ` ${p.organizationName} · ${p.municipality}`,
    ),
    h('p', { class: 'muted' }, `${p.formName} · ${p.roleModel} · ${p.targetGroup}`),
    h('p', {}, p.goal),
    h('p', { class: 'muted small' }, `Авторы: ${p.authors.map((a) => a.fullName).join(', ')}`),
  );
}

async function showSearch(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const query = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const v = params.get(name)?.trim();
    if (v) query.set(name, v);
  }
  const answer = await api<CatalogueAnswer>('GET', `/api/v1/catalogue/practices${query.size ? `?${query}` : ''}`);
  const q = h('input', {
    type: 'search',
    name: 'q',
    id: 'catalogue-q',
    value: params.get('q') ?? '',
    maxlength: 200,
    placeholder: 'например: молодой педагог, профориентация',
  });
  const form = h(
    'form',
    { class: 'catalogue-search', id: 'catalogue-search', role: 'search', method: 'get', action: '/catalogue' },
    h('div', { class: 'field wide' }, h('label', { for: 'catalogue-q' }, 'Поиск по тексту практик'), q),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'catalogue-form' }, 'Форма наставничества'),
      h(
        'select',
        { name: 'form', id: 'catalogue-form' },
        options(
          FORMS.map((f) => f.code),
          'все формы',
          params.get('form'),
          (c) => FORMS.find((f) => f.code === c)!.name,
        ),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'catalogue-role' }, 'Ролевая модель'),
      h(
        'select',
        { name: 'roleModel', id: 'catalogue-role' },
        options(answer.filters.roleModels, 'все модели', params.get('roleModel')),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'catalogue-municipality' }, 'Муниципалитет'),
      h(
        'select',
        { name: 'municipality', id: 'catalogue-municipality' },
        options(answer.filters.municipalities, 'все муниципалитеты', params.get('municipality')),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'catalogue-level' }, 'Банк'),
      h(
        'select',
        { name: 'level', id: 'catalogue-level' },
        options(['municipal', 'regional'], 'оба банка', params.get('level'), (v) => LEVEL_NAMES[v as 'municipal']),
      ),
    ),
    h('button', { type: 'submit' }, 'Найти'),
  );
  const xlsx = `/api/v1/catalogue/practices.xlsx${query.size ? `?${query}` : ''}`;
  const found = answer.practices;
  main.replaceChildren(
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'catalogue-title' },
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { id: 'catalogue-title' }, 'Банк практик наставничества'),
        h('div', { class: 'downloads' }, h('a', { class: 'download', href: xlsx }, 'Скачать в Excel')),
      ),
      h(
        'p',
        { class: 'lead' },
        'Практики, которые региональная комиссия приняла в муниципальный или региональный банк. Поиск понимает словоформы: «наставника» найдёт «наставник».',
      ),
      form,
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'catalogue-found' },
      h(
        'h2',
        { id: 'catalogue-found', role: 'status' },
        found.length ? `Найдено практик: ${found.length}` : 'Ничего не найдено',
      ),
      found.length
        ? h('ul', { class: 'practice-list', id: 'catalogue-results' }, found.map(resultCard))
        : h('p', { class: 'empty' }, 'Попробуйте другие слова или снимите фильтры.'),
    ),
  );
}

async function showPractice(id: string): Promise<void> {
  const p = await api<CatalogueItem & { card: PracticeCard }>(
    'GET',
    `/api/v1/catalogue/practices/${encodeURIComponent(id)}`,
  );
  document.title = `${p.title} — банк практик`;
  main.replaceChildren(
    h(
      'section',
      { class: 'panel practice-detail', 'aria-labelledby': 'practice-title' },
      h('h2', { id: 'practice-title' }, p.title),
      h(
        'p',
        { class: 'practice-meta' },
        h('span', { class: `badge level-${p.level}` }, LEVEL_NAMES[p.level]),
        ` принята ${formatDateTime(p.acceptedAt)} · ${p.municipality}`,
      ),
      cardView(p.card),
    ),
  );
}

const practiceId = main.dataset.practiceId;
main.setAttribute('aria-busy', 'true');
(practiceId ? showPractice(practiceId) : showSearch())
  .catch((e: unknown) =>
    main.replaceChildren(
      h(
        'div',
        { class: 'panel error' },
        h('h2', {}, practiceId ? 'Практика не найдена' : 'Не удалось загрузить каталог'),
        note(failureText(e)),
      ),
    ),
  )
  .finally(() => main.removeAttribute('aria-busy'));
