// The one ordered list of schema migrations, applied on SQLite and PostgreSQL alike.
// To add one: a new file exporting a Migration with the next version, appended below.
import { core } from './001-core';
import { currentReports } from './003-current-reports';
import { googleSync } from '../../sync/state-migration';
import { admin } from './020-admin';
import { syncRuns } from './010-sync-runs';
import { practices } from './040-practices';

export interface Migration {
  version: number;
  name: string;
  /** Portable DDL, run in order inside one transaction. */
  statements: string[];
  /** Statements of one engine only (full-text search differs), run after the portable ones. */
  only?: { sqlite?: string[]; postgres?: string[] };
}

export const MIGRATIONS: readonly Migration[] = [core, googleSync, currentReports, syncRuns, admin, practices];
