export { INDICATOR_KEYS, INDICATORS, reportCounts } from './definitions';
export { percentOf } from '../core/percent';
export type { IndicatorDefinition, IndicatorKey } from './definitions';
export { DEFAULT_TARGETS, targetsForYear } from './targets';
export type { IndicatorTargets, TargetsByYear } from './targets';
export { consolidate } from './consolidate';
export type {
  ConsolidationInput,
  CurrentReport,
  IndicatorSet,
  IndicatorTables,
  IndicatorValue,
  MissingSchool,
  MunicipalityRow,
  Population,
  RegionRow,
  RegionSettings,
  RegisteredSchool,
  SchoolRow,
} from './consolidate';
export { organisationIndicators, TARGET_STATUS_COLOURS, TARGET_STATUS_LABELS } from './organisation';
export type { OrganisationIndicator, TargetStatus } from './organisation';
export { indicatorSheet, indicatorCells, type IndicatorColumn } from './sheet';
