// The indicators response of CONTRACTS §5, as the dashboard reads it.

export const INDICATOR_KEYS = [
  'menteeStudentsShare',
  'mentorStudentsShare',
  'menteeYoungTeachersShare',
  'enterprisesShare',
  'mentorSatisfaction',
  'menteeSatisfaction',
] as const;

export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export interface IndicatorValue {
  numerator: number;
  denominator: number | null;
  percent: number | null;
  target: number | null;
}

export type IndicatorSet = Partial<Record<IndicatorKey, IndicatorValue>>;

export interface SchoolRow {
  id: string;
  name: string;
  municipality: string;
  kind?: string;
  reportedAt: string;
  lastSyncAt?: string | null;
  lastSyncError?: string | null;
  indicators: IndicatorSet;
}

export interface MunicipalityRow {
  name: string;
  schoolsReporting: number;
  schoolsRegistered?: number;
  indicators: IndicatorSet;
}

export interface MissingSchool {
  id: string;
  name: string;
  municipality: string;
  kind?: string;
  lastSyncAt?: string | null;
  lastSyncError?: string | null;
}

export interface IndicatorsResponse {
  period: string;
  demo?: boolean;
  region: {
    name: string;
    schoolsRegistered: number;
    schoolsReporting: number;
    indicators: IndicatorSet;
  };
  municipalities: MunicipalityRow[];
  schools: SchoolRow[];
  missing?: MissingSchool[];
}
