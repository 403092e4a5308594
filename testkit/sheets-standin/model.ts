// In-memory spreadsheets with the semantics of Sheets API v4 that the service relies on:
// grid limits, trimmed value ranges, atomic batchUpdate, frozen rows, cell formats.
import { A1Error, formatA1, parseA1, type A1Range } from './a1';

export type CellValue = string | number | boolean;

export interface GridProperties {
  rowCount: number;
  columnCount: number;
  frozenRowCount?: number;
  frozenColumnCount?: number;
}

export interface SheetProperties {
  sheetId: number;
  title: string;
  index: number;
  sheetType: 'GRID';
  gridProperties: GridProperties;
}

export interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

interface FormatRule {
  range: GridRange;
  format: Record<string, unknown>;
  fields: string;
}

export interface Sheet {
  properties: SheetProperties;
  cells: (CellValue | undefined)[][];
  formats: FormatRule[];
}

/** A request the real API would refuse; the server turns it into HTTP 400 INVALID_ARGUMENT. */
export class BadRequest extends Error {}

export class Spreadsheet {
  sheets: Sheet[] = [];
  version = 1;
  modifiedTime: string;

  constructor(
    readonly id: string,
    public title: string,
    private readonly now: () => number,
  ) {
    this.modifiedTime = new Date(now()).toISOString();
  }

  touch(): void {
    this.version += 1;
    const next = Math.max(this.now(), Date.parse(this.modifiedTime) + 1);
    this.modifiedTime = new Date(next).toISOString();
  }

  sheetByTitle(title: string): Sheet | undefined {
    return this.sheets.find((s) => s.properties.title === title);
  }

  sheetById(id: number): Sheet {
    const sheet = this.sheets.find((s) => s.properties.sheetId === id);
    if (!sheet) throw new BadRequest(`No grid with id: ${id}`);
    return sheet;
  }

  addSheet(props: Partial<SheetProperties> & { gridProperties?: Partial<GridProperties> } = {}): SheetProperties {
    const title = props.title ?? `Лист${this.sheets.length + 1}`;
    if (this.sheetByTitle(title)) {
      throw new BadRequest(`A sheet with the name "${title}" already exists. Please enter another name.`);
    }
    const sheetId = props.sheetId ?? this.freeSheetId();
    if (this.sheets.some((s) => s.properties.sheetId === sheetId)) {
      throw new BadRequest(`Invalid requests: addSheet: sheet with id ${sheetId} already exists`);
    }
    const grid: GridProperties = { rowCount: 1000, columnCount: 26, ...props.gridProperties };
    checkGrid(grid);
    const index = Math.min(props.index ?? this.sheets.length, this.sheets.length);
    const sheet: Sheet = {
      properties: { sheetId, title, index, sheetType: 'GRID', gridProperties: grid },
      cells: [],
      formats: [],
    };
    this.sheets.splice(index, 0, sheet);
    this.reindex();
    return structuredClone(sheet.properties);
  }

