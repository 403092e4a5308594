// The curator-editable template Doc of each order: created from the default on first use (through
// Drive REST in the documents folder), shared by the spreadsheet's editors with its creator
// recorded, re-created only when its creator's Drive answers 404 (template-file.ts). An order is a
// Drive copy of the template, so only the template's creator can use it under drive.file; another
// editor is told so and may make a personal template.
import {
  DEFAULT_TEMPLATES,
  ORDER_TITLES,
  templateHelp,
  type OrderKind,
  type ParagraphStyle,
} from '../../../shared/orders';
import { documentsFolderId } from '../drive-folder';
import { DRIVE_MIME, createDriveFile } from '../google/drive';
import { existingTemplate, legacyTemplateWarning, templateFile, type TemplateSpec } from '../documents/template-file';

function style(paragraph: GoogleAppsScript.Document.Paragraph, s: ParagraphStyle): void {
  const { ParagraphHeading, HorizontalAlignment } = DocumentApp;
  if (s === 'title') paragraph.setHeading(ParagraphHeading.HEADING1).setAlignment(HorizontalAlignment.CENTER);
  else if (s === 'heading') paragraph.setHeading(ParagraphHeading.HEADING3);
  else if (s === 'center') paragraph.setAlignment(HorizontalAlignment.CENTER);
  else if (s === 'right') paragraph.setAlignment(HorizontalAlignment.RIGHT);
}

function spec(kind: OrderKind): TemplateSpec {
  return {
    key: `orderTemplate.${kind}`,
    label: `шаблон «${ORDER_TITLES[kind]}»`,
    readOnly: false,
    ownHow: 'отметьте «Создать свой шаблон приказа» в этом окне и нажмите «Создать приказ»',
    create: () => {
      const file = createDriveFile(`Шаблон — ${ORDER_TITLES[kind]}`, DRIVE_MIME.document, documentsFolderId());
      const doc = DocumentApp.openById(file.id);
      const body = doc.getBody();
      body.getParagraphs()[0].setText(templateHelp(kind));
      for (const p of DEFAULT_TEMPLATES[kind]) style(body.appendParagraph(p.text), p.style);
      doc.saveAndClose();
      return file.url ? file : { ...file, url: doc.getUrl() };
    },
  };
}

/** The template's Drive file id and URL; created when missing. `own`: this user's personal template. */
export function orderTemplate(kind: OrderKind, own = false): { id: string; url: string; warnings: string[] } {
  const t = templateFile(spec(kind), own);
  return { id: t.id, url: t.url, warnings: legacyTemplateWarning(t) };
}

/** The template's URL if it exists (the dialog links to it), and its creator when another editor made it. */
export function existingOrderTemplate(kind: OrderKind): { url: string; owner: string | null } | null {
  return existingTemplate(spec(kind));
}
