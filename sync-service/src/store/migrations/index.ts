// The one ordered list of schema migrations, applied on SQLite and PostgreSQL alike.
// To add one: a new file exporting a Migration with the next version, appended below.
import { core } from './001-core';
import { currentReports } from './003-current-reports';
import { googleSync } from './002-google-sync';
import { admin } from './020-admin';
import { syncRuns } from './010-sync-runs';
import { practices } from './040-practices';

import type { Migration } from './migration';

export type { Migration };

export const MIGRATIONS: readonly Migration[] = [core, googleSync, currentReports, syncRuns, admin, practices];
