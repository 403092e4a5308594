// The curator-editable template Doc of each order: created from the default on first use, kept
// by id in document properties, re-created only when it was deleted.
import { DEFAULT_TEMPLATES, ORDER_TITLES, templateHelp, type OrderKind, type ParagraphStyle } from '../../../shared/orders';
import { documentsFolder } from '../drive-folder';
import { readState, writeState } from '../properties';

const key = (kind: OrderKind) => `orderTemplate.${kind}`;

function style(paragraph: GoogleAppsScript.Document.Paragraph, s: ParagraphStyle): void {
  const { ParagraphHeading, HorizontalAlignment } = DocumentApp;
  if (s === 'title') paragraph.setHeading(ParagraphHeading.HEADING1).setAlignment(HorizontalAlignment.CENTER);
  else if (s === 'heading') paragraph.setHeading(ParagraphHeading.HEADING3);
  else if (s === 'center') paragraph.setAlignment(HorizontalAlignment.CENTER);
  else if (s === 'right') paragraph.setAlignment(HorizontalAlignment.RIGHT);
}

function createTemplate(kind: OrderKind): GoogleAppsScript.Document.Document {
  const doc = DocumentApp.create(`Шаблон — ${ORDER_TITLES[kind]}`);
  const body = doc.getBody();
  body.getParagraphs()[0].setText(templateHelp(kind));
  for (const p of DEFAULT_TEMPLATES[kind]) style(body.appendParagraph(p.text), p.style);
  doc.saveAndClose();
  DriveApp.getFileById(doc.getId()).moveTo(documentsFolder());
  writeState(key(kind), doc.getId());
  return doc;
}

/** The template's Drive file id and URL; created when missing. */
export function orderTemplate(kind: OrderKind): { id: string; url: string } {
  const id = readState<string>(key(kind));
  if (id) {
    try {
      const file = DriveApp.getFileById(id);
      if (!file.isTrashed()) return { id, url: file.getUrl() };
    } catch {
      // deleted: create again below
    }
  }
  const doc = createTemplate(kind);
  return { id: doc.getId(), url: doc.getUrl() };
}

/** The template's URL if it exists (the dialog links to it), without creating it. */
export function existingTemplateUrl(kind: OrderKind): string | null {
  const id = readState<string>(key(kind));
  if (!id) return null;
  try {
    return DriveApp.getFileById(id).getUrl();
  } catch {
    return null;
  }
}
