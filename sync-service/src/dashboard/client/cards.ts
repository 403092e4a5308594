// The region's six indicators against their targets.
import { h } from './dom';
import {
  INDICATOR_LABELS,
  STATUS_LABELS,
  formatFraction,
  formatPercent,
  formatTarget,
  targetStatus,
} from './format';
import type { IndicatorKey, IndicatorValue } from './types';

function meter(value: IndicatorValue | undefined): HTMLElement {
  const fill = h('div', { class: 'meter-fill' });
  fill.style.width = `${Math.min(100, Math.max(0, value?.percent ?? 0))}%`;
  const el = h('div', { class: 'meter', 'aria-hidden': 'true' }, fill);
  if (value?.target !== null && value?.target !== undefined) {
    const target = h('div', { class: 'meter-target' });
    target.style.left = `${Math.min(100, value.target)}%`;
    el.append(target);
  }
  return el;
}

export function indicatorCard(key: IndicatorKey, value: IndicatorValue | undefined): HTMLElement {
  const label = INDICATOR_LABELS[key];
  const status = targetStatus(value);
  return h(
    'article',
    { class: `card status-${status}`, 'data-indicator': key, 'data-status': status },
    h('h3', { title: label.hint }, label.title),
    h(
      'p',
      { class: 'card-value' },
      h('span', { class: 'percent' }, formatPercent(value?.percent)),
      h('span', { class: 'badge' }, STATUS_LABELS[status]),
    ),
    meter(value),
    h('p', { class: 'card-meta' }, h('span', { class: 'fraction' }, formatFraction(value)), ' · ', h('span', { class: 'target' }, formatTarget(value?.target))),
    h('p', { class: 'card-hint' }, label.hint),
  );
}
