// The review page (administrator, methodologist): cards by state, one opened with its decision form —
// accept to the municipal or regional bank, return with a comment, or decline with a comment.
import { h } from '../dom';
import { api, failureText } from '../admin/api';
import { formatDateTime } from '../format';
import { cardView } from './card-view';
import { LEVEL_NAMES, STATUS_NAMES, type PracticeDetail, type PracticeItem, type PracticeStatus } from './types';

const main = document.getElementById('review')!;
const FILTERS: Array<[PracticeStatus | 'all', string]> = [
  ['submitted', 'Ждут решения'],
  ['returned', 'Возвращены'],
  ['accepted', 'Приняты'],
  ['declined', 'Отклонены'],
  ['all', 'Все'],
];
let filter: PracticeStatus | 'all' = 'submitted';
const status = h('div', { class: 'section-status', 'aria-live': 'polite' });
const listBox = h('section', { class: 'panel', id: 'review-list', 'aria-labelledby': 'review-list-title' });
const detailBox = h('div', { id: 'review-detail' });

const note = (kind: 'ok' | 'error', text: string) =>
  h('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);

function statusBadge(p: PracticeItem): HTMLElement {
  const text =
    p.status === 'accepted' && p.level ? `${STATUS_NAMES.accepted}: ${LEVEL_NAMES[p.level]}` : STATUS_NAMES[p.status];
  return h('span', { class: `badge practice-${p.status}` }, text);
}

async function showList(): Promise<void> {
  const query = filter === 'all' ? '' : `?status=${filter}`;
  const { practices } = await api<{ practices: PracticeItem[] }>('GET', `/api/v1/practices${query}`);
  const tabs = h(
    'div',
    { class: 'status-tabs', role: 'group', 'aria-label': 'Показать практики' },
    FILTERS.map(([value, label]) => {
      const b = h(
        'button',
        { type: 'button', class: 'small secondary-dark', 'aria-pressed': String(value === filter) },
        label,
      );
      b.addEventListener('click', () => {
        filter = value;
        detailBox.replaceChildren();
        void showList().catch((e: unknown) => status.replaceChildren(note('error', failureText(e))));
      });
      return b;
    }),
  );
  const rows = practices.map((p) => {
    const open = h('button', { type: 'button', class: 'small', 'data-practice-id': p.practiceId }, 'Открыть');
    open.addEventListener('click', () => void showDetail(p.practiceId));
    return h(
      'tr',
      {},
      h('th', { scope: 'row', 'data-label': 'Тема' }, p.title),
      h('td', { 'data-label': 'Организация' }, p.organizationName, h('small', { class: 'muted' }, ` (${p.schoolId})`)),
      h('td', { 'data-label': 'Муниципалитет' }, p.municipality),
      h('td', { 'data-label': 'Версия', class: 'num' }, String(p.revision)),
      h('td', { 'data-label': 'Состояние' }, statusBadge(p)),
      h('td', { 'data-label': 'Изменена' }, formatDateTime(p.updatedAt)),
      h('td', { class: 'row-actions' }, open),
    );
  });
  listBox.replaceChildren(
    h('h2', { id: 'review-list-title' }, 'Практики организаций'),
    h(
      'p',
      { class: 'lead' },
      'Организации присылают карточки практик из своих таблиц «Наставник». Принятая практика попадает в каталог и приносит авторам баллы уровня банка.',
    ),
    tabs,
    practices.length
      ? h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'data admin-table', id: 'review-table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['Тема', 'Организация', 'Муниципалитет', 'Версия', 'Состояние', 'Изменена', ''].map((t) =>
                  h('th', { scope: 'col' }, h('span', { class: 'th' }, t)),
                ),
              ),
            ),
            h('tbody', {}, rows),
          ),
        )
      : h(
          'p',
          { class: 'empty' },
          filter === 'submitted' ? 'Новых практик на рассмотрении нет.' : 'Таких практик нет.',
        ),
  );
}