  deleteSheet(sheetId: number): void {
    this.sheetById(sheetId);
    if (this.sheets.length === 1) throw new BadRequest("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s.properties.sheetId !== sheetId);
    this.reindex();
  }

  updateSheetProperties(props: Partial<SheetProperties> & { sheetId: number }, fields: string): void {
    const sheet = this.sheetById(props.sheetId);
    const next = structuredClone(sheet.properties) as unknown as Record<string, unknown>;
    applyMask(next, props, fields);
    const updated = next as unknown as SheetProperties;
    if (updated.title !== sheet.properties.title && this.sheetByTitle(updated.title)) {
      throw new BadRequest(`A sheet with the name "${updated.title}" already exists. Please enter another name.`);
    }
    checkGrid(updated.gridProperties);
    sheet.properties = updated;
    sheet.cells = sheet.cells
      .slice(0, updated.gridProperties.rowCount)
      .map((row) => row?.slice(0, updated.gridProperties.columnCount));
    if (updated.index !== undefined) {
      this.sheets = this.sheets.filter((s) => s !== sheet);
      this.sheets.splice(Math.min(updated.index, this.sheets.length), 0, sheet);
      this.reindex();
    }
  }

  repeatCell(range: GridRange, cell: Record<string, unknown>, fields: string): void {
    const sheet = this.sheetById(range.sheetId ?? 0);
    this.checkRange(sheet, range);
    if (!/^userEnteredFormat/.test(fields))
      throw new BadRequest(`stand-in: repeatCell supports userEnteredFormat fields only, got "${fields}"`);
    sheet.formats.push({
      range: { ...range },
      format: (cell.userEnteredFormat ?? {}) as Record<string, unknown>,
      fields,
    });
  }

  /** `updateCells` without rows clears the masked parts of the range (the way clients wipe a block). */
  updateCells(
    range: GridRange | undefined,
    start: GridRange | undefined,
    rows: unknown[] | undefined,
    fields: string,
  ): void {
    const target = range ?? start;
    if (!target) throw new BadRequest('updateCells needs range or start');
    const sheet = this.sheetById(target.sheetId ?? 0);
    this.checkRange(sheet, target);
    if (!rows || rows.length === 0) {
      if (/userEnteredValue|\*/.test(fields)) this.clearCells(sheet, target);
      if (/userEnteredFormat|\*/.test(fields))
        sheet.formats.push({ range: { ...target }, format: {}, fields: 'userEnteredFormat' });
      return;
    }
    rows.forEach((row, i) => {
      const values = (row as { values?: { userEnteredValue?: Record<string, unknown> }[] }).values ?? [];
      values.forEach((c, j) => {
        const v = c.userEnteredValue;
        const value = v ? (v.stringValue ?? v.numberValue ?? v.boolValue ?? v.formulaValue) : undefined;
        this.put(
          sheet,
          (target.startRowIndex ?? 0) + i,
          (target.startColumnIndex ?? 0) + j,
          value as CellValue | undefined,
        );
      });
    });
  }

  /** The values of an A1 range, trimmed like the API: no trailing empty rows or cells. */
  readValues(
    a1: string,
    render: 'UNFORMATTED_VALUE' | 'FORMATTED_VALUE' | 'FORMULA',
  ): { range: string; values?: CellValue[][] } {
    const { sheet, r } = this.resolve(a1);
    const grid = sheet.properties.gridProperties;
    const endRow = Math.min(r.endRow ?? grid.rowCount, grid.rowCount);
    const endCol = Math.min(r.endCol ?? grid.columnCount, grid.columnCount);
    const values: CellValue[][] = [];
    for (let i = r.startRow; i < endRow; i++) {
      const row: CellValue[] = [];
      for (let j = r.startCol; j < endCol; j++) {
        const v = sheet.cells[i]?.[j];
        row.push(v === undefined ? '' : render === 'FORMATTED_VALUE' ? formatted(v) : v);
      }
      while (row.length > 0 && row[row.length - 1] === '') row.pop();
      values.push(row);
    }
    while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
    const range = formatA1(sheet.properties.title, { startRow: r.startRow, startCol: r.startCol, endRow, endCol });
    return values.length > 0 ? { range, values } : { range };
  }

  writeValues(
    a1: string,
    values: unknown[][],
    input: string,
  ): { updatedRange: string; updatedRows: number; updatedColumns: number; updatedCells: number } {
    const { sheet, r } = this.resolve(a1);
    const grid = sheet.properties.gridProperties;
    const rows = values.length;
    const cols = Math.max(0, ...values.map((row) => row.length));
    const endRow = r.startRow + rows;
    const endCol = r.startCol + cols;
    // A single cell is an anchor (the block grows from it); a larger range bounds the write.
    const anchor = r.endRow === r.startRow + 1 && r.endCol === r.startCol + 1;
    if (!anchor && ((r.endRow !== undefined && endRow > r.endRow) || (r.endCol !== undefined && endCol > r.endCol))) {
      throw new BadRequest(`Requested writing within range [${a1}], but tried writing beyond it`);
    }
    if (endRow > grid.rowCount || endCol > grid.columnCount) {
      throw new BadRequest(
        `Range (${formatA1(sheet.properties.title, { startRow: r.startRow, startCol: r.startCol, endRow, endCol })}) exceeds grid limits. Max rows: ${grid.rowCount}, max columns: ${grid.columnCount}`,
      );
    }
    let cells = 0;
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined) return;
        if (typeof v === 'object')
          throw new BadRequest(`Invalid values[${i}][${j}]: struct_value ${JSON.stringify(v)}`);
        this.put(
          sheet,
          r.startRow + i,
          r.startCol + j,
          input === 'USER_ENTERED' ? userEntered(v as CellValue) : (v as CellValue),
        );
        cells += 1;
      }),
    );
    const updatedRange = formatA1(sheet.properties.title, {
      startRow: r.startRow,
      startCol: r.startCol,
      endRow,
      endCol: Math.max(endCol, r.startCol + 1),
    });
    return { updatedRange, updatedRows: rows, updatedColumns: cols, updatedCells: cells };
  }

  clearValues(a1: string): string {
    const { sheet, r } = this.resolve(a1);
    const grid = sheet.properties.gridProperties;
    this.clearCells(sheet, {
      startRowIndex: r.startRow,
      endRowIndex: r.endRow,
      startColumnIndex: r.startCol,
      endColumnIndex: r.endCol,
    });
    return formatA1(sheet.properties.title, {
      startRow: r.startRow,
      startCol: r.startCol,
      endRow: Math.min(r.endRow ?? grid.rowCount, grid.rowCount),
      endCol: Math.min(r.endCol ?? grid.columnCount, grid.columnCount),
    });
  }

  /** The effective `userEnteredFormat` of one cell, after every repeatCell that covered it. */
  formatAt(title: string, row: number, col: number): Record<string, unknown> {
    const sheet = this.sheetByTitle(title);
    if (!sheet) throw new Error(`no sheet ${title}`);
    let format: Record<string, unknown> = {};
    for (const rule of sheet.formats) {
      if (!inRange(rule.range, row, col)) continue;
      const target = { userEnteredFormat: format } as Record<string, unknown>;
      applyMask(target, { userEnteredFormat: rule.format }, rule.fields);
      format = (target.userEnteredFormat ?? {}) as Record<string, unknown>;
    }
    return format;
  }

  clone(): Spreadsheet {
    const copy = new Spreadsheet(this.id, this.title, this.now);
    copy.sheets = structuredClone(this.sheets);
    copy.version = this.version;
    copy.modifiedTime = this.modifiedTime;
    return copy;
  }

  private resolve(a1: string): { sheet: Sheet; r: A1Range } {
    let r: A1Range;
    try {
      r = parseA1(a1);
    } catch (e) {
      if (e instanceof A1Error) throw new BadRequest(e.message);
      throw e;
    }
    const sheet = r.sheetTitle === undefined ? this.sheets[0] : this.sheetByTitle(r.sheetTitle);
    if (!sheet) throw new BadRequest(`Unable to parse range: ${a1}`);
    return { sheet, r };
  }

  private checkRange(sheet: Sheet, range: GridRange): void {
    const g = sheet.properties.gridProperties;
    if ((range.endRowIndex ?? 0) > g.rowCount || (range.endColumnIndex ?? 0) > g.columnCount) {
      throw new BadRequest(`Range exceeds grid limits. Max rows: ${g.rowCount}, max columns: ${g.columnCount}`);
    }
  }

  private clearCells(sheet: Sheet, range: GridRange): void {
    const endRow = Math.min(range.endRowIndex ?? sheet.cells.length, sheet.cells.length);
    for (let i = range.startRowIndex ?? 0; i < endRow; i++) {
      const row = sheet.cells[i];
      if (!row) continue;
      const endCol = Math.min(range.endColumnIndex ?? row.length, row.length);
      for (let j = range.startColumnIndex ?? 0; j < endCol; j++) row[j] = undefined;
    }
  }

  private put(sheet: Sheet, row: number, col: number, value: CellValue | undefined): void {
    const g = sheet.properties.gridProperties;
    if (row >= g.rowCount || col >= g.columnCount) throw new BadRequest('Range exceeds grid limits');
    (sheet.cells[row] ??= [])[col] = value === '' ? undefined : value;
  }

  private freeSheetId(): number {
    let id = 1;
    while (this.sheets.some((s) => s.properties.sheetId === id)) id += 1;
    return id;
  }

  private reindex(): void {
    this.sheets.forEach((s, i) => (s.properties.index = i));
  }
}

