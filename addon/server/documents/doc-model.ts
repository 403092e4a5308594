// Google Docs ↔ the shared document model: a template Doc is written from the model once (the
// curator edits it freely), read back into a model to be filled, and the filled model is written
// into a new Doc. Headings, paragraphs («Лид: текст» with the lead bold), lists and tables.
import type { Block, DocumentModel } from '../../../shared/documents';

type Body = GoogleAppsScript.Document.Body;

const LEAD = /^([^:{}]{1,60}:)\s+(.*)$/s;

function heading(level: 1 | 2 | 3): GoogleAppsScript.Document.ParagraphHeading {
  const h = DocumentApp.ParagraphHeading;
  return level === 1 ? h.HEADING1 : level === 2 ? h.HEADING2 : h.HEADING3;
}

/** Appends the blocks to a body whose only paragraph is the empty one a new Doc starts with. */
export function writeModel(body: Body, model: DocumentModel): void {
  const first = body.getParagraphs()[0];
  for (const block of model.blocks) {
    if (block.kind === 'heading') body.appendParagraph(block.text).setHeading(heading(block.level));
    else if (block.kind === 'paragraph') {
      const text = block.lead ? `${block.lead} ${block.text}` : block.text;
      const p = body.appendParagraph(text);
      if (block.lead) p.editAsText().setBold(0, block.lead.length - 1, true);
    } else if (block.kind === 'list') for (const item of block.items) body.appendListItem(item);
    else {
      const rows = block.header ? [block.header, ...block.rows] : block.rows;
      if (rows.length === 0) continue;
      const table = body.appendTable(rows);
      if (block.header) table.getRow(0).editAsText().setBold(true);
    }
  }
  if (body.getNumChildren() > 1 && first.getText() === '') first.removeFromParent();
}

function headingLevel(h: GoogleAppsScript.Document.ParagraphHeading): 1 | 2 | 3 | 0 {
  const H = DocumentApp.ParagraphHeading;
  if (h === H.HEADING1 || h === H.TITLE) return 1;
  if (h === H.HEADING2 || h === H.SUBTITLE) return 2;
  if (h === H.HEADING3) return 3;
  return 0;
}

/** The curator's template Doc as a model: a table whose first row names no field is its header. */
export function readModel(body: Body): DocumentModel {
  const blocks: Block[] = [];
  const T = DocumentApp.ElementType;
  for (let i = 0; i < body.getNumChildren(); i++) {
    const child = body.getChild(i);
    const type = child.getType();
    if (type === T.LIST_ITEM) {
      const text = child.asListItem().getText();
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list') last.items.push(text);
      else blocks.push({ kind: 'list', items: [text] });
    } else if (type === T.TABLE) {
      const table = child.asTable();
      const rows: string[][] = [];
      for (let r = 0; r < table.getNumRows(); r++) {
        const row = table.getRow(r);
        const cells: string[] = [];
        for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
        rows.push(cells);
      }
      const headed = rows.length > 1 && !rows[0].some((cell) => cell.includes('{{'));
      blocks.push(headed ? { kind: 'table', header: rows[0], rows: rows.slice(1) } : { kind: 'table', rows });
    } else if (type === T.PARAGRAPH) {
      const p = child.asParagraph();
      const text = p.getText();
      const level = headingLevel(p.getHeading());
      if (level) blocks.push({ kind: 'heading', level, text });
      else if (text.trim() === '') continue;
      else {
        const lead = LEAD.exec(text);
        blocks.push(lead ? { kind: 'paragraph', lead: lead[1], text: lead[2] } : { kind: 'paragraph', text });
      }
    }
  }
  const title = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return { title: title?.kind === 'heading' ? title.text : '', blocks };
}
