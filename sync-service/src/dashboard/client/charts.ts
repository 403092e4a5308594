// One bar chart per indicator: municipalities against the target and the regional value.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { h } from './dom';
import { INDICATORS } from '../../../../shared/indicators';
import { CLOSE_SHARE, formatCount, formatPercent, targetStatus, type TargetStatus } from './format';
import type { IndicatorKey, IndicatorsResponse } from './types';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.color = '#3d4656';

const STATUS_COLOURS: Record<TargetStatus, string> = {
  reached: '#2f855a',
  close: '#c27c0e',
  far: '#c53030',
  none: '#7b8794',
};

let charts: Chart[] = [];

export function destroyCharts(): void {
  for (const chart of charts) chart.destroy();
  charts = [];
}

/** Enterprises have no share below the region (the denominator is regional), so that chart shows counts. */
function chartFor(key: IndicatorKey, data: IndicatorsResponse): { figure: HTMLElement; chart: () => Chart } {
  const label = INDICATORS[key].shortLabel;
  const municipalities = data.municipalities;
  const names = municipalities.map((m) => m.name);
  const values = municipalities.map((m) => m.indicators[key]);
  const region = data.region.indicators[key];
  const counts = key === 'enterprisesShare';
  const bars = values.map((v) => (counts ? (v?.numerator ?? 0) : (v?.percent ?? null)));
  const colours = values.map((v) => (counts ? '#3b6fb6' : STATUS_COLOURS[targetStatus(v)]));

  const summary = counts
    ? `Предприятия-наставники по муниципалитетам: ${names.map((n, i) => `${n} — ${formatCount(bars[i])}`).join('; ')}. По региону ${formatPercent(region?.percent)}.`
    : `${label} по муниципалитетам: ${names.map((n, i) => `${n} — ${formatPercent(bars[i])}`).join('; ')}. Цель ${formatPercent(region?.target)}, регион ${formatPercent(region?.percent)}.`;
  const canvas = h('canvas', { role: 'img', 'aria-label': summary, 'data-indicator': key }, summary);
  const figure = h(
    'figure',
    { class: 'chart' },
    h(
      'figcaption',
      {},
      label,
      counts ? h('span', { class: 'muted' }, ' · число предприятий') : h('span', { class: 'muted' }, ' · %'),
    ),
    h('div', { class: 'chart-box' }, canvas),
  );

  const lineDataset = (name: string, value: number | null | undefined, colour: string, dash: number[]) => ({
    type: 'line' as const,
    label: name,
    data: names.map(() => value ?? null),
    borderColor: colour,
    borderWidth: 2,
    borderDash: dash,
    pointRadius: 0,
    pointHoverRadius: 0,
    fill: false,
  });

  const datasets = [
    {
      type: 'bar' as const,
      label: counts ? 'Предприятий' : 'Муниципалитет',
      data: bars,
      backgroundColor: colours,
      borderRadius: 4,
      maxBarThickness: 48,
    },
    ...(counts
      ? []
      : [
          lineDataset('Цель', region?.target, '#1a202c', [6, 4]),
          lineDataset('Регион', region?.percent, '#3b6fb6', []),
        ]),
  ];

  const chart = () =>
    new Chart(canvas, {
      data: { labels: names, datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        responsive: true,
        plugins: {
          legend: {
            display: !counts,
            position: 'bottom',
            labels: { boxWidth: 14, boxHeight: 2, filter: (item) => item.datasetIndex !== 0 },
          },
          tooltip: {
            callbacks: {
              label: (ctx) => {
                const v = ctx.parsed.y;
                return `${ctx.dataset.label}: ${counts ? formatCount(v) : formatPercent(v)}`;
              },
            },
          },
        },
        scales: {
          x: { ticks: { autoSkip: false, maxRotation: 30, font: { size: 11 } }, grid: { display: false } },
          y: {
            beginAtZero: true,
            suggestedMax: counts ? undefined : Math.max(10, (region?.target ?? 0) * 1.15),
            ticks: { precision: 0 },
          },
        },
      },
    });
  return { figure, chart };
}

/** What the bar colours mean, shown once above the charts. */
export function chartLegend(): HTMLElement {
  const item = (status: Exclude<TargetStatus, 'none'>, text: string) =>
    h('span', { class: `status-${status}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), text);
  return h(
    'p',
    { class: 'legend-note' },
    'Цвет столбца:',
    item('reached', 'цель достигнута'),
    item('close', `близко к цели (не меньше ${Math.round(CLOSE_SHARE * 100)} % от неё)`),
    item('far', 'далеко от цели'),
  );
}

/** Appends the charts to `container` (already in the document, so they can measure it). */
export function renderCharts(container: HTMLElement, keys: readonly IndicatorKey[], data: IndicatorsResponse): void {
  destroyCharts();
  for (const key of keys) {
    const { figure, chart } = chartFor(key, data);
    container.append(figure);
    charts.push(chart());
  }
}
