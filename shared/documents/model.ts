// Documents as plain data: the add-on maps the blocks to Google Docs (headings, paragraphs,
// lists, tables); the CLI and tests render them as text.

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** `lead` is shown bold before the text (`Наставник:` …). */
  | { kind: 'paragraph'; lead?: string; text: string }
  | { kind: 'list'; items: string[] }
  /** `header` is absent for a two-column form such as the practice information card. */
  | { kind: 'table'; header?: string[]; rows: string[][] };

export interface DocumentModel {
  /** The document's name: the first level-1 heading. */
  title: string;
  blocks: Block[];
}
