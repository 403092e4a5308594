// Tokens: issue a viewer token with a label; the list (label, role, created, last used — never the
// token) with revoke. School tokens are issued from the organisations table.
import { h } from '../dom';
import { api, failureText } from './api';
import type { IssuedToken, Reveal, TokenItem } from './types';
import { confirmButton, field, notice, when } from './ui';

const ROLE_NAMES: Record<TokenItem['role'], string> = {
  viewer: 'наблюдатель',
  methodologist: 'методист',
  school: 'организация',
};

export async function tokensSection(root: HTMLElement, reveal: Reveal): Promise<void> {
  const { tokens } = await api<{ tokens: TokenItem[] }>('GET', '/api/v1/tokens');
  const status = h('div', { class: 'section-status' });
  const reload = async (message?: string) => {
    await tokensSection(root, reveal);
    if (message) root.querySelector('.section-status')?.replaceChildren(notice('ok', message));
  };

  const label = h('input', {
    name: 'label',
    required: true,
    maxlength: 200,
    placeholder: 'Минобр, отдел общего образования',
    autocomplete: 'off',
  });
  const form = h(
    'form',
    { class: 'inline-form', id: 'viewer-form' },
    field('Подпись токена наблюдателя (кому выдан)', label),
    h('button', { type: 'submit' }, 'Выдать токен наблюдателя'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!label.value.trim()) {
      status.replaceChildren(
        notice('error', 'Укажите, кому выдан токен: по подписи его потом находят в списке и журнале.'),
      );
      return;
    }
    void api<IssuedToken>('POST', '/api/v1/tokens', { role: 'viewer', label: label.value.trim() })
      .then(async (issued) => {
        await reload();
        reveal(issued);
      })
      .catch((e: unknown) => status.replaceChildren(notice('error', failureText(e))));
  });

  const methodologistLabel = h('input', {
    name: 'label',
    required: true,
    maxlength: 200,
    placeholder: 'Методист РЦ, Иванова И. И.',
    autocomplete: 'off',
  });
  const methodologistForm = h(
    'form',
    { class: 'inline-form', id: 'methodologist-form' },
    field('Подпись токена методиста (рассматривает практики)', methodologistLabel),
    h('button', { type: 'submit' }, 'Выдать токен методиста'),
  );
  methodologistForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!methodologistLabel.value.trim()) {
      status.replaceChildren(notice('error', 'Укажите, кому выдан токен методиста.'));
      return;
    }
    void api<IssuedToken>('POST', '/api/v1/tokens', { role: 'methodologist', label: methodologistLabel.value.trim() })
      .then(async (issued) => {
        await reload();
        reveal(issued);
      })
      .catch((e: unknown) => status.replaceChildren(notice('error', failureText(e))));
  });

  const rows = tokens.map((t) =>
    h(
      'tr',
      { 'data-token-id': t.id },
      h('th', { scope: 'row', 'data-label': 'Подпись' }, t.label ?? '—'),
      h(
        'td',
        { 'data-label': 'Роль' },
        t.role === 'school' ? `${ROLE_NAMES.school} ${t.schoolId ?? ''}` : ROLE_NAMES[t.role],
      ),
      h('td', { 'data-label': 'Выдан' }, when(t.createdAt)),
      h('td', { 'data-label': 'Использован' }, t.lastUsedAt ? when(t.lastUsedAt) : 'ещё не использован'),
      h(
        'td',
        { class: 'row-actions' },
        confirmButton('Отозвать', 'Отозвать сразу? Нажмите ещё раз', async () => {
          try {
            await api('DELETE', `/api/v1/tokens/${t.id}`);
            await reload(`Токен «${t.label ?? t.id}» отозван: он и открытые с ним сессии больше не действуют.`);
          } catch (e) {
            status.replaceChildren(notice('error', failureText(e)));
          }
        }),
      ),
    ),
  );

  root.replaceChildren(
    h(
      'section',
      { class: 'panel', id: 'tokens', 'aria-labelledby': 'tokens-title' },
      h('h2', { id: 'tokens-title' }, 'Токены доступа'),
      h(
        'p',
        { class: 'lead' },
        'Токен наблюдателя открывает панель показателей без права что-либо менять. Токен методиста открывает панель и рассмотрение практик организаций, но не организации и токены. Токен организации выдаётся в разделе «Организации». Сами токены не хранятся и здесь не показываются.',
      ),
      status,
      form,
      methodologistForm,
      tokens.length
        ? h(
            'div',
            { class: 'table-wrap', role: 'region', 'aria-labelledby': 'tokens-caption', tabindex: 0 },
            h(
              'table',
              { class: 'data admin-table', id: 'tokens-table' },
              h('caption', { id: 'tokens-caption' }, 'Действующие токены'),
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['Подпись', 'Роль', 'Выдан', 'Использован', 'Действия'].map((t) =>
                    h('th', { scope: 'col' }, h('span', { class: 'th' }, t)),
                  ),
                ),
              ),
              h('tbody', {}, rows),
            ),
          )
        : h('p', { class: 'empty' }, 'Действующих токенов нет.'),
    ),
  );
}
