// What every route module receives from the app factory.
import type { AuthDeps } from '../auth/principal';
import type { AppDeps } from '../deps';

export type RouteDeps = Required<Pick<AppDeps, 'demo' | 'now' | 'logError' | 'logInfo' | 'limits'>> &
  Pick<AppDeps, 'sync' | 'onReportAccepted' | 'onRegionChanged' | 'exportCache'> &
  AuthDeps;
