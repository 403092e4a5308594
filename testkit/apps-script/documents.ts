// DocumentApp stand-in: a body of paragraphs, list items and tables; text search, exact in-place
// edits (Text.deleteText / insertText) and a plain-text view for assertions.
import type { CallLog } from './calls';
import type { DriveStore } from './drive';
import { MimeType } from './drive';

export const ParagraphHeading = {
  NORMAL: 'NORMAL',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
} as const;
export const HorizontalAlignment = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' } as const;
export const ElementType = {
  BODY_SECTION: 'BODY_SECTION',
  PARAGRAPH: 'PARAGRAPH',
  LIST_ITEM: 'LIST_ITEM',
  TABLE: 'TABLE',
  TABLE_ROW: 'TABLE_ROW',
  TABLE_CELL: 'TABLE_CELL',
  TEXT: 'TEXT',
} as const;

/** The run of text inside a paragraph, list item or table cell. */
class TextImpl {
  readonly _self = this;
  _bold = false;
  _fontSize: number | null = null;
  constructor(
    readonly _log: CallLog,
    private readonly owner: { _text: string; _api: object },
  ) {}
  private api() {
    return this._log.wrap('Text', this);
  }
  getText() {
    return this.owner._text;
  }
  setText(t: string) {
    this.owner._text = String(t);
    return this.api();
  }
  getType() {
    return ElementType.TEXT;
  }
  getParent() {
    return this.owner._api;
  }
  asText() {
    return this.api();
  }
  deleteText(start: number, endInclusive: number) {
    const t = this.owner._text;
    if (start < 0 || endInclusive >= t.length || start > endInclusive)
      throw new Error(`Index (${start}..${endInclusive}) out of bounds for text of length ${t.length}.`);
    this.owner._text = t.slice(0, start) + t.slice(endInclusive + 1);
    return this.api();
  }
  insertText(offset: number, text: string) {
    const t = this.owner._text;
    if (offset < 0 || offset > t.length)
      throw new Error(`Offset ${offset} out of bounds for text of length ${t.length}.`);
    this.owner._text = t.slice(0, offset) + String(text) + t.slice(offset);
    return this.api();
  }
  appendText(text: string) {
    this.owner._text += String(text);
    return this.api();
  }
  setBold(bold: boolean) {
    this._bold = bold;
    return this.api();
  }
  isBold() {
    return this._bold;
  }
  setFontSize(size: number) {
    this._fontSize = size;
    return this.api();
  }
}

abstract class ElementBase {
  readonly _self = this;
  _parent: BodyImpl | null = null;
  _api: object;
  constructor(
    readonly _log: CallLog,
    kind: string,
  ) {
    this._api = _log.wrap(kind, this);
  }
  abstract _plain(): string;
  getParent() {
    return this._parent?._api ?? null;
  }
  removeFromParent() {
    const parent = this._parent;
    if (!parent) return this._api;
    if (parent._children.length === 1) throw new Error("Can't remove the last paragraph in a document section.");
    parent._children.splice(parent._children.indexOf(this as unknown as Child), 1);
    this._parent = null;
    return this._api;
  }
}

class ParagraphImpl extends ElementBase {
  _heading: string = ParagraphHeading.NORMAL;
  _alignment: string = HorizontalAlignment.LEFT;
  readonly _textEl: TextImpl;
  constructor(
    log: CallLog,
    public _text: string,
    private readonly kind: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH',
  ) {
    super(log, kind === 'PARAGRAPH' ? 'Paragraph' : 'ListItem');
    this._textEl = new TextImpl(log, this);
  }
  _plain() {
    return this._text;
  }
  getType() {
    return this.kind;
  }
  getText() {
    return this._text;
  }
  setText(t: string) {
    this._text = String(t);
    return this._api;
  }
  appendText(t: string) {
    this._text += String(t);
    return this._log.wrap('Text', this._textEl);
  }
  editAsText() {
    return this._log.wrap('Text', this._textEl);
  }
  asParagraph() {
    return this._api;
  }
  asListItem() {
    return this._api;
  }
  setHeading(h: string) {
    this._heading = h;
    return this._api;
  }
  getHeading() {
    return this._heading;
  }
  setAlignment(a: string) {
    this._alignment = a;
    return this._api;
  }
  getAlignment() {
    return this._alignment;
  }
  setBold(b: boolean) {
    this._textEl._bold = b;
    return this._api;
  }
}

