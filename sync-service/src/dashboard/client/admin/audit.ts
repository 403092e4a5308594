// The audit log: who (token label), what, when.
import { h } from '../dom';
import { api } from './api';
import type { AuditEntry } from './types';
import { when } from './ui';

const ACTIONS: Record<string, string> = {
  'token.issue': 'выдан токен',
  'token.reissue': 'перевыпущен токен организации',
  'token.revoke': 'отозван токен',
  'school.create': 'добавлена организация',
  'school.update': 'изменена организация',
  'school.deactivate': 'деактивирована организация',
  'school.restore': 'восстановлена организация',
  'school.import': 'загружен список организаций',
  'region.update': 'изменены настройки региона',
  'practice.accept': 'практика принята в банк',
  'practice.return': 'практика возвращена на доработку',
  'practice.decline': 'практика отклонена',
  'catalogue.settings': 'изменён доступ к каталогу практик',
};

function what(e: AuditEntry): string {
  const d = e.details;
  const label = typeof d.label === 'string' ? ` «${d.label}»` : '';
  if (e.action === 'school.import')
    return `${ACTIONS[e.action]}: добавлено ${String(d.create ?? 0)}, обновлено ${String(d.update ?? 0)}`;
  if (e.action.startsWith('token.')) return `${ACTIONS[e.action]}${label}`;
  if (e.action.startsWith('school.')) return `${ACTIONS[e.action] ?? e.action} ${e.target ?? ''}`;
  if (e.action.startsWith('practice.')) {
    const level = d.level === 'regional' ? ' (региональный)' : d.level === 'municipal' ? ' (муниципальный)' : '';
    return `${ACTIONS[e.action] ?? e.action}${level}: ${e.target ?? ''}`;
  }
  return ACTIONS[e.action] ?? e.action;
}

export async function auditSection(root: HTMLElement): Promise<void> {
  const { entries } = await api<{ entries: AuditEntry[] }>('GET', '/api/v1/audit');
  root.replaceChildren(
    h(
      'section',
      { class: 'panel', id: 'audit', 'aria-labelledby': 'audit-title' },
      h('h2', { id: 'audit-title' }, 'Журнал действий'),
      h(
        'p',
        { class: 'lead' },
        'Кто и когда менял организации, токены и настройки региона (последние 500 записей). Кто — по подписи токена, с которым выполнен вход.',
      ),
      entries.length
        ? h(
            'div',
            { class: 'table-wrap', role: 'region', 'aria-labelledby': 'audit-caption', tabindex: 0 },
            h(
              'table',
              { class: 'data admin-table', id: 'audit-table' },
              h('caption', { id: 'audit-caption' }, 'Действия администраторов, новые сверху'),
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['Когда', 'Кто', 'Что'].map((t) => h('th', { scope: 'col' }, h('span', { class: 'th' }, t))),
                ),
              ),
              h(
                'tbody',
                {},
                entries.map((e) =>
                  h(
                    'tr',
                    { 'data-action': e.action },
                    h('th', { scope: 'row', 'data-label': 'Когда' }, when(e.at)),
                    h('td', { 'data-label': 'Кто' }, e.actor),
                    h('td', { 'data-label': 'Что' }, what(e)),
                  ),
                ),
              ),
            ),
          )
        : h('p', { class: 'empty' }, 'Пока ничего не менялось.'),
    ),
  );
}
