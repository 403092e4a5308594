// A document as Markdown-like text: for the CLI (documents next to an .xlsx workspace) and tests.
import type { DocumentModel } from './model';

export function renderText(document: DocumentModel): string {
  const parts: string[] = [];
  for (const block of document.blocks) {
    switch (block.kind) {
      case 'heading':
        parts.push(`${'#'.repeat(block.level)} ${block.text}`);
        break;
      case 'paragraph':
        parts.push(block.lead === undefined ? block.text : `**${block.lead}** ${block.text}`.trimEnd());
        break;
      case 'list':
        parts.push(block.items.map((item) => `- ${item}`).join('\n'));
        break;
      case 'table': {
        const row = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
        const lines = block.header ? [row(block.header), row(block.header.map(() => '---'))] : [];
        parts.push([...lines, ...block.rows.map(row)].join('\n'));
        break;
      }
    }
  }
  return `${parts.join('\n\n')}\n`;
}
