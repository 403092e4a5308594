// The form that adds an organisation or edits one (name, municipality, kind, source).
import { h } from '../dom';
import { SCHOOL_KIND_LABELS } from '../../../../../shared/report/fields';
import type { SchoolKind } from '../../../../../shared/report/schema';
import { failureText } from './api';
import type { ManagedSchool, Source } from './types';
import { field, notice, options } from './ui';

export interface SchoolFormValues {
  id: string;
  name: string;
  municipality: string;
  kind: SchoolKind;
  source: Source;
}

const SPREADSHEET_URL = /\/spreadsheets\/d\/([A-Za-z0-9_-]{10,200})/;

export function schoolForm(opts: {
  school?: ManagedSchool;
  municipalities: string[];
  submit: (values: SchoolFormValues) => Promise<void>;
  cancel: () => void;
}): HTMLElement {
  const s = opts.school;
  const id = h('input', {
    name: 'id',
    required: true,
    maxlength: 64,
    value: s?.id ?? '',
    readonly: s ? true : null,
    spellcheck: 'false',
    autocomplete: 'off',
  });
  const name = h('input', { name: 'name', required: true, maxlength: 500, value: s?.name ?? '', autocomplete: 'off' });
  const municipality = h('input', {
    name: 'municipality',
    required: true,
    maxlength: 200,
    value: s?.municipality ?? '',
    list: 'municipality-list',
    autocomplete: 'off',
  });
  const kind = options(h('select', { name: 'kind' }), Object.entries(SCHOOL_KIND_LABELS), s?.kind ?? 'school');
  const spreadsheet = h('input', {
    name: 'spreadsheet',
    value: s?.source.type === 'google' ? `https://docs.google.com/spreadsheets/d/${s.source.spreadsheetId}/edit` : '',
    placeholder: 'пусто — организация отправляет отчёт сама',
    autocomplete: 'off',
  });
  const status = h('div', { class: 'form-status' });
  const form = h(
    'form',
    { class: 'school-form', novalidate: true },
    h('h3', {}, s ? `Изменить: ${s.name}` : 'Новая организация'),
    h(
      'div',
      { class: 'form-grid' },
      field(
        'Код',
        id,
        s
          ? 'Код не меняется: по нему организация отправляет отчёт'
          : 'Латиница, кириллица, цифры, «.», «-», «_»; например 42-SCH-017',
      ),
      field('Наименование', name),
      field('Муниципалитет', municipality),
      field('Тип', kind),
      field(
        'Таблица отчёта в Google',
        spreadsheet,
        'Ссылка на таблицу отчёта организации, если регион забирает отчёт сам',
      ),
    ),
    h(
      'datalist',
      { id: 'municipality-list' },
      opts.municipalities.map((m) => h('option', { value: m })),
    ),
    status,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit' }, s ? 'Сохранить' : 'Добавить'),
      h('button', { type: 'button', class: 'secondary-dark', 'data-action': 'cancel' }, 'Отмена'),
    ),
  );
  form.querySelector('[data-action=cancel]')!.addEventListener('click', opts.cancel);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const link = spreadsheet.value.trim();
    const fromUrl = SPREADSHEET_URL.exec(link);
    const source: Source =
      link === '' ? { type: 'push' } : { type: 'google', spreadsheetId: fromUrl ? fromUrl[1] : link };
    const values = {
      id: id.value.trim(),
      name: name.value.trim(),
      municipality: municipality.value.trim(),
      kind: kind.value as SchoolKind,
      source,
    };
    status.replaceChildren();
    void opts.submit(values).catch((error: unknown) => status.replaceChildren(notice('error', failureText(error))));
  });
  return form;
}
