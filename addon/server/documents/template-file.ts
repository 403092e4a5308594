// The curator-editable template Doc of a document kind (programme, practice card, an order). One
// template per spreadsheet, shared by its editors: kept in document properties with its creator.
// - made by this user: used while Drive finds it; made again only on 404 (or in the trash);
// - made by another editor: never made again. If the template can be read (shared with this user
//   and the kind only reads it), it is used; otherwise the curator is told who made it and what to
//   do, and may deliberately make a personal template (kept in this user's properties).
import { DRIVE_MIME, findDriveFile, type DriveFile } from '../google/drive';
import {
  currentUser,
  isMine,
  readSharedRecord,
  readUserRecord,
  writeSharedRecord,
  writeUserRecord,
} from '../google/owned-files';

export interface TemplateSpec {
  /** Property key, e.g. `documentTemplate.programme`. */
  key: string;
  /** «шаблон программы наставничества» — for messages. */
  label: string;
  /** Creates the template (through Drive REST, in the documents folder) and fills it. */
  create(): DriveFile;
  /** True when the kind only reads the template (DocumentApp), so a shared one will do. */
  readOnly: boolean;
  /** What the curator does to make a personal template instead. */
  ownHow: string;
}

export interface TemplateFile {
  id: string;
  url: string;
  /** Opened already (a readable template of another editor): no need to open it again. */
  doc?: GoogleAppsScript.Document.Document;
  /** A personal template of this user (another editor made the shared one). */
  personal: boolean;
  /** The link of a template made by an older version (DocumentApp) that this one had to replace. */
  replacedLegacy?: string;
}

/** Another editor's template this user cannot use: the message says who and what to do. */
export class ForeignTemplateError extends Error {
  constructor(
    message: string,
    readonly owner: string,
  ) {
    super(message);
    this.name = 'ForeignTemplateError';
  }
}

const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

function alive(id: string): DriveFile | null {
  const found = findDriveFile(id);
  return found && !found.trashed && found.mimeType === DRIVE_MIME.document ? found : null;
}

function openable(id: string): GoogleAppsScript.Document.Document | null {
  try {
    return DocumentApp.openById(id);
  } catch {
    return null;
  }
}

export function foreignTemplateMessage(spec: TemplateSpec, owner: string): string {
  const share = spec.readOnly
    ? `попросите ${owner} открыть вам доступ к шаблону (кнопка «Настройки доступа» в документе, роль «Редактор») и запустите действие снова`
    : `попросите ${owner} создать этот документ (надстройка копирует только шаблоны, созданные ею для вас)`;
  return (
    `Общий ${spec.label} создал(а) ${owner}, и ваша учётная запись не может его использовать: Google Диск даёт надстройке доступ только к файлам, созданным ею для вас. ` +
    `Варианты: ${share}; или создайте свой шаблон — ${spec.ownHow}. Шаблон ${owner} останется как есть.`
  );
}

/** The template to fill; `own` makes (or uses) this user's personal template. */
export function templateFile(spec: TemplateSpec, own = false): TemplateFile {
  const personal = readUserRecord(spec.key);
  if (personal) {
    const found = alive(personal.id);
    if (found) return { id: found.id, url: found.url || docUrl(found.id), personal: true };
  }
  const shared = readSharedRecord(spec.key);
  if (shared && isMine(shared)) {
    const found = alive(shared.id);
    if (found) return { id: found.id, url: found.url || docUrl(found.id), personal: false };
    // A template from before Drive REST (made by DocumentApp): readable, but not through Drive.
    const legacy = !shared.by && spec.readOnly ? openable(shared.id) : null;
    if (legacy) return { id: shared.id, url: legacy.getUrl(), doc: legacy, personal: false };
  } else if (shared) {
    if (!own && spec.readOnly) {
      const doc = openable(shared.id);
      if (doc) return { id: shared.id, url: doc.getUrl(), doc, personal: false };
    }
    if (!own && !personal) throw new ForeignTemplateError(foreignTemplateMessage(spec, shared.by), shared.by);
    const made = spec.create();
    writeUserRecord(spec.key, { id: made.id, by: currentUser() });
    return { id: made.id, url: made.url || docUrl(made.id), personal: true };
  }
  const made = spec.create();
  writeSharedRecord(spec.key, { id: made.id, by: currentUser() });
  const replaced = shared && !shared.by ? { replacedLegacy: docUrl(shared.id) } : {};
  return { id: made.id, url: made.url || docUrl(made.id), personal: false, ...replaced };
}

/** The warning for a replaced template of an older version of the add-on. */
export function legacyTemplateWarning(t: TemplateFile): string[] {
  return t.replacedLegacy
    ? [
        `Прежний шаблон (${t.replacedLegacy}) создан старой версией надстройки, и Google Диск не даёт ей его скопировать при узком доступе к файлам. ` +
          'Создан новый шаблон по умолчанию; если вы меняли прежний, перенесите правки в новый (прежний документ не удалён).',
      ]
    : [];
}

/** The template's link when it exists and this user can reach it through Drive, without creating it. */
export function existingTemplate(spec: Pick<TemplateSpec, 'key'>): { url: string; owner: string | null } | null {
  const personal = readUserRecord(spec.key);
  if (personal) return { url: docUrl(personal.id), owner: null };
  const shared = readSharedRecord(spec.key);
  if (!shared) return null;
  return { url: docUrl(shared.id), owner: isMine(shared) ? null : shared.by };
}
