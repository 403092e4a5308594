// Region settings: name, number of enterprises, population overrides and the targets per year
// (Table 5 defaults shown; a target applies from its year until a later one is set).
import { h } from '../dom';
import { DEFAULT_TARGETS, INDICATOR_KEYS, INDICATORS, type RegionSettings } from '../../../../../shared/indicators';
import { api, failureText } from './api';
import { catalogueSettingPanel } from './catalogue-setting';
import { field, notice } from './ui';

const POPULATION: [keyof RegionSettings['population'], string, string][] = [
  ['children10to19', 'Дети 10–19 лет в регионе', 'знаменатель показателя «Наставляемые 10–19 лет»'],
  ['children15to19', 'Дети 15–19 лет в регионе', 'знаменатель показателя «Наставники 15–19 лет»'],
  ['youngTeachers', 'Молодые педагоги в регионе', 'знаменатель показателя «Молодые педагоги»'],
];

const numberInput = (name: string, value: number | null | undefined, placeholder: string, max?: number) =>
  h('input', {
    name,
    type: 'number',
    min: 0,
    max: max ?? null,
    step: max ? 'any' : 1,
    inputmode: 'decimal',
    value: value ?? '',
    placeholder,
  });

const parse = (input: HTMLInputElement): number | null =>
  input.value.trim() === '' ? null : Number(input.value.replace(',', '.'));

export async function regionSection(root: HTMLElement, onRenamed: (name: string) => void): Promise<void> {
  const region = await api<RegionSettings>('GET', '/api/v1/region');
  const status = h('div', { class: 'section-status' });
  const name = h('input', {
    name: 'name',
    required: true,
    maxlength: 200,
    value: region.name === 'Регион' ? '' : region.name,
    placeholder: 'Кемеровская область — Кузбасс',
  });
  const enterprises = numberInput('enterprises', region.enterprises, 'не задано');
  const population = POPULATION.map(([key, label, hint]) => ({
    key,
    input: numberInput(key, region.population[key], 'сумма из отчётов'),
    label,
    hint,
  }));

  const years = new Set([...Object.keys(DEFAULT_TARGETS), ...Object.keys(region.targets)]);
  const tbody = h('tbody');
  const cells = new Map<string, Map<string, HTMLInputElement>>();
  function addYear(year: string): void {
    if (cells.has(year)) return;
    const inputs = new Map<string, HTMLInputElement>();
    cells.set(year, inputs);
    const row = h(
      'tr',
      { 'data-year': year },
      h('th', { scope: 'row', 'data-label': 'С года' }, year),
      INDICATOR_KEYS.map((k) => {
        const fallback = DEFAULT_TARGETS[year]?.[k];
        const input = numberInput(
          `${year}-${k}`,
          region.targets[year]?.[k],
          fallback === undefined ? '—' : String(fallback),
          100,
        );
        input.setAttribute('aria-label', `${INDICATORS[k].shortLabel}, цель с ${year} года, %`);
        inputs.set(k, input);
        return h('td', { 'data-label': INDICATORS[k].shortLabel, class: 'num' }, input);
      }),
    );
    const after = [...tbody.children].find((tr) => (tr as HTMLElement).dataset.year! > year);
    tbody.insertBefore(row, after ?? null);
  }
  [...years].sort().forEach(addYear);

  const newYear = h('input', {
    type: 'number',
    min: 2000,
    max: 2100,
    step: 1,
    placeholder: String(new Date().getFullYear()),
    id: 'new-year',
  });
  const addYearButton = h('button', { type: 'button', class: 'secondary-dark' }, 'Добавить год');
  addYearButton.addEventListener('click', () => {
    if (/^\d{4}$/.test(newYear.value)) addYear(newYear.value);
    newYear.value = '';
  });

  const form = h(
    'form',
    { class: 'region-form', id: 'region-form', novalidate: true },
    h(
      'div',
      { class: 'form-grid' },
      field('Название региона', name, 'показывается в заголовке панели'),
      field('Предприятия в регионе', enterprises, 'знаменатель показателя «Предприятия»'),
    ),
    h('h3', {}, 'Численность в регионе'),
    h('p', { class: 'muted' }, 'Если не задано, знаменатель — сумма из отчётов организаций.'),
    h(
      'div',
      { class: 'form-grid' },
      population.map((p) => field(p.label, p.input, p.hint)),
    ),
    h('h3', {}, 'Целевые значения, %'),
    h(
      'p',
      { class: 'muted' },
      'Серым — значения Таблицы 5 по умолчанию. Цель действует с указанного года, пока не задана цель более позднего года.',
    ),
    h(
      'div',
      { class: 'table-wrap', role: 'region', 'aria-labelledby': 'targets-caption', tabindex: 0 },
      h(
        'table',
        { class: 'data admin-table targets', id: 'targets-table' },
        h('caption', { id: 'targets-caption' }, 'Цели по годам'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, h('span', { class: 'th' }, 'С года')),
            INDICATOR_KEYS.map((k) =>
              h(
                'th',
                { scope: 'col', title: INDICATORS[k].label },
                h('span', { class: 'th' }, INDICATORS[k].shortLabel),
              ),
            ),
          ),
        ),
        tbody,
      ),
    ),
    h('div', { class: 'inline-form' }, field('Год', newYear), addYearButton),
    status,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Сохранить настройки региона')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const targets: Record<string, Record<string, number>> = {};
    for (const [year, inputs] of cells) {
      for (const [key, input] of inputs) {
        const v = parse(input);
        if (v !== null) (targets[year] ??= {})[key] = v;
      }
    }
    const settings = {
      name: name.value.trim() || 'Регион',
      enterprises: parse(enterprises),
      population: Object.fromEntries(population.map((p) => [p.key, parse(p.input)])),
      targets,
    };
    void api<RegionSettings>('PUT', '/api/v1/region', settings)
      .then((saved) => {
        onRenamed(saved.name);
        status.replaceChildren(notice('ok', 'Настройки региона сохранены; показатели пересчитаны с новыми целями.'));
      })
      .catch((e: unknown) => status.replaceChildren(notice('error', failureText(e))));
  });

  root.replaceChildren(
    h(
      'section',
      { class: 'panel', id: 'region', 'aria-labelledby': 'region-title' },
      h('h2', { id: 'region-title' }, 'Регион и цели'),
      form,
    ),
    await catalogueSettingPanel(),
  );
}
