// A table whose column headers sort it: numbers numerically, text in Russian alphabetical order,
// empty values last in both directions.
import { h } from './dom';

export interface Column<Row> {
  key: string;
  title: string;
  /** Sort key; null sorts last. */
  value: (row: Row) => number | string | null;
  cell: (row: Row) => Node | string;
  numeric?: boolean;
  headerTitle?: string;
}

type Direction = 'ascending' | 'descending';

const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

function compare(a: number | string | null, b: number | string | null, dir: Direction): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return dir === 'ascending' ? order : -order;
}

export function sortableTable<Row>(opts: {
  id: string;
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  sortedBy?: { key: string; dir: Direction };
}): HTMLElement {
  const { columns, rows } = opts;
  let sort = opts.sortedBy ?? null;
  const tbody = h('tbody');
  const headers = columns.map((col) => {
    const button = h(
      'button',
      { type: 'button', class: 'sort', title: col.headerTitle ?? `Сортировать по столбцу «${col.title}»` },
      col.title,
      h('span', { class: 'sort-icon', 'aria-hidden': 'true' }),
    );
    const th = h('th', { scope: 'col', class: col.numeric ? 'num' : null, 'data-key': col.key }, button);
    button.addEventListener('click', () => {
      const dir: Direction = sort?.key === col.key && sort.dir === 'ascending' ? 'descending' : 'ascending';
      sort = { key: col.key, dir };
      render();
    });
    return th;
  });

  function render(): void {
    headers.forEach((th, i) => {
      const active = sort?.key === columns[i].key;
      th.setAttribute('aria-sort', active && sort ? sort.dir : 'none');
    });
    let ordered = rows;
    const column = sort && columns.find((c) => c.key === sort!.key);
    if (sort && column) {
      const dir = sort.dir;
      ordered = rows
        .map((row, index) => ({ row, index, key: column.value(row) }))
        .sort((a, b) => compare(a.key, b.key, dir) || a.index - b.index)
        .map((x) => x.row);
    }
    tbody.replaceChildren(
      ...ordered.map((row) =>
        h(
          'tr',
          {},
          columns.map((col, i) =>
            // data-label names the column on a phone, where each row becomes a card.
            i === 0
              ? h('th', { scope: 'row' }, col.cell(row))
              : h('td', { class: col.numeric ? 'num' : null, 'data-label': col.title }, col.cell(row)),
          ),
        ),
      ),
    );
  }

  render();
  return h(
    'div',
    { class: 'table-wrap', role: 'region', 'aria-labelledby': `${opts.id}-caption`, tabindex: 0 },
    h(
      'table',
      { id: opts.id, class: 'data' },
      h(
        'caption',
        { id: `${opts.id}-caption` },
        opts.caption,
        h('span', { class: 'sort-hint' }, ' (нажмите на заголовок столбца, чтобы отсортировать)'),
      ),
      h('thead', {}, h('tr', {}, headers)),
      tbody,
    ),
  );
}
