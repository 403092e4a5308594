// The six Table 5 indicators of one organisation, computed from its school report v1 and set
// against the year's targets. The school level has no enterprises denominator: that share is
// only meaningful for the region, so it is shown as a count.
import type { SchoolReport } from '../report/schema';
import { percentOf } from '../core/percent';
import { INDICATOR_KEYS, reportCounts, type IndicatorKey } from './definitions';
import { targetsForYear, type TargetsByYear } from './targets';

export type TargetStatus = 'met' | 'below' | 'no-data' | 'no-target' | 'region-only';

export interface OrganisationIndicator {
  key: IndicatorKey;
  numerator: number;
  denominator: number | null;
  percent: number | null;
  target: number | null;
  status: TargetStatus;
}

export const TARGET_STATUS_LABELS: Readonly<Record<TargetStatus, string>> = {
  met: 'цель достигнута',
  below: 'ниже цели',
  'no-data': 'нет данных',
  'no-target': 'цель не задана',
  'region-only': 'считается по региону',
};

/** Background colours the adapters give the status cell; null leaves it plain. */
export const TARGET_STATUS_COLOURS: Readonly<Record<TargetStatus, string | null>> = {
  met: '#c8e6c9',
  below: '#ffcdd2',
  'no-data': '#eeeeee',
  'no-target': null,
  'region-only': null,
};

/** Targets of the report's year: Table 5 defaults, replaced by the region's where given. */
export function organisationIndicators(report: SchoolReport, targets: TargetsByYear = {}): OrganisationIndicator[] {
  const counts = reportCounts(report);
  const yearTargets = targetsForYear(report.period, targets);
  return INDICATOR_KEYS.map((key) => {
    const { numerator, denominator } = counts[key];
    const percent = percentOf(numerator, denominator);
    const target = yearTargets[key];
    return { key, numerator, denominator, percent, target, status: statusOf(key, percent, target) };
  });
}

function statusOf(key: IndicatorKey, percent: number | null, target: number | null): TargetStatus {
  if (key === 'enterprisesShare') return 'region-only';
  if (percent === null) return 'no-data';
  if (target === null) return 'no-target';
  return percent >= target ? 'met' : 'below';
}
