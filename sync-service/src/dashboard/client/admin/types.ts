// Shapes of the administration API as the page reads them.
import type { SchoolKind } from '../../../../../shared/report/schema';

export type Source = { type: 'push' } | { type: 'google'; spreadsheetId: string };

export interface ManagedSchool {
  id: string;
  name: string;
  municipality: string;
  kind: SchoolKind;
  source: Source;
  createdAt: string;
  lastReportAt: string | null;
  lastSyncError: string | null;
  deactivatedAt: string | null;
  reported: boolean;
  tokens: number;
}

export interface IssuedToken {
  id: string;
  token: string;
  role: 'viewer' | 'methodologist' | 'school';
  label: string;
  schoolId?: string;
}

export interface TokenItem {
  id: string;
  role: 'viewer' | 'methodologist' | 'school';
  schoolId: string | null;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ImportRow {
  line: number;
  values: { id: string; name: string; municipality: string; kind: string; source: string };
  action: 'create' | 'update' | 'unchanged' | 'error';
  problems: string[];
}

export interface ImportResult {
  saved: boolean;
  rows: ImportRow[];
  summary: Record<ImportRow['action'], number>;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
}

/** Where a section puts the token shown once. */
export type Reveal = (token: IssuedToken) => void;
