// Municipality and school tables.
import { h } from './dom';
import { INDICATORS } from '../../../../shared/indicators';
import {
  STATUS_LABELS,
  formatCount,
  formatDateTime,
  formatFraction,
  formatKind,
  formatPercent,
  targetStatus,
} from './format';
import { sortableTable, type Column } from './table';
import { INDICATOR_KEYS, type IndicatorKey, type IndicatorSet, type MunicipalityRow, type SchoolRow } from './types';

function indicatorColumn<Row extends { indicators: IndicatorSet }>(key: IndicatorKey): Column<Row> {
  const def = INDICATORS[key];
  const countOnly = (row: Row) => key === 'enterprisesShare' && row.indicators[key]?.percent == null;
  return {
    key,
    title: def.shortLabel,
    headerTitle: `${def.label}. Нажмите, чтобы отсортировать`,
    numeric: true,
    value: (row) => {
      const v = row.indicators[key];
      if (!v) return null;
      return countOnly(row) ? v.numerator : v.percent;
    },
    cell: (row) => {
      const v = row.indicators[key];
      if (!v) return '—';
      if (countOnly(row)) {
        return h(
          'span',
          { class: 'cell-value', title: `${formatCount(v.numerator)} ${def.numeratorLabel}` },
          formatCount(v.numerator),
        );
      }
      const status = targetStatus(v);
      return h(
        'span',
        { class: `cell-value status-${status}`, title: STATUS_LABELS[status] },
        h('span', { class: 'dot', 'aria-hidden': 'true' }),
        formatPercent(v.percent),
        h('small', {}, formatFraction(v)),
      );
    },
  };
}

export function municipalitiesTable(rows: MunicipalityRow[]): HTMLElement {
  const columns: Column<MunicipalityRow>[] = [
    { key: 'name', title: 'Муниципалитет', value: (r) => r.name, cell: (r) => r.name },
    {
      key: 'schoolsReporting',
      title: 'Отчитались',
      numeric: true,
      value: (r) => r.schoolsReporting,
      cell: (r) =>
        r.schoolsRegistered === undefined
          ? formatCount(r.schoolsReporting)
          : `${formatCount(r.schoolsReporting)} из ${formatCount(r.schoolsRegistered)}`,
    },
    ...INDICATOR_KEYS.map((k) => indicatorColumn<MunicipalityRow>(k)),
  ];
  return sortableTable({
    id: 'municipalities-table',
    caption: 'Показатели по муниципалитетам',
    columns,
    rows,
    sortedBy: { key: 'name', dir: 'ascending' },
  });
}

export function schoolsTable(rows: SchoolRow[]): HTMLElement {
  const columns: Column<SchoolRow>[] = [
    {
      key: 'name',
      title: 'Организация',
      value: (r) => r.name,
      cell: (r) => h('span', { class: 'org' }, r.name, h('small', {}, formatKind(r.kind))),
    },
    { key: 'municipality', title: 'Муниципалитет', value: (r) => r.municipality, cell: (r) => r.municipality },
    ...INDICATOR_KEYS.map((k) => indicatorColumn<SchoolRow>(k)),
    {
      key: 'reportedAt',
      title: 'Отчёт получен',
      value: (r) => Date.parse(r.reportedAt),
      cell: (r) =>
        h(
          'span',
          { class: 'received' },
          formatDateTime(r.reportedAt),
          r.source === 'google'
            ? h(
                'small',
                { class: 'muted' },
                `из таблицы Google${r.lastSyncAt ? `, ${formatDateTime(r.lastSyncAt)}` : ''}`,
              )
            : null,
          r.lastSyncError
            ? h(
                'small',
                { class: 'sync-error' },
                `⚠ ошибка синхронизации${r.lastSyncErrorAt ? ` ${formatDateTime(r.lastSyncErrorAt)}` : ''}: ${r.lastSyncError}`,
              )
            : null,
        ),
    },
  ];
  return sortableTable({
    id: 'schools-table',
    caption: 'Показатели по организациям',
    columns,
    rows,
    sortedBy: { key: 'municipality', dir: 'ascending' },
  });
}
