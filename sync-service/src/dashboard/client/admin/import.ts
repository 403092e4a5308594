// Import of a list of organisations: the file is checked first (each row's problem shown), and
// saved only when the administrator confirms.
import { h } from '../dom';
import { formatCount } from '../format';
import { api, failureText } from './api';
import type { ImportResult, ImportRow } from './types';
import { notice } from './ui';

const ACTIONS: Record<ImportRow['action'], string> = {
  create: 'будет добавлена',
  update: 'будет обновлена',
  unchanged: 'без изменений',
  error: 'ошибка — не загружается',
};

function typeOf(file: File): string {
  if (/\.xlsx$/i.test(file.name)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (/\.csv$/i.test(file.name)) return 'text/csv';
  return 'application/octet-stream';
}

function previewTable(result: ImportResult): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap', role: 'region', 'aria-labelledby': 'import-caption', tabindex: 0 },
    h(
      'table',
      { class: 'data admin-table', id: 'import-preview' },
      h('caption', { id: 'import-caption' }, 'Проверка файла: строки с ошибками не загружаются'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Строка', 'Код', 'Наименование', 'Муниципалитет', 'Тип', 'Что будет', 'Проблемы'].map((t) =>
            h('th', { scope: 'col' }, h('span', { class: 'th' }, t)),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        result.rows.map((r) =>
          h(
            'tr',
            { class: `import-${r.action}`, 'data-line': r.line },
            h('th', { scope: 'row', 'data-label': 'Строка' }, String(r.line)),
            h('td', { 'data-label': 'Код' }, r.values.id || '—'),
            h('td', { 'data-label': 'Наименование' }, r.values.name || '—'),
            h('td', { 'data-label': 'Муниципалитет' }, r.values.municipality || '—'),
            h('td', { 'data-label': 'Тип' }, r.values.kind || '—'),
            h('td', { 'data-label': 'Что будет', class: 'import-action' }, ACTIONS[r.action]),
            h(
              'td',
              { 'data-label': 'Проблемы', class: 'problems' },
              r.problems.length
                ? h(
                    'ul',
                    {},
                    r.problems.map((p) => h('li', {}, p)),
                  )
                : '',
            ),
          ),
        ),
      ),
    ),
  );
}

export function importPanel(onSaved: (message: string) => Promise<void>): HTMLElement {
  const input = h('input', {
    type: 'file',
    id: 'import-file',
    accept: '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const check = h('button', { type: 'button', id: 'import-check' }, 'Проверить файл');
  const out = h('div', { class: 'import-result' });
  let file: File | null = null;

  const send = (confirm: boolean) =>
    api<ImportResult>('POST', `/api/v1/schools/import${confirm ? '?confirm=true' : ''}`, file!, typeOf(file!));

  check.addEventListener('click', () => {
    file = input.files?.[0] ?? null;
    if (!file) {
      out.replaceChildren(notice('error', 'Выберите файл .xlsx или .csv.'));
      return;
    }
    check.disabled = true;
    void send(false)
      .then((result) => {
        const { create, update, unchanged, error } = result.summary;
        const toSave = create + update;
        const save = h(
          'button',
          { type: 'button', id: 'import-save', disabled: toSave === 0 },
          `Сохранить ${formatCount(toSave)} ${toSave === 1 ? 'строку' : toSave % 10 >= 2 && toSave % 10 <= 4 && (toSave % 100 < 10 || toSave % 100 >= 20) ? 'строки' : 'строк'}`,
        );
        const cancel = h('button', { type: 'button', class: 'secondary-dark' }, 'Отменить');
        cancel.addEventListener('click', () =>
          out.replaceChildren(notice('ok', 'Загрузка отменена: ничего не сохранено.')),
        );
        save.addEventListener('click', () => {
          save.disabled = true;
          void send(true)
            .then((saved) =>
              onSaved(
                `Список загружен: добавлено ${formatCount(saved.summary.create)}, обновлено ${formatCount(saved.summary.update)}, без изменений ${formatCount(saved.summary.unchanged)}; строк с ошибками пропущено: ${formatCount(saved.summary.error)}.`,
              ),
            )
            .catch((e: unknown) => out.prepend(notice('error', failureText(e))))
            .finally(() => (save.disabled = false));
        });
        out.replaceChildren(
          h(
            'p',
            { class: error ? 'notice notice-warn' : 'notice notice-ok', role: 'status', id: 'import-summary' },
            `Ничего ещё не сохранено. Будет добавлено: ${formatCount(create)}, обновлено: ${formatCount(update)}, без изменений: ${formatCount(unchanged)}, с ошибками (не загружаются): ${formatCount(error)}.`,
          ),
          h('div', { class: 'actions' }, save, cancel),
          previewTable(result),
        );
      })
      .catch((e: unknown) => out.replaceChildren(notice('error', failureText(e))))
      .finally(() => (check.disabled = false));
  });

  return h(
    'section',
    { class: 'panel', id: 'import', 'aria-labelledby': 'import-title' },
    h('h2', { id: 'import-title' }, 'Загрузить список из Excel или CSV'),
    h(
      'p',
      { class: 'lead' },
      'Первая строка — заголовки: «Код», «Наименование», «Муниципалитет», «Тип» (школа, колледж / техникум, организация дополнительного образования) и, если регион забирает отчёт сам, «Таблица Google». CSV — в UTF-8 или Windows-1251, с «;» или «,». Повторная загрузка обновляет организации по коду, не создавая копий.',
    ),
    h('div', { class: 'import-controls' }, h('label', { for: 'import-file' }, 'Файл'), input, check),
    out,
  );
}
