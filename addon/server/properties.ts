// State kept in DOCUMENT properties: it belongs to this spreadsheet (script properties would be
// shared by every user of the add-on). Values are JSON.
// Google limits a value to 9 KB and a store to 500 KB, counted in bytes of UTF-8 (a Cyrillic
// letter is two): https://developers.google.com/apps-script/guides/services/quotas
const PREFIX = 'nastavnik.';
export const VALUE_LIMIT_BYTES = 9 * 1024;

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** Bytes of the text in UTF-8 (Apps Script has no TextEncoder). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function parse<T>(raw: string | null): T | null {
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** The JSON text of a value, or a Russian error naming the key when Google would refuse it. */
function serialise(key: string, value: unknown): string {
  const json = JSON.stringify(value);
  const bytes = utf8Length(json);
  if (bytes > VALUE_LIMIT_BYTES) {
    throw new Error(
      `Не удалось сохранить настройку надстройки «${key}»: ${bytes} байт, а Google хранит не больше ${VALUE_LIMIT_BYTES} байт в одном значении. ` +
        'Данные не изменены; сообщите разработчикам.',
    );
  }
  return json;
}

export function readState<T>(key: string): T | null {
  return parse<T>(store().getProperty(PREFIX + key));
}

export function writeState(key: string, value: unknown): void {
  const json = serialise(key, value);
  try {
    store().setProperty(PREFIX + key, json);
  } catch (e) {
    throw new Error(
      `Не удалось сохранить настройку надстройки «${key}» в свойствах документа: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

export function deleteState(key: string): void {
  store().deleteProperty(PREFIX + key);
}

/**
 * A list kept one property per item (`key.0`, `key.1`, …) so it may grow past one value's limit:
 * read with one getProperties, written with one setProperties plus deletes of the items gone.
 */
export function readStateList<T>(key: string): T[] | null {
  const all = store().getProperties();
  const count = parse<number>(all[`${PREFIX}${key}.count`] ?? null);
  if (typeof count !== 'number') return null;
  const items: T[] = [];
  for (let i = 0; i < count; i++) {
    const item = parse<T>(all[`${PREFIX}${key}.${i}`] ?? null);
    if (item !== null) items.push(item);
  }
  return items;
}

export function writeStateList(key: string, items: readonly unknown[]): void {
  const props = store();
  const before = parse<number>(props.getProperty(`${PREFIX}${key}.count`));
  const values: Record<string, string> = {};
  items.forEach((item, i) => (values[`${PREFIX}${key}.${i}`] = serialise(`${key}.${i}`, item)));
  values[`${PREFIX}${key}.count`] = String(items.length);
  try {
    props.setProperties(values);
  } catch (e) {
    throw new Error(
      `Не удалось сохранить список «${key}» (${items.length} шт.) в свойствах документа: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  for (let i = items.length; typeof before === 'number' && i < before; i++)
    props.deleteProperty(`${PREFIX}${key}.${i}`);
}
