// Every route of the service, in the order of the reference. A new route adds its operations here;
// tests/sync-service/openapi.test.ts fails while a route of the app is missing from this list.
import type { Operation } from '../operation';
import { apiDocsOperations } from './api-docs';
import { dashboardOperations } from './dashboard';
import { healthOperations } from './health';
import { indicatorOperations } from './indicators';
import { practiceOperations } from './practices';
import { regionOperations } from './region';
import { reportOperations } from './reports';
import { schoolOperations } from './schools';
import { syncOperations } from './sync';
import { administrationOperations } from './administration';

export const API_OPERATIONS: readonly Operation[] = [
  ...healthOperations,
  ...schoolOperations,
  ...reportOperations,
  ...regionOperations,
  ...administrationOperations,
  ...syncOperations,
  ...indicatorOperations,
  ...practiceOperations,
  ...dashboardOperations,
  ...apiDocsOperations,
];