function checkGrid(g: GridProperties): void {
  if (!(g.rowCount >= 1 && g.columnCount >= 1))
    throw new BadRequest('Invalid grid size: rowCount and columnCount must be positive');
  if ((g.frozenRowCount ?? 0) >= g.rowCount) throw new BadRequest("You can't freeze all visible rows on the sheet.");
  if ((g.frozenColumnCount ?? 0) >= g.columnCount)
    throw new BadRequest("You can't freeze all visible columns on the sheet.");
}

function inRange(r: GridRange, row: number, col: number): boolean {
  return (
    row >= (r.startRowIndex ?? 0) &&
    row < (r.endRowIndex ?? Infinity) &&
    col >= (r.startColumnIndex ?? 0) &&
    col < (r.endColumnIndex ?? Infinity)
  );
}

function formatted(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function userEntered(v: CellValue): CellValue {
  if (typeof v !== 'string') return v;
  if (/^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  if (/^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
  return v;
}

/** Field masks as the API takes them: `a.b`, `a(b,c)`, `*`. Missing source fields are reset. */
export function applyMask(target: Record<string, unknown>, source: Record<string, unknown>, fields: string): void {
  for (const path of expandMask(fields)) {
    if (path === '*') {
      Object.assign(target, structuredClone(source));
      continue;
    }
    const keys = path.split('.');
    let t = target;
    let s: Record<string, unknown> | undefined = source;
    for (const key of keys.slice(0, -1)) {
      t = (t[key] ??= {}) as Record<string, unknown>;
      s = s?.[key] as Record<string, unknown> | undefined;
    }
    const last = keys[keys.length - 1];
    const value = s?.[last];
    if (value === undefined) delete t[last];
    else t[last] = structuredClone(value);
  }
}

function expandMask(fields: string): string[] {
  const out: string[] = [];
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of fields.replace(/\s+/g, '')) {
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
      continue;
    }
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    cur += ch;
  }
  if (cur) parts.push(cur);
  for (const part of parts) {
    const open = part.indexOf('(');
    if (open < 0) {
      out.push(part);
      continue;
    }
    const prefix = part.slice(0, open);
    for (const inner of expandMask(part.slice(open + 1, -1))) out.push(`${prefix}.${inner}`);
  }
  return out;
}
