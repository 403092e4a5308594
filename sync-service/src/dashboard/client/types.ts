// The indicators response (GET /api/v1/indicators) as the dashboard reads it: the shared consolidated tables
// plus what the service adds (the demo flag, the pull status of each school).
import type {
  IndicatorTables,
  MissingSchool as SharedMissing,
  SchoolRow as SharedSchoolRow,
} from '../../../../shared/indicators';

export { INDICATOR_KEYS } from '../../../../shared/indicators';
export type { IndicatorKey, IndicatorSet, IndicatorValue, MunicipalityRow } from '../../../../shared/indicators';

interface SyncStatus {
  /** `push`: the school sends its report; `google`: the service pulls its report spreadsheet. */
  source?: 'push' | 'google';
  lastSyncAt?: string | null;
  lastSyncError?: string | null;
  lastSyncErrorAt?: string | null;
}

export type SchoolRow = SharedSchoolRow & SyncStatus;
export type MissingSchool = SharedMissing & SyncStatus;

export interface IndicatorsResponse extends Omit<IndicatorTables, 'schools' | 'missing'> {
  demo?: boolean;
  /** Periods that have reports, latest first. */
  periods?: string[];
  schools: SchoolRow[];
  missing?: MissingSchool[];
}
