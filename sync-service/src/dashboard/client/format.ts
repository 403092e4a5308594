// Target status and Russian number formatting shared by the dashboard's cards, tables and charts.
export { plural } from '../../../../shared/catalogue/plural';
import { SCHOOL_KIND_LABELS } from '../../../../shared/report/fields';
import type { SchoolKind } from '../../../../shared/report/schema';
import type { IndicatorValue } from './types';

export type TargetStatus = 'reached' | 'close' | 'far' | 'none';

/** A value within this share of its target counts as close to it. */
export const CLOSE_SHARE = 0.8;

export function targetStatus(value: IndicatorValue | undefined): TargetStatus {
  if (!value || value.percent === null || value.target === null) return 'none';
  if (value.percent >= value.target) return 'reached';
  return value.percent >= value.target * CLOSE_SHARE ? 'close' : 'far';
}

export const STATUS_LABELS: Record<TargetStatus, string> = {
  reached: 'цель достигнута',
  close: 'близко к цели',
  far: 'далеко от цели',
  none: 'нет цели или данных',
};

const integer = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : integer.format(n);
}

export function formatPercent(p: number | null | undefined): string {
  return p === null || p === undefined ? '—' : `${oneDecimal.format(p)} %`;
}

export function formatTarget(t: number | null | undefined): string {
  return t === null || t === undefined ? 'цель не задана' : `цель ${integer.format(t)} %`;
}

export function formatFraction(v: IndicatorValue | undefined): string {
  if (!v) return '—';
  return `${formatCount(v.numerator)} из ${formatCount(v.denominator)}`;
}

const dateTime = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'short', timeStyle: 'short' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

export function formatKind(kind: SchoolKind): string {
  return SCHOOL_KIND_LABELS[kind];
}
