// A questionnaire becomes a Google Form linked to this spreadsheet, step by step and resumable:
// the form is created through the Forms API (so drive.file reaches it), its id saved at once in a
// document property of its own kind, then each remaining step — questions, publishing, the
// responses sheet, the move into the documents folder — is saved as done. A run that fails half
// way is continued by the next one: never a second form, never a second responses sheet. The form
// is recreated only when Drive answers 404 to the editor who created it; another editor is told
// who made it instead (drive.file is per user: https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
import { documentsFolderId } from '../drive-folder';
import { driveUser, findDriveFile, moveDriveFile } from '../google/drive';
import { createFormViaApi } from '../google/forms-api';
import { readState, writeState } from '../properties';
import { withDocumentLock } from '../sheets/lock';
import { activeSpreadsheet, findSheet } from '../sheets/workbook';
import { confirmWithCurator, runMenuAction } from '../ui';
import { fillForm, type FormBlueprint } from './form-items';

/** Saved after every step (one document property per kind of questionnaire). */
export interface FormProgress {
  formId: string;
  title: string;
  /** E-mail of the editor whose add-on created the form (only they can reach it under drive.file). */
  createdBy: string;
  filled?: boolean;
  published?: boolean;
  /** Set once linked: the responses sheet's id, or null when Forms had not shown it yet. */
  responsesSheetId?: number | null;
  moved?: boolean;
  done?: boolean;
  editUrl?: string;
  publishedUrl?: string;
  responsesSheet?: string;
}

export interface CreatedForm {
  kind: string;
  formId: string;
  title: string;
  editUrl: string;
  publishedUrl: string;
  /** The sheet answers arrive in ('' when Forms has not made it yet). */
  responsesSheet: string;
}

const key = (kind: string) => `form.${kind}`;

export function formProgress(kind: string): FormProgress | null {
  return readState<FormProgress>(key(kind));
}

function save(kind: string, progress: FormProgress): void {
  writeState(key(kind), progress);
}

/** Form.isPublished / setPublished (https://developers.google.com/workspace/forms/api/guides/publish-form); not yet in @types. */
interface Publishable {
  isPublished(): boolean;
  setPublished(enabled: boolean): unknown;
}

export function startedByAnother(p: FormProgress): string {
  return (
    `Анкету «${p.title}» начал(а) создавать другой редактор таблицы — ${p.createdBy}, и создание не завершилось. ` +
    `Надстройка работает только с файлами Google Диска, которые она создала для вас, поэтому продолжить начатое может только ${p.createdBy}: ` +
    'попросите коллегу снова выбрать этот пункт меню — создание продолжится с того же места, вторая форма не появится.'
  );
}

function trashedMessage(p: FormProgress): string {
  return (
    `Незавершённая анкета «${p.title}» лежит в корзине Google Диска. Восстановите её из корзины и запустите действие ещё раз — ` +
    'создание продолжится; или удалите её из корзины навсегда — тогда будет создана новая анкета.'
  );
}

/** Where the answers go: the sheet Forms linked to this form, made now if not yet. */
function linkResponses(
  form: GoogleAppsScript.Forms.Form,
  blueprint: FormBlueprint,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const ss = activeSpreadsheet();
  const linked = () => ss.getSheets().find((s) => (s.getFormUrl() ?? '').includes(form.getId())) ?? null;
  let sheet = linked();
  if (!sheet) {
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    SpreadsheetApp.flush();
    sheet = linked();
  }
  // A sheet of that name made by hand earlier keeps its name; the form's sheet then keeps Google's.
  if (sheet && sheet.getName() !== blueprint.responsesSheet && !findSheet(ss, blueprint.responsesSheet))
    sheet.setName(blueprint.responsesSheet);
  return sheet;
}

export interface CreateOptions {
  /** Start a new form even if one of this kind exists (the curator confirmed it). */
  fresh?: boolean;
  /** Runs once the responses sheet is linked (e.g. to remember the import mapping). */
  onLinked?: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void;
}

export function createLinkedForm(blueprint: FormBlueprint, options: CreateOptions = {}): CreatedForm {
  return withDocumentLock(() => {
    const kind = blueprint.kind;
    const me = driveUser().email;
    let progress = formProgress(kind);
    if (progress && (progress.done || options.fresh)) progress = null;
    if (progress && progress.createdBy !== me) throw new Error(startedByAnother(progress));
    if (progress) {
      const file = findDriveFile(progress.formId);
      if (file?.trashed) throw new Error(trashedMessage(progress));
      if (!file) progress = null; // 404 for its creator: deleted for good, make it again
    }
    if (!progress) {
      const made = createFormViaApi(blueprint.title);
      progress = { formId: made.formId, title: blueprint.title, createdBy: me };
      save(kind, progress);
    }

    const form = FormApp.openById(progress.formId);
    if (!progress.filled) {
      fillForm(form, blueprint);
      save(kind, (progress = { ...progress, filled: true }));
    }
    if (!progress.published) {
      const publishable = form as unknown as Publishable;
      if (!publishable.isPublished()) publishable.setPublished(true);
      save(kind, (progress = { ...progress, published: true }));
    }
    if (progress.responsesSheetId === undefined) {
      const sheet = linkResponses(form, blueprint);
      if (sheet) options.onLinked?.(sheet);
      save(
        kind,
        (progress = {
          ...progress,
          responsesSheetId: sheet ? sheet.getSheetId() : null,
          responsesSheet: sheet ? sheet.getName() : '',
        }),
      );
    }
    if (!progress.moved) {
      const file = findDriveFile(progress.formId);
      if (file) moveDriveFile(file, documentsFolderId());
      save(kind, (progress = { ...progress, moved: true }));
    }
    progress = { ...progress, done: true, editUrl: form.getEditUrl(), publishedUrl: form.getPublishedUrl() };
    save(kind, progress);
    return {
      kind,
      formId: progress.formId,
      title: progress.title,
      editUrl: progress.editUrl!,
      publishedUrl: progress.publishedUrl!,
      responsesSheet: progress.responsesSheet ?? '',
    };
  });
}

/**
 * The menu item: asks before making a second form of a kind, or before starting an own form when
 * another editor's one is unfinished; then creates (or continues) and shows the result.
 */
export function createFormFromMenu(
  prepare: () => { blueprint: FormBlueprint; onLinked?: CreateOptions['onLinked'] },
  show: (created: CreatedForm) => void,
): void {
  runMenuAction('Анкета', () => {
    const { blueprint, onLinked } = prepare();
    const existing = formProgress(blueprint.kind);
    let fresh = false;
    if (existing?.done) {
      const by = existing.createdBy !== driveUser().email ? ` (её создал(а) ${existing.createdBy})` : '';
      if (
        !confirmWithCurator(
          'Анкета уже создана',
          `Анкета «${existing.title}» уже есть${by}:\n${existing.publishedUrl}\n\nСоздать ещё одну?`,
        )
      )
        return;
      fresh = true;
    } else if (existing && existing.createdBy !== driveUser().email) {
      const ask = `${startedByAnother(existing)}\n\nСоздать отдельную анкету от вашего имени? Незавершённая анкета останется на Google Диске у ${existing.createdBy}.`;
      if (!confirmWithCurator('Анкету создаёт другой редактор', ask)) return;
      fresh = true;
    }
    show(createLinkedForm(blueprint, { onLinked, fresh }));
  });
}
