// The region's choice for the catalogue of practices: open to anyone, or only with a token.
import { h } from '../dom';
import { api, failureText } from './api';
import { notice } from './ui';

export async function catalogueSettingPanel(): Promise<HTMLElement> {
  const { open } = await api<{ open: boolean }>('GET', '/api/v1/catalogue/settings');
  const status = h('div', { class: 'section-status' });
  const box = h('input', { type: 'checkbox', name: 'open', id: 'catalogue-open', checked: open });
  const form = h(
    'form',
    { class: 'region-form', id: 'catalogue-settings' },
    h('label', { class: 'check', for: 'catalogue-open' }, box, ' Каталог практик открыт для всех, без токена'),
    h(
      'p',
      { class: 'muted' },
      'Закрытый каталог видят наблюдатели, методисты и администратор. В открытом — только принятые практики; почта и телефон автора показываются лишь с его согласия.',
    ),
    status,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Сохранить')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void api<{ open: boolean }>('PUT', '/api/v1/catalogue/settings', { open: box.checked })
      .then((saved) =>
        status.replaceChildren(
          notice('ok', saved.open ? 'Каталог практик открыт для всех.' : 'Каталог практик доступен только с токеном.'),
        ),
      )
      .catch((e: unknown) => status.replaceChildren(notice('error', failureText(e))));
  });
  return h(
    'section',
    { class: 'panel', id: 'catalogue-setting', 'aria-labelledby': 'catalogue-setting-title' },
    h('h2', { id: 'catalogue-setting-title' }, 'Каталог практик'),
    form,
  );
}
