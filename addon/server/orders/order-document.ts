// A Drive copy of the template (REST, drive.file) in the documents folder, filled in: placeholders replaced in place (formatting around them kept),
// the table inserted where {{Таблица}} stands, the template's help paragraph left out.
import { HELP_MARK, TABLE_PLACEHOLDER, type OrderContent } from '../../../shared/orders';
import { documentsFolderId } from '../drive-folder';
import { copyDriveFile } from '../google/drive';

const MAX_REPLACEMENTS = 500;

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function replaceAll(body: GoogleAppsScript.Document.Body, placeholder: string, value: string): void {
  const pattern = escapeRe(`{{${placeholder}}}`);
  for (let i = 0; i < MAX_REPLACEMENTS; i++) {
    const found = body.findText(pattern);
    if (!found) return;
    const text = found.getElement().asText();
    const start = found.getStartOffset();
    text.deleteText(start, found.getEndOffsetInclusive());
    if (value) text.insertText(start, value);
  }
}

function insertTable(body: GoogleAppsScript.Document.Body, cells: string[][], warnings: string[]): void {
  const found = body.findText(escapeRe(TABLE_PLACEHOLDER));
  let table: GoogleAppsScript.Document.Table;
  if (found) {
    const paragraph = found.getElement().getParent() as GoogleAppsScript.Document.Paragraph;
    const index = body.getChildIndex(paragraph);
    table = body.insertTable(index, cells);
    if (index + 1 === body.getNumChildren() - 1) paragraph.setText('');
    else paragraph.removeFromParent();
  } else {
    warnings.push(`в шаблоне нет поля ${TABLE_PLACEHOLDER} — таблица добавлена в конец документа`);
    table = body.appendTable(cells);
  }
  table.getRow(0).editAsText().setBold(true);
}

function dropHelp(body: GoogleAppsScript.Document.Body): void {
  for (const paragraph of body.getParagraphs()) {
    if (paragraph.getText().includes(HELP_MARK) && body.getNumChildren() > 1) paragraph.removeFromParent();
  }
}

export function fillOrder(templateId: string, name: string, content: OrderContent): { id: string; url: string } {
  const copy = copyDriveFile(templateId, name, documentsFolderId());
  const doc = DocumentApp.openById(copy.id);
  const body = doc.getBody();
  dropHelp(body);
  for (const [placeholder, value] of Object.entries(content.values)) {
    if (placeholder !== 'Таблица') replaceAll(body, placeholder, value);
  }
  insertTable(body, content.table, content.warnings);
  doc.saveAndClose();
  return { id: copy.id, url: copy.url || doc.getUrl() };
}
