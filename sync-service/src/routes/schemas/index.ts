// Every route described here so far (the administration's): for the published API description.
import { AUDIT_ROUTES } from './audit';
import type { RouteDescription } from './describe';
import { REGION_ROUTES } from './region';
import { SCHOOL_ADMIN_ROUTES } from './school-admin';
import { TOKEN_ROUTES } from './tokens';

export type { RouteDescription } from './describe';

export const DESCRIBED_ROUTES: readonly RouteDescription[] = [
  ...SCHOOL_ADMIN_ROUTES,
  ...TOKEN_ROUTES,
  ...REGION_ROUTES,
  ...AUDIT_ROUTES,
];
