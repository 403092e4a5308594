// Editable templates are short Markdown-like texts, one block per line:
//   # / ## / ### heading          - list item            **Lead:** paragraph with a bold lead
//   | cell | cell |  table row (a following |---| row makes the first row a header)
//   any other non-empty line is a paragraph; blank lines only separate.
// Placeholders `{{поле}}` stay in the text; fill-template.ts replaces them.
import type { Block, DocumentModel } from './model';

const SEPARATOR_ROW = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

export function parseTemplate(text: string): DocumentModel {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (!line) continue;
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length as 1 | 2 | 3, text: heading[2].trim() });
      continue;
    }
    if (/^[-•]\s+/.test(line)) {
      const item = line.replace(/^[-•]\s+/, '');
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list' && /^[-•]\s+/.test(lines[index - 1]?.trim() ?? '')) last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      let header: string[] | undefined;
      let cursor = index;
      for (; cursor < lines.length && lines[cursor].trim().startsWith('|'); cursor++) {
        const row = lines[cursor].trim();
        if (SEPARATOR_ROW.test(row)) {
          if (rows.length === 1 && !header) header = rows.pop();
          continue;
        }
        rows.push(splitRow(row));
      }
      index = cursor - 1;
      blocks.push(header ? { kind: 'table', header, rows } : { kind: 'table', rows });
      continue;
    }
    const lead = /^\*\*(.+?)\*\*\s*(.*)$/.exec(line);
    blocks.push(lead ? { kind: 'paragraph', lead: lead[1].trim(), text: lead[2] } : { kind: 'paragraph', text: line });
  }
  const title = blocks.find((block) => block.kind === 'heading' && block.level === 1);
  return { title: title && title.kind === 'heading' ? title.text : '', blocks };
}

/** Cells between unescaped pipes; `\|` stands for a pipe inside a cell. */
function splitRow(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.replace(/\\\|/g, '|').trim());
}
