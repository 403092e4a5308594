// The region's six indicators against their targets.
import { h } from './dom';
import { INDICATORS } from '../../../../shared/indicators';
import {
  STATUS_LABELS,
  formatFraction,
  formatPercent,
  formatTarget,
  targetStatus,
} from './format';
import type { IndicatorKey, IndicatorValue } from './types';

/** Progress towards the target: the bar's scale reaches a little past the target (or the value), not to 100 %. */
function meter(value: IndicatorValue | undefined): HTMLElement {
  const percent = value?.percent ?? 0;
  const target = value?.target ?? null;
  const scale = Math.min(100, Math.max(percent * 1.05, (target ?? 0) * 1.25, 1));
  const fill = h('div', { class: 'meter-fill' });
  fill.style.width = `${Math.min(100, (100 * percent) / scale)}%`;
  const el = h('div', { class: 'meter', 'aria-hidden': 'true' }, fill);
  if (target !== null) {
    const mark = h('div', { class: 'meter-target' });
    mark.style.left = `${Math.min(100, (100 * target) / scale)}%`;
    el.append(mark);
  }
  return el;
}

export function indicatorCard(key: IndicatorKey, value: IndicatorValue | undefined): HTMLElement {
  const def = INDICATORS[key];
  const fraction = value ? `${def.numeratorLabel}: ${value.numerator}; ${def.denominatorLabel}: ${value.denominator ?? 'не задано'}` : '';
  const status = targetStatus(value);
  return h(
    'article',
    { class: `card status-${status}`, 'data-indicator': key, 'data-status': status },
    h('h3', {}, def.shortLabel),
    h(
      'p',
      { class: 'card-value' },
      h('span', { class: 'percent' }, formatPercent(value?.percent)),
      h('span', { class: 'badge' }, STATUS_LABELS[status]),
    ),
    meter(value),
    h('p', { class: 'card-meta' }, h('span', { class: 'fraction', title: fraction }, formatFraction(value)), ' · ', h('span', { class: 'target' }, formatTarget(value?.target))),
    h('p', { class: 'card-hint' }, def.label),
  );
}
