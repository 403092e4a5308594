// Small pieces shared by the administration sections: fields, notices, the token shown once.
import { h } from '../dom';
import { formatDateTime } from '../format';

let serial = 0;

export function field(label: string, input: HTMLInputElement | HTMLSelectElement, hint?: string): HTMLElement {
  input.id ||= `f${++serial}`;
  return h(
    'div',
    { class: 'field' },
    h('label', { for: input.id }, label),
    input,
    hint ? h('small', { class: 'muted' }, hint) : null,
  );
}

export function notice(kind: 'ok' | 'error', text: string): HTMLElement {
  return h('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export function when(iso: string | null | undefined): string {
  return iso ? formatDateTime(iso) : '—';
}

async function copy(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Скопировано';
  } catch {
    button.textContent = 'Не удалось: выделите и скопируйте вручную';
  }
}

/** The token, shown once, with a copy button and (for a school) a ready message to send. */
export function tokenReveal(opts: {
  token: string;
  label: string;
  schoolId?: string;
  role?: string;
  onClose: () => void;
}): HTMLElement {
  const url = location.origin;
  const message = opts.schoolId
    ? [
        `Здравствуйте! Для отправки отчёта о наставничестве в регион:`,
        ``,
        `Адрес сервиса региона: ${url}`,
        `Код организации: ${opts.schoolId}`,
        `Токен школы: ${opts.token}`,
        ``,
        `В таблице «Наставник»: меню Расширения → «Наставник» → «Отчёт в регион…». В поле «Адрес сервиса региона» вставьте адрес, в поле «Токен школы» — токен. Код организации укажите на листе «Настройки» в строке «Код организации в регионе».`,
        ``,
        `Или командой: npm run nastavnik -- push отчёт.json --url ${url} --token ${opts.token}`,
        ``,
        `Токен — как пароль: не пересылайте его дальше. Если он потерян, попросите новый.`,
      ].join('\n')
    : opts.role === 'methodologist'
      ? [
          `Доступ методиста к банку практик региона:`,
          ``,
          `Адрес: ${url}`,
          `Токен методиста: ${opts.token}`,
          ``,
          `Откройте адрес и вставьте токен в поле «Токен доступа», затем перейдите в «Рассмотрение практик». Токен — как пароль: не пересылайте его дальше.`,
        ].join('\n')
      : [
          `Доступ к панели показателей региона:`,
          ``,
          `Адрес: ${url}`,
          `Токен наблюдателя: ${opts.token}`,
          ``,
          `Откройте адрес и вставьте токен в поле «Токен доступа». Токен — как пароль: не пересылайте его дальше.`,
        ].join('\n');
  const tokenInput = h('input', {
    type: 'text',
    readonly: true,
    value: opts.token,
    class: 'token-value',
    'aria-label': 'Токен',
    spellcheck: 'false',
  });
  const copyToken = h('button', { type: 'button', class: 'copy-token' }, 'Копировать токен');
  copyToken.addEventListener('click', () => void copy(opts.token, copyToken));
  const text = h('textarea', {
    readonly: true,
    rows: opts.schoolId ? 12 : 7,
    class: 'token-message',
    id: 'token-message',
  });
  text.value = message;
  const copyText = h(
    'button',
    { type: 'button', class: 'copy-message' },
    opts.schoolId ? 'Копировать текст для организации' : 'Копировать текст',
  );
  copyText.addEventListener('click', () => void copy(message, copyText));
  const close = h('button', { type: 'button', class: 'secondary-dark' }, 'Я сохранил токен — закрыть');
  close.addEventListener('click', opts.onClose);
  return h(
    'section',
    { class: 'panel token-reveal', role: 'alert', 'aria-labelledby': 'token-reveal-title' },
    h('h2', { id: 'token-reveal-title' }, `Токен выдан: ${opts.label}`),
    h('p', { class: 'warning' }, 'Токен показан один раз: сервис хранит только его хеш. Скопируйте его сейчас.'),
    h('div', { class: 'token-row' }, tokenInput, copyToken),
    h(
      'label',
      { for: 'token-message' },
      opts.schoolId ? 'Готовый текст для организации' : 'Готовый текст для отправки',
    ),
    text,
    h('div', { class: 'actions' }, copyText, close),
  );
}

/** A button that asks for a second click before doing something hard to undo. */
export function confirmButton(
  text: string,
  confirmText: string,
  action: () => Promise<void> | void,
  cls = 'small',
): HTMLButtonElement {
  const button = h('button', { type: 'button', class: cls }, text);
  let armed = false;
  button.addEventListener('click', () => {
    if (!armed) {
      armed = true;
      button.textContent = confirmText;
      button.classList.add('armed');
      setTimeout(() => {
        armed = false;
        button.textContent = text;
        button.classList.remove('armed');
      }, 5000);
      return;
    }
    button.disabled = true;
    void Promise.resolve(action()).finally(() => (button.disabled = false));
  });
  return button;
}

export function options(
  select: HTMLSelectElement,
  items: [value: string, text: string][],
  selected?: string,
): HTMLSelectElement {
  select.replaceChildren(...items.map(([value, text]) => h('option', { value, selected: value === selected }, text)));
  return select;
}
