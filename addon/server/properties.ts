// State kept in DOCUMENT properties: it belongs to this spreadsheet (script properties would be
// shared by every user of the add-on). Values are JSON.
const PREFIX = 'nastavnik.';

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function readState<T>(key: string): T | null {
  const raw = store().getProperty(PREFIX + key);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function writeState(key: string, value: unknown): void {
  store().setProperty(PREFIX + key, JSON.stringify(value));
}
