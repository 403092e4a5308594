// The indicator page's table of the bank of practices: per municipality, how many practices the
// municipal and the regional bank hold. Filled when its answer arrives; the indicators do not wait.
import { h, section } from './dom';
import { formatCount } from './format';

interface BankCounts {
  municipalities: { municipality: string; municipal: number; regional: number }[];
}

export function bankCountsSection(): HTMLElement {
  const body = h('p', { class: 'loading' }, 'Загружаем банк практик…');
  const panel = section('practice-banks', 'Банк практик по муниципалитетам', body);
  void fetch('/api/v1/catalogue/counts', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then(async (res) => {
      if (!res.ok) throw new Error(`Сервер ответил с кодом ${res.status}.`);
      const { municipalities } = (await res.json()) as BankCounts;
      const total = (key: 'municipal' | 'regional') => municipalities.reduce((sum, m) => sum + m[key], 0);
      if (total('municipal') + total('regional') === 0) {
        body.replaceWith(
          h(
            'p',
            { class: 'empty' },
            'В банке практик пока нет принятых практик. ',
            h('a', { href: '/catalogue' }, 'Каталог практик'),
          ),
        );
        return;
      }
      body.replaceWith(
        h(
          'div',
          {},
          h(
            'p',
            { class: 'lead' },
            'Сколько практик наставничества принято в муниципальный и в региональный банк. ',
            h('a', { href: '/catalogue' }, 'Открыть каталог практик'),
          ),
          h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              { class: 'data', id: 'practice-banks-table' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['Муниципалитет', 'Муниципальный банк', 'Региональный банк'].map((t, i) =>
                    h('th', { scope: 'col', class: i ? 'num' : '' }, h('span', { class: 'th' }, t)),
                  ),
                ),
              ),
              h(
                'tbody',
                {},
                municipalities.map((m) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, m.municipality),
                    h('td', { class: 'num', 'data-label': 'Муниципальный банк' }, formatCount(m.municipal)),
                    h('td', { class: 'num', 'data-label': 'Региональный банк' }, formatCount(m.regional)),
                  ),
                ),
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, 'Всего по региону'),
                  h('td', { class: 'num', 'data-label': 'Муниципальный банк' }, formatCount(total('municipal'))),
                  h('td', { class: 'num', 'data-label': 'Региональный банк' }, formatCount(total('regional'))),
                ),
              ),
            ),
          ),
        ),
      );
    })
    .catch((error: unknown) =>
      body.replaceWith(h('p', { class: 'empty' }, `Не удалось загрузить банк практик: ${(error as Error).message}`)),
    );
  return panel;
}