class TableCellImpl extends ElementBase {
  readonly _textEl: TextImpl;
  _background: string | null = null;
  constructor(
    log: CallLog,
    public _text: string,
  ) {
    super(log, 'TableCell');
    this._textEl = new TextImpl(log, this);
  }
  _plain() {
    return this._text;
  }
  getType() {
    return ElementType.TABLE_CELL;
  }
  getText() {
    return this._text;
  }
  setText(t: string) {
    this._text = String(t);
    return this._api;
  }
  editAsText() {
    return this._log.wrap('Text', this._textEl);
  }
  setBackgroundColor(c: string) {
    this._background = c;
    return this._api;
  }
}

class TableRowImpl {
  readonly _self = this;
  constructor(
    private readonly log: CallLog,
    readonly _cells: TableCellImpl[],
  ) {}
  getNumCells() {
    return this._cells.length;
  }
  getCell(i: number) {
    const c = this._cells[i];
    if (!c)
      throw new Error(`Child index (${i}) must be less than the number of child elements (${this._cells.length}).`);
    return c._api;
  }
  appendTableCell(text = '') {
    const c = new TableCellImpl(this.log, text);
    this._cells.push(c);
    return c._api;
  }
  getText() {
    return this._cells.map((c) => c._text).join('\t');
  }
  editAsText() {
    const row = this;
    return this.log.wrap('Text', {
      setBold(b: boolean) {
        row._cells.forEach((c) => (c._textEl._bold = b));
        return this;
      },
    });
  }
}

class TableImpl extends ElementBase {
  readonly _rows: TableRowImpl[];
  _borderWidth = 1;
  readonly _columnWidths = new Map<number, number>();
  constructor(log: CallLog, cells: string[][]) {
    super(log, 'Table');
    this._rows = cells.map((r) => this.row(r));
  }
  private row(texts: string[]) {
    const row = new TableRowImpl(
      this._log,
      texts.map((t) => new TableCellImpl(this._log, String(t))),
    );
    return row;
  }
  _plain() {
    return this._rows.map((r) => r.getText()).join('\n');
  }
  getType() {
    return ElementType.TABLE;
  }
  asTable() {
    return this._api;
  }
  getNumRows() {
    return this._rows.length;
  }
  getRow(i: number) {
    const r = this._rows[i];
    if (!r)
      throw new Error(`Child index (${i}) must be less than the number of child elements (${this._rows.length}).`);
    return this._log.wrap('TableRow', r);
  }
  getCell(row: number, cell: number) {
    return this.getRow(row).getCell(cell);
  }
  appendTableRow(cells?: string[]) {
    const r = this.row(cells ?? []);
    this._rows.push(r);
    return this._log.wrap('TableRow', r);
  }
  getText() {
    return this._plain();
  }
  setBorderWidth(w: number) {
    this._borderWidth = w;
    return this._api;
  }
  setColumnWidth(col: number, w: number) {
    this._columnWidths.set(col, w);
    return this._api;
  }
}

type Child = ParagraphImpl | TableImpl;

function rangeElement(log: CallLog, text: TextImpl, start: number, end: number) {
  return log.wrap('RangeElement', {
    getElement: () => log.wrap('Text', text),
    getStartOffset: () => start,
    getEndOffsetInclusive: () => end,
    isPartial: () => true,
  });
}

