// The region's six indicators against their targets.
import { h } from './dom';
import { INDICATORS } from '../../../../shared/indicators';
import { STATUS_LABELS, formatFraction, formatPercent, formatTarget, targetStatus } from './format';
import type { IndicatorKey, IndicatorValue } from './types';

/** The value on a true 0–100 % scale, with the target marked and labelled, and the scale's ends named. */
function meter(value: IndicatorValue | undefined): HTMLElement {
  const percent = Math.min(100, Math.max(0, value?.percent ?? 0));
  const target = value?.target ?? null;
  const fill = h('div', { class: 'meter-fill' });
  fill.style.width = `${percent}%`;
  const bar = h('div', { class: 'meter-bar' }, fill);
  const scale = h(
    'div',
    { class: 'meter-scale', 'aria-hidden': 'true' },
    h('span', {}, '0 %'),
    h('span', {}, '50 %'),
    h('span', {}, '100 %'),
  );
  if (target !== null) {
    const at = Math.min(100, Math.max(0, target));
    const mark = h('div', { class: 'meter-target' });
    mark.style.left = `${at}%`;
    const label = h(
      'span',
      { class: `meter-target-label${at > 80 ? ' end' : at < 20 ? ' start' : ''}` },
      `цель ${formatPercent(target).replace(',0 %', ' %')}`,
    );
    label.style.left = `${at}%`;
    bar.append(mark, label);
  }
  const text = `${formatPercent(value?.percent)} из 100 %${target === null ? '' : `, цель ${formatPercent(target)}`}`;
  return h(
    'div',
    { class: 'meter', role: 'img', 'aria-label': text, 'data-percent': percent, 'data-target': target ?? '' },
    bar,
    scale,
  );
}

export function indicatorCard(key: IndicatorKey, value: IndicatorValue | undefined): HTMLElement {
  const def = INDICATORS[key];
  const fraction = value
    ? `${def.numeratorLabel}: ${value.numerator}; ${def.denominatorLabel}: ${value.denominator ?? 'не задано'}`
    : '';
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
    h(
      'p',
      { class: 'card-meta' },
      h('span', { class: 'fraction', title: fraction }, formatFraction(value)),
      ' · ',
      h('span', { class: 'target' }, formatTarget(value?.target)),
    ),
    h('p', { class: 'card-hint' }, def.label),
  );
}
