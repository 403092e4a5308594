// Google Docs the add-on makes in the user's documents folder (drive.file): created through Drive
// REST directly in the folder, then written with DocumentApp; filled from product templates the
// curator may edit (template-file.ts). Shared by the programmes, practice cards and the rating's papers.
import { parseTemplate, type DocumentModel } from '../../../shared/documents';
import { documentsFolderId } from '../drive-folder';
import { DRIVE_MIME, createDriveFile, type DriveFile } from '../google/drive';
import { GoogleApiError } from '../google/rest';
import { confirmWithCurator, runMenuAction } from '../ui';
import { readModel, writeModel } from './doc-model';
import { ForeignTemplateError, templateFile } from './template-file';

export interface CreatedDocument {
  name: string;
  url: string;
  problems: string[];
}

/** Writes the model into an existing Doc (emptied first: a Doc left half-written is written again). */
export function fillDocument(id: string, model: DocumentModel): string {
  const doc = DocumentApp.openById(id);
  const body = doc.getBody();
  if (body.getNumChildren() > 1 || body.getText() !== '') body.clear();
  writeModel(body, model);
  doc.saveAndClose();
  return doc.getUrl();
}

/** A Google Doc in the documents folder, written from the model. */
export function createDocument(name: string, model: DocumentModel, folderId: string): DriveFile {
  const file = createDriveFile(name, DRIVE_MIME.document, folderId);
  const url = fillDocument(file.id, model);
  return file.url ? file : { ...file, url };
}

/** A resumed run's document: the one a cut-off execution left in the folder is filled, not made again. */
export function createOrRefillDocument(
  name: string,
  model: DocumentModel,
  folderId: string,
  orphan?: DriveFile,
): DriveFile {
  if (!orphan) return createDocument(name, model, folderId);
  const url = fillDocument(orphan.id, model);
  return { ...orphan, url: orphan.url || url };
}

/** A product template: the title of its Doc, its first text, and how messages name it. */
export interface ProductTemplate {
  title: string;
  text: string;
  label: string;
}

/** The template Doc of `kind` (made from `template` when there is none yet) as a model, read once per run. */
export function templateModel(kind: string, template: ProductTemplate, own: boolean): DocumentModel {
  const t = templateFile(
    {
      key: `documentTemplate.${kind}`,
      label: template.label,
      readOnly: true,
      ownHow: 'ответьте «Да» на вопрос после этого сообщения',
      create: () => createDocument(template.title, parseTemplate(template.text), documentsFolderId()),
    },
    own,
  );
  return readModel((t.doc ?? DocumentApp.openById(t.id)).getBody());
}

/** A daily or rate quota of Google: the run stops and keeps what it made. */
export function isQuota(error: unknown): boolean {
  if (error instanceof GoogleApiError) return error.problem === 'quota';
  return error instanceof Error && /Service invoked too many times/i.test(error.message);
}

export const QUOTA_MESSAGE =
  'Google не даёт создать больше документов сейчас: у каждого пользователя есть дневная квота ' +
  '(250 документов в день для обычного аккаунта Google, 1 500 — для Google Workspace) и ограничение частоты запросов.';

/** Runs a document action; when another editor's template is out of reach, offers a personal one. */
export function withTemplateChoice(title: string, action: (own: boolean) => void): void {
  runMenuAction(title, () => {
    try {
      action(false);
    } catch (error) {
      if (!(error instanceof ForeignTemplateError)) throw error;
      if (confirmWithCurator(title, `${error.message}\n\nСоздать свой шаблон сейчас?`)) action(true);
    }
  });
}