class BodyImpl {
  readonly _self = this;
  _children: Child[] = [];
  readonly _api: object;
  constructor(private readonly log: CallLog) {
    this._api = log.wrap('Body', this);
    this.append(new ParagraphImpl(log, ''));
  }
  private append<T extends Child>(el: T, index?: number): T {
    el._parent = this;
    if (index === undefined) this._children.push(el);
    else {
      if (index < 0 || index > this._children.length) throw new Error(`Index (${index}) out of bounds.`);
      this._children.splice(index, 0, el);
    }
    return el;
  }
  _clone(log: CallLog): BodyImpl {
    const b = new BodyImpl(log);
    b._children = [];
    for (const c of this._children) {
      if (c instanceof TableImpl) {
        const t = b.append(
          new TableImpl(
            log,
            c._rows.map((r) => r._cells.map((x) => x._text)),
          ),
        );
        t._borderWidth = c._borderWidth;
      } else {
        const p = b.append(new ParagraphImpl(log, c._text, c.getType()));
        p._heading = c._heading;
        p._alignment = c._alignment;
        p._textEl._bold = c._textEl._bold;
      }
    }
    return b;
  }
  _plain(): string {
    return this._children.map((c) => c._plain()).join('\n');
  }
  private texts(): TextImpl[] {
    return this._children.flatMap((c) =>
      c instanceof TableImpl ? c._rows.flatMap((r) => r._cells.map((x) => x._textEl)) : [c._textEl],
    );
  }

  getType() {
    return ElementType.BODY_SECTION;
  }
  getText() {
    return this._plain();
  }
  getNumChildren() {
    return this._children.length;
  }
  getChild(i: number) {
    const c = this._children[i];
    if (!c)
      throw new Error(`Child index (${i}) must be less than the number of child elements (${this._children.length}).`);
    return c._api;
  }
  getChildIndex(el: { _self?: unknown }) {
    const i = this._children.indexOf(el._self as Child);
    if (i < 0) throw new Error('Element is not a child of this body.');
    return i;
  }
  getParagraphs() {
    return this._children.filter((c): c is ParagraphImpl => c instanceof ParagraphImpl).map((p) => p._api);
  }
  getTables() {
    return this._children.filter((c): c is TableImpl => c instanceof TableImpl).map((t) => t._api);
  }
  appendParagraph(text: string) {
    return this.append(new ParagraphImpl(this.log, String(text)))._api;
  }
  insertParagraph(index: number, text: string) {
    return this.append(new ParagraphImpl(this.log, String(text)), index)._api;
  }
  appendListItem(text: string) {
    return this.append(new ParagraphImpl(this.log, String(text), 'LIST_ITEM'))._api;
  }
  appendTable(cells?: string[][]) {
    return this.append(new TableImpl(this.log, checkCells(cells ?? [])))._api;
  }
  insertTable(index: number, cells?: string[][]) {
    return this.append(new TableImpl(this.log, checkCells(cells ?? [])), index)._api;
  }
  appendPageBreak() {
    return this.log.wrap('PageBreak', {});
  }
  clear() {
    this._children = [];
    this.append(new ParagraphImpl(this.log, ''));
    return this._api;
  }
  /** Regular expression search (RE2 in Apps Script; JS RegExp here, same for plain placeholders). */
  findText(pattern: string, from?: { getElement(): { _self?: unknown } }) {
    const re = new RegExp(pattern);
    const texts = this.texts();
    let startAt = 0;
    if (from) startAt = texts.indexOf(from.getElement()._self as TextImpl) + 1;
    for (let i = startAt; i < texts.length; i++) {
      const m = re.exec(texts[i].getText());
      if (m) return rangeElement(this.log, texts[i], m.index, m.index + m[0].length - 1);
    }
    return null;
  }
  replaceText(pattern: string, replacement: string) {
    const re = new RegExp(pattern, 'g');
    for (const t of this.texts()) t.setText(t.getText().replace(re, () => replacement));
    return this._api;
  }
  editAsText() {
    return this.log.wrap('Text', new TextImpl(this.log, { _text: this._plain(), _api: this._api }));
  }
}

function checkCells(cells: string[][]): string[][] {
  cells.forEach((row, i) => {
    if (!Array.isArray(row)) throw new Error(`Table cells must be string[][] (row ${i}).`);
    row.forEach((c, j) => {
      if (typeof c !== 'string')
        throw new Error(`Table cell [${i}][${j}] is ${typeof c}; Apps Script expects strings.`);
    });
  });
  return cells;
}

