// `Показатели` — the organisation's six Table 5 indicators, written whole by the product from the
// school report it would send; the status cell is coloured against the year's target.
import type { CellValue } from '../tables/cell';
import type { SheetSpec } from '../workspace/sheet-spec';
import { INDICATOR_KEYS, INDICATORS, type IndicatorKey } from './definitions';
import { TARGET_STATUS_LABELS, type OrganisationIndicator } from './organisation';

export type IndicatorColumn =
  'indicator' | 'numerator' | 'denominator' | 'percent' | 'target' | 'status' | 'period' | 'definition';

export const indicatorSheet: SheetSpec<IndicatorColumn> = {
  name: 'Показатели',
  frozenRows: 1,
  columns: [
    { key: 'indicator', header: 'Показатель', width: 32 },
    { key: 'numerator', header: 'Числитель', width: 12 },
    { key: 'denominator', header: 'Знаменатель', width: 13 },
    { key: 'percent', header: 'Значение, %', width: 12 },
    {
      key: 'target',
      header: 'Цель на год, %',
      width: 13,
      note: 'Целевые значения Таблицы 5; регион может задать свои',
    },
    { key: 'status', header: 'Оценка', width: 20 },
    { key: 'period', header: 'Год', width: 8 },
    { key: 'definition', header: 'Как считается', width: 70 },
  ],
  initialRows: INDICATOR_KEYS.map((key) => [INDICATORS[key].shortLabel, '', '', '', '', '', '', definitionOf(key)]),
};

function definitionOf(key: IndicatorKey): string {
  const { label, numeratorLabel, denominatorLabel } = INDICATORS[key];
  const denominator = key === 'enterprisesShare' ? `${denominatorLabel} (считается по региону)` : denominatorLabel;
  return `${label}. Числитель — ${numeratorLabel}; знаменатель — ${denominator}`;
}

/** One row of the sheet; an unknown value is an empty cell, numbers stay numbers. */
export function indicatorCells(indicator: OrganisationIndicator, period: string): Record<IndicatorColumn, CellValue> {
  return {
    indicator: INDICATORS[indicator.key].shortLabel,
    numerator: indicator.numerator,
    denominator: indicator.denominator ?? '',
    percent: indicator.percent ?? '',
    target: indicator.target ?? '',
    status: TARGET_STATUS_LABELS[indicator.status],
    period,
    definition: definitionOf(indicator.key),
  };
}
