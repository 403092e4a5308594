// Which Drive files the add-on made, and for whom. Under drive.file each user reaches only the
// files the add-on created for that user (https://developers.google.com/workspace/drive/api/guides/api-specific-auth),
// while document properties are shared by every editor of the spreadsheet. So:
// - what belongs to the spreadsheet (templates, the map of created programmes) is kept in document
//   properties WITH the creator's e-mail: a second editor sees that a file exists and who made it,
//   never takes a 404 for "deleted", and never makes a duplicate;
// - what is naturally per user (the documents folder, a personal template) is kept in user
//   properties keyed by the spreadsheet's id (user properties are shared by all of a user's
//   spreadsheets). Values are checked in UTF-8 bytes against Google's 9 KB per value
//   (https://developers.google.com/apps-script/guides/services/quotas).
import { driveUser } from './drive';

export interface FileRecord {
  id: string;
  /** E-mail of the user whose add-on created the file ('' for records older than this field). */
  by: string;
}

const PREFIX = 'nastavnik.';
const VALUE_LIMIT_BYTES = 9 * 1024;

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function checked(key: string, value: unknown): string {
  const json = JSON.stringify(value);
  const bytes = utf8Bytes(json);
  if (bytes > VALUE_LIMIT_BYTES)
    throw new Error(
      `Не удалось сохранить «${key}»: ${bytes} байт, а Google хранит не больше ${VALUE_LIMIT_BYTES} байт в одном значении.`,
    );
  return json;
}

/** A record as stored, or as a bare id string (the layout before creators were recorded). */
export function asRecord(raw: string | null | undefined): FileRecord | null {
  if (raw === null || raw === undefined) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value === 'string') return value ? { id: value, by: '' } : null;
    if (value && typeof value === 'object' && typeof (value as FileRecord).id === 'string') {
      const r = value as FileRecord;
      return { id: r.id, by: typeof r.by === 'string' ? r.by : '' };
    }
  } catch {
    // not JSON: treat as missing
  }
  return null;
}

const documentStore = () => PropertiesService.getDocumentProperties();
const userStore = () => PropertiesService.getUserProperties();
const userKey = (key: string) => `${PREFIX}${SpreadsheetApp.getActiveSpreadsheet().getId()}.${key}`;

export function readSharedRecord(key: string): FileRecord | null {
  return asRecord(documentStore().getProperty(PREFIX + key));
}

export function writeSharedRecord(key: string, record: FileRecord): void {
  documentStore().setProperty(PREFIX + key, checked(key, record));
}

/** Every shared record whose key starts with `prefix`, read with one call (key without prefix). */
export function readSharedRecords(prefix: string): { all: Record<string, string>; records: Map<string, FileRecord> } {
  const all = documentStore().getProperties();
  const records = new Map<string, FileRecord>();
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(PREFIX + prefix)) continue;
    const record = asRecord(raw);
    if (record) records.set(key.slice(PREFIX.length + prefix.length), record);
  }
  return { all, records };
}

export function writeSharedRecords(records: Record<string, FileRecord>): void {
  const values: Record<string, string> = {};
  for (const [key, record] of Object.entries(records)) values[PREFIX + key] = checked(key, record);
  documentStore().setProperties(values);
}

export function deleteShared(key: string): void {
  documentStore().deleteProperty(PREFIX + key);
}

export function readUserRecord(key: string): FileRecord | null {
  return asRecord(userStore().getProperty(userKey(key)));
}

export function writeUserRecord(key: string, record: FileRecord): void {
  userStore().setProperty(userKey(key), checked(key, record));
}

let known: { token: string; email: string } | null = null;

/** The e-mail of the user running the add-on (Drive's about.user; asked once per token). */
export function currentUser(): string {
  const token = ScriptApp.getOAuthToken();
  if (known?.token !== token) known = { token, email: driveUser().email };
  return known.email;
}

/** Made by the user running the add-on now (a record without a creator counts as theirs). */
export function isMine(record: FileRecord): boolean {
  return !record.by || record.by === currentUser();
}