/**
 * Documents created per user per day: 250 on consumer accounts, 1,500 on Google Workspace
 * (https://developers.google.com/apps-script/guides/services/quotas). Apps Script then throws
 * "Service invoked too many times for one day: docs create." (the wording users report; the page
 * lists the quota, not the text). Conservatively the stand-in counts Docs made through the Drive
 * REST API (files.create / files.copy) against the same quota: Google documents no separate figure.
 */
export const DOCS_PER_DAY = 250;
export const DOCS_QUOTA_MESSAGE = 'Service invoked too many times for one day: docs create.';

export class DocumentStore {
  readonly bodies = new Map<string, BodyImpl>();
  docsPerDay = DOCS_PER_DAY;
  /** Docs created today, per user. */
  readonly createdToday = new Map<string, number>();
  constructor(
    private readonly log: CallLog,
    private readonly drive: DriveStore,
  ) {}
  /** Counts one more Doc for the current user; false when the daily quota is spent. */
  takeQuota(): boolean {
    const user = this.drive.identity.current;
    const made = this.createdToday.get(user) ?? 0;
    if (made >= this.docsPerDay) return false;
    this.createdToday.set(user, made + 1);
    return true;
  }
  create(name: string, parent?: string, viaApi = false): string {
    const id = this.drive.newId('doc');
    const entry = this.drive.add({ id, name, mimeType: MimeType.GOOGLE_DOCS, byApp: true, parent, viaApi });
    entry.cloneContent = (fromId, toId) => {
      const body = this.bodies.get(fromId);
      if (body) this.bodies.set(toId, body._clone(this.log));
    };
    this.bodies.set(id, new BodyImpl(this.log));
    return id;
  }
  /** Plain text of a document: paragraphs by line, table cells separated by tabs. */
  text(id: string): string {
    const body = this.bodies.get(id);
    if (!body) throw new Error(`No document ${id}`);
    return body._plain();
  }
  /** The document's tables as string grids. */
  tables(id: string): string[][][] {
    const body = this.bodies.get(id);
    if (!body) throw new Error(`No document ${id}`);
    return body._children
      .filter((c): c is TableImpl => c instanceof TableImpl)
      .map((t) => t._rows.map((r) => r._cells.map((c) => c._text)));
  }
}

class DocumentImpl {
  constructor(
    private readonly store: DocumentStore,
    private readonly drive: DriveStore,
    private readonly id: string,
  ) {}
  getId() {
    return this.id;
  }
  getName() {
    return this.drive.entries.get(this.id)!.name;
  }
  setName(name: string) {
    this.drive.entries.get(this.id)!.name = name;
  }
  getUrl() {
    return this.drive.urlOf(this.drive.entries.get(this.id)!);
  }
  getBody() {
    return this.store.bodies.get(this.id)!._api;
  }
  saveAndClose() {}
}

export class DocumentAppImpl {
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ElementType = ElementType;
  constructor(
    private readonly log: CallLog,
    private readonly store: DocumentStore,
    private readonly drive: DriveStore,
  ) {}
  create(name: string) {
    if (!this.store.takeQuota()) throw new Error(DOCS_QUOTA_MESSAGE);
    const id = this.store.create(name);
    return this.log.wrap('Document', new DocumentImpl(this.store, this.drive, id));
  }
  /**
   * The `documents` scope reaches every Doc the user may open: their own and those shared with them;
   * another user's unshared Doc answers as Google does.
   */
  openById(id: string) {
    const e = this.drive.reachable(id);
    if (e.mimeType !== MimeType.GOOGLE_DOCS) throw new Error(`Document ${id} is not a Google Doc.`);
    if (!this.drive.canOpen(e))
      throw new Error("Document is missing (perhaps it was deleted, or you don't have read access?)");
    return this.log.wrap('Document', new DocumentImpl(this.store, this.drive, id));
  }
}
