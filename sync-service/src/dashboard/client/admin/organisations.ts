// Organisations: the table with search and filters, the add/edit form, tokens, deactivation, import.
import { h } from '../dom';
import { formatCount, formatKind, plural } from '../format';
import { SCHOOL_KIND_LABELS } from '../../../../../shared/report/fields';
import { api, failureText } from './api';
import { importPanel } from './import';
import { schoolForm, type SchoolFormValues } from './school-form';
import type { IssuedToken, ManagedSchool, Reveal } from './types';
import { confirmButton, field, notice, options, when } from './ui';

interface Filters {
  text: string;
  municipality: string;
  kind: string;
  source: string;
  reported: string;
  deactivated: boolean;
}

export async function organisationsSection(root: HTMLElement, reveal: Reveal): Promise<void> {
  const { period, schools } = await api<{ period: string; schools: ManagedSchool[] }>('GET', '/api/v1/schools');
  const filters: Filters = { text: '', municipality: '', kind: '', source: '', reported: '', deactivated: false };
  const municipalities = [...new Set(schools.map((s) => s.municipality))].sort((a, b) => a.localeCompare(b, 'ru'));
  const reload = () => organisationsSection(root, reveal);
  const editor = h('div', { class: 'editor' });
  const status = h('div', { class: 'section-status' });
  const tbody = h('tbody');
  const count = h('p', { class: 'muted count', role: 'status' });

  const done = (text: string) => async () => {
    await reload();
    root.querySelector('.section-status')?.replaceChildren(notice('ok', text));
  };
  const failed = (error: unknown) => status.replaceChildren(notice('error', failureText(error)));

  const openForm = (school?: ManagedSchool) => {
    editor.replaceChildren(
      schoolForm({
        school,
        municipalities,
        cancel: () => editor.replaceChildren(),
        submit: async (values: SchoolFormValues) => {
          if (school) {
            const { id: _id, ...fields } = values;
            await api('PUT', `/api/v1/schools/${encodeURIComponent(school.id)}`, fields);
            await done(`Изменения организации «${values.name}» сохранены.`)();
          } else {
            const created = await api<{ id: string; token: string; tokenId: string }>(
              'POST',
              '/api/v1/schools',
              values,
            );
            await reload();
            reveal({
              id: created.tokenId,
              token: created.token,
              role: 'school',
              label: `${values.name} (${values.id})`,
              schoolId: values.id,
            });
          }
        },
      }),
    );
    editor.querySelector<HTMLInputElement>(school ? 'input[name=name]' : 'input[name=id]')?.focus();
  };

  const issueToken = async (school: ManagedSchool) => {
    try {
      const issued = await api<IssuedToken>('POST', '/api/v1/tokens', {
        role: 'school',
        schoolId: school.id,
        reissue: school.tokens > 0,
        label: `${school.name} (${school.id})`,
      });
      await reload();
      reveal(issued);
    } catch (error) {
      failed(error);
    }
  };

  const setActive = async (school: ManagedSchool, active: boolean) => {
    try {
      await api('POST', `/api/v1/schools/${encodeURIComponent(school.id)}/${active ? 'restore' : 'deactivate'}`);
      await done(
        active
          ? `Организация «${school.name}» восстановлена.`
          : `Организация «${school.name}» деактивирована: её отчёты сохранены, в таблицах её нет.`,
      )();
    } catch (error) {
      failed(error);
    }
  };

  function row(s: ManagedSchool): HTMLTableRowElement {
    const edit = h('button', { type: 'button', class: 'small' }, 'Изменить');
    edit.addEventListener('click', () => openForm(s));
    const token =
      s.tokens > 0
        ? confirmButton('Перевыпустить токен', 'Старый перестанет действовать — нажмите ещё раз', () => issueToken(s))
        : h('button', { type: 'button', class: 'small' }, 'Выдать токен');
    if (s.tokens === 0) token.addEventListener('click', () => void issueToken(s));
    const active = s.deactivatedAt
      ? h('button', { type: 'button', class: 'small' }, 'Восстановить')
      : confirmButton('Деактивировать', 'Убрать из таблиц? Нажмите ещё раз', () => setActive(s, false));
    if (s.deactivatedAt) active.addEventListener('click', () => void setActive(s, true));
    return h(
      'tr',
      { class: s.deactivatedAt ? 'inactive' : null, 'data-id': s.id },
      h(
        'th',
        { scope: 'row', 'data-label': 'Организация' },
        h('span', { class: 'org' }, s.name, h('small', {}, `${s.id} · ${formatKind(s.kind)}`)),
      ),
      h('td', { 'data-label': 'Муниципалитет' }, s.municipality),
      h('td', { 'data-label': 'Источник' }, s.source.type === 'google' ? 'таблица Google' : 'отправляет сама'),
      h(
        'td',
        { 'data-label': `Отчёт за ${period}` },
        s.reported ? h('span', { class: 'yes' }, 'получен') : h('span', { class: 'no' }, 'нет'),
        s.lastReportAt ? h('small', { class: 'muted' }, ` последний ${when(s.lastReportAt)}`) : null,
      ),
      h('td', { 'data-label': 'Токен' }, s.tokens > 0 ? 'выдан' : h('span', { class: 'no' }, 'не выдан')),
      h('td', { 'data-label': 'Состояние' }, s.deactivatedAt ? `деактивирована ${when(s.deactivatedAt)}` : 'активна'),
      h('td', { class: 'row-actions' }, edit, token, active),
    );
  }

  function render(): void {
    const text = filters.text.toLowerCase();
    const shown = schools.filter(
      (s) =>
        (filters.deactivated || !s.deactivatedAt) &&
        (!text || s.name.toLowerCase().includes(text) || s.id.toLowerCase().includes(text)) &&
        (!filters.municipality || s.municipality === filters.municipality) &&
        (!filters.kind || s.kind === filters.kind) &&
        (!filters.source || s.source.type === filters.source) &&
        (!filters.reported || String(s.reported) === filters.reported),
    );
    tbody.replaceChildren(...shown.map(row));
    count.textContent = `Показано ${formatCount(shown.length)} из ${formatCount(schools.length)} ${plural(schools.length, ['организации', 'организаций', 'организаций'])}`;
  }

  const search = h('input', { type: 'search', placeholder: 'Название или код', autocomplete: 'off' });
  search.addEventListener('input', () => ((filters.text = search.value.trim()), render()));
  const select = (key: Exclude<keyof Filters, 'text' | 'deactivated'>, items: [string, string][]) => {
    const el = options(h('select', {}), [['', 'все'], ...items]);
    el.addEventListener('change', () => ((filters[key] = el.value), render()));
    return el;
  };
  const deactivated = h('input', { type: 'checkbox', id: 'show-deactivated' });
  deactivated.addEventListener('change', () => ((filters.deactivated = deactivated.checked), render()));

  const add = h('button', { type: 'button' }, 'Добавить организацию');
  add.addEventListener('click', () => openForm());

  const table = h(
    'div',
    { class: 'table-wrap', role: 'region', 'aria-labelledby': 'orgs-caption', tabindex: 0 },
    h(
      'table',
      { class: 'data admin-table', id: 'organisations-table' },
      h('caption', { id: 'orgs-caption' }, `Организации региона; отчёт — за ${period} год`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Организация', 'Муниципалитет', 'Источник', `Отчёт за ${period}`, 'Токен', 'Состояние', 'Действия'].map(
            (t) => h('th', { scope: 'col' }, h('span', { class: 'th' }, t)),
          ),
        ),
      ),
      tbody,
    ),
  );

  root.replaceChildren(
    h(
      'section',
      { class: 'panel', id: 'organisations', 'aria-labelledby': 'organisations-title' },
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { id: 'organisations-title' }, 'Организации'),
        h('div', { class: 'actions' }, add),
      ),
      status,
      editor,
      h(
        'div',
        { class: 'filters' },
        field('Поиск', search),
        field(
          'Муниципалитет',
          select(
            'municipality',
            municipalities.map((m) => [m, m]),
          ),
        ),
        field('Тип', select('kind', Object.entries(SCHOOL_KIND_LABELS) as [string, string][])),
        field(
          'Источник',
          select('source', [
            ['push', 'отправляет сама'],
            ['google', 'таблица Google'],
          ]),
        ),
        field(
          `Отчёт за ${period}`,
          select('reported', [
            ['true', 'получен'],
            ['false', 'не получен'],
          ]),
        ),
        h('label', { class: 'check', for: 'show-deactivated' }, deactivated, ' показать деактивированные'),
      ),
      count,
      schools.length
        ? table
        : h('p', { class: 'empty' }, 'Организаций пока нет: добавьте их по одной или загрузите списком из Excel ниже.'),
    ),
    importPanel((message) => done(message)()),
  );
  render();
}