function decisionForm(p: PracticeDetail): HTMLElement {
  const choice = (value: string, label: string, checked = false) =>
    h('label', { class: 'check' }, h('input', { type: 'radio', name: 'decision', value, checked }), ` ${label}`);
  const level = h(
    'select',
    { name: 'level', id: 'review-level' },
    h('option', { value: 'municipal' }, 'муниципальный банк'),
    h('option', { value: 'regional' }, 'региональный банк'),
  );
  const comment = h('textarea', {
    name: 'comment',
    id: 'review-comment',
    rows: 3,
    maxlength: 2000,
    placeholder: 'Что доработать или почему практика не подходит',
  });
  const formStatus = h('div', {});
  const form = h(
    'form',
    { class: 'review-form', id: 'review-form' },
    h('h3', {}, 'Решение'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Что сделать с практикой'),
      choice('accept', 'Принять в банк', true),
      choice('return', 'Вернуть на доработку'),
      choice('decline', 'Отклонить'),
    ),
    h('div', { class: 'field' }, h('label', { for: 'review-level' }, 'Банк (для принятой практики)'), level),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'review-comment' }, 'Комментарий для организации'),
      comment,
      h('small', { class: 'muted' }, 'Обязателен, если практика возвращается или отклоняется.'),
    ),
    formStatus,
    h('button', { type: 'submit' }, 'Записать решение'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const decision = (form.querySelector<HTMLInputElement>('input[name="decision"]:checked')?.value ?? 'accept') as
      'accept' | 'return' | 'decline';
    const text = comment.value.trim();
    if (decision !== 'accept' && !text) {
      formStatus.replaceChildren(note('error', 'Напишите комментарий: организация увидит его рядом с решением.'));
      comment.focus();
      return;
    }
    const body =
      decision === 'accept'
        ? { decision, level: level.value, ...(text ? { comment: text } : {}) }
        : { decision, comment: text };
    void api<{ message: string }>('POST', `/api/v1/practices/${encodeURIComponent(p.practiceId)}/review`, body)
      .then(async (answer) => {
        detailBox.replaceChildren();
        await showList();
        status.replaceChildren(
          note('ok', `${answer.message}. Организация увидит решение при следующем обновлении листа «Практики».`),
        );
      })
      .catch((e: unknown) => formStatus.replaceChildren(note('error', failureText(e))));
  });
  return form;
}

async function showDetail(id: string): Promise<void> {
  status.replaceChildren(); // the previous decision's notice is about another card
  try {
    const p = await api<PracticeDetail>('GET', `/api/v1/practices/${encodeURIComponent(id)}`);
    const decided =
      p.status !== 'submitted' && p.reviewedAt
        ? h(
            'p',
            { class: 'lead' },
            `Решение от ${formatDateTime(p.reviewedAt)}: `,
            statusBadge(p),
            p.comment ? ` — «${p.comment}»` : '',
          )
        : null;
    detailBox.replaceChildren(
      h(
        'section',
        { class: 'panel practice-detail', 'aria-labelledby': 'practice-title' },
        h('h2', { id: 'practice-title' }, p.title),
        h(
          'p',
          { class: 'muted' },
          `${p.organizationName} · ${p.municipality} · версия ${p.revision} из ${p.revisions}, прислана ${formatDateTime(p.updatedAt)}`,
        ),
        decided,
        cardView(p.card),
        decisionForm(p),
      ),
    );
    detailBox.scrollIntoView({ block: 'start' });
    detailBox.querySelector('h2')?.setAttribute('tabindex', '-1');
    detailBox.querySelector<HTMLElement>('h2')?.focus();
  } catch (e) {
    status.replaceChildren(note('error', failureText(e)));
  }
}

main.replaceChildren(status, listBox, detailBox);
main.setAttribute('aria-busy', 'true');
showList()
  .catch((e: unknown) =>
    listBox.replaceChildren(h('h2', {}, 'Не удалось загрузить практики'), note('error', failureText(e))),
  )
  .finally(() => main.removeAttribute('aria-busy'));
