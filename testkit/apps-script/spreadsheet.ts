// SpreadsheetApp stand-in: spreadsheets, sheets, A1 ranges, values, number formats, validation,
// protection, frozen rows and column widths. Every public call is counted by CallLog.
import type { CallLog } from './calls';
import type { GridRange } from './a1';
import { parseA1, toA1 } from './a1';
import type { CellValue } from './values';
import { checkWritable, displayValue, isDate, readValue, storeValue, type Stored } from './values';

interface Rule<T> {
  g: GridRange;
  value: T;
}

function contains(g: GridRange, row: number, col: number): boolean {
  return row >= g.row && row < g.row + g.numRows && col >= g.column && col < g.column + g.numColumns;
}

/** Per-cell properties stored as "applied to range" rules; the last rule covering a cell wins. */
class RuleLayer<T> {
  private rules: Rule<T | null>[] = [];
  set(g: GridRange, value: T | null): void {
    this.rules.push({ g: { ...g }, value });
  }
  at(row: number, col: number): T | null {
    for (let i = this.rules.length - 1; i >= 0; i--)
      if (contains(this.rules[i].g, row, col)) return this.rules[i].value;
    return null;
  }
}

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  CHECKBOX: 'CHECKBOX',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
} as const;
type Criteria = (typeof DataValidationCriteria)[keyof typeof DataValidationCriteria];

export class DataValidationImpl {
  constructor(
    readonly _criteria: Criteria,
    readonly _args: unknown[],
    readonly _allowInvalid: boolean,
    readonly _helpText: string,
  ) {}
  getCriteriaType() {
    return this._criteria;
  }
  getCriteriaValues() {
    return [...this._args];
  }
  getAllowInvalid() {
    return this._allowInvalid;
  }
  getHelpText() {
    return this._helpText;
  }
  _accepts(v: CellValue): boolean {
    if (v === '') return true;
    switch (this._criteria) {
      case 'VALUE_IN_LIST':
        return (this._args[0] as unknown[]).map(String).includes(String(v));
      case 'NUMBER_BETWEEN':
        return typeof v === 'number' && v >= (this._args[0] as number) && v <= (this._args[1] as number);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return typeof v === 'number' && v >= (this._args[0] as number);
      case 'CHECKBOX':
        return typeof v === 'boolean';
      case 'DATE_IS_VALID_DATE':
        return isDate(v);
    }
  }
}

export class DataValidationBuilderImpl {
  private criteria: Criteria | null = null;
  private args: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';
  constructor(private readonly log: CallLog) {}
  private set(c: Criteria, args: unknown[]) {
    this.criteria = c;
    this.args = args;
    return this.log.wrap('DataValidationBuilder', this);
  }
  requireValueInList(values: string[], showDropdown = true) {
    return this.set('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireNumberBetween(start: number, end: number) {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireCheckbox() {
    return this.set('CHECKBOX', []);
  }
  requireDate() {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  setAllowInvalid(allow: boolean) {
    this.allowInvalid = allow;
    return this.log.wrap('DataValidationBuilder', this);
  }
  setHelpText(text: string) {
    this.helpText = text;
    return this.log.wrap('DataValidationBuilder', this);
  }
  build() {
    if (!this.criteria) throw new Error('DataValidationBuilder.build: no criteria set.');
    return this.log.wrap(
      'DataValidation',
      new DataValidationImpl(this.criteria, this.args, this.allowInvalid, this.helpText),
    );
  }
}

export class ProtectionImpl {
  _description = '';
  _warningOnly = false;
  _removed = false;
  constructor(
    private readonly sheet: SheetImpl,
    readonly _type: 'RANGE' | 'SHEET',
    public _g: GridRange | null,
  ) {}
  setRange(range: RangeImpl) {
    if (range._sheet !== this.sheet) throw new Error('The protected range must be on the same sheet.');
    this._g = { ...range._g };
    return this.sheet._log.wrap('Protection', this);
  }
  setDescription(d: string) {
    this._description = d;
    return this.sheet._log.wrap('Protection', this);
  }
  getDescription() {
    return this._description;
  }
  setWarningOnly(w: boolean) {
    this._warningOnly = w;
    return this.sheet._log.wrap('Protection', this);
  }
  isWarningOnly() {
    return this._warningOnly;
  }
  getProtectionType() {
    return this._type;
  }
  getRange() {
    return this._g
      ? this.sheet._range(this._g)
      : this.sheet._range({ row: 1, column: 1, numRows: this.sheet._maxRows, numColumns: this.sheet._maxColumns });
  }
  canEdit() {
    return true;
  }
  remove() {
    this._removed = true;
  }
}

export class RangeImpl {
  constructor(
    readonly _sheet: SheetImpl,
    readonly _g: GridRange,
  ) {}
  private get log() {
    return this._sheet._log;
  }
  private cells<T>(fn: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this._g.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this._g.numColumns; c++) line.push(fn(this._g.row + r, this._g.column + c));
      out.push(line);
    }
    return out;
  }
  private size() {
    return this._g.numRows * this._g.numColumns;
  }
  getSheet() {
    return this._sheet._api;
  }
  getRow() {
    return this._g.row;
  }
  getColumn() {
    return this._g.column;
  }
  getLastRow() {
    return this._g.row + this._g.numRows - 1;
  }
  getLastColumn() {
    return this._g.column + this._g.numColumns - 1;
  }
  getNumRows() {
    return this._g.numRows;
  }
  getNumColumns() {
    return this._g.numColumns;
  }
  getA1Notation() {
    return toA1(this._g);
  }
  getValues(): CellValue[][] {
    this.log.data('read', this._sheet._name, toA1(this._g), this.size());
    return this.cells((r, c) => readValue(this._sheet._cells[r - 1]?.[c - 1]));
  }
  getDisplayValues(): string[][] {
    this.log.data('read', this._sheet._name, toA1(this._g), this.size());
    return this.cells((r, c) => displayValue(this._sheet._cells[r - 1]?.[c - 1]));
  }
  getValue(): CellValue {
    this.log.data('read', this._sheet._name, toA1(this._g), 1);
    return readValue(this._sheet._cells[this._g.row - 1]?.[this._g.column - 1]);
  }
  setValues(values: unknown[][]) {
    if (!Array.isArray(values) || values.length !== this._g.numRows) {
      const n = Array.isArray(values) ? values.length : 'no array';
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${n} but the range has ${this._g.numRows}.`,
      );
    }
    values.forEach((line) => {
      if (!Array.isArray(line) || line.length !== this._g.numColumns) {
        const n = Array.isArray(line) ? line.length : 'no array';
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${this._g.numColumns}.`,
        );
      }
    });
    this._write((r, c) => values[r - this._g.row][c - this._g.column]);
    return this.log.wrap('Range', this);
  }
  setValue(value: unknown) {
    this._write(() => value);
    return this.log.wrap('Range', this);
  }
  private _write(valueAt: (row: number, col: number) => unknown) {
    const stored: Stored[][] = [];
    const timeZone = this._sheet._spreadsheet._timeZone;
    for (let r = this._g.row; r < this._g.row + this._g.numRows; r++) {
      const line: Stored[] = [];
      for (let c = this._g.column; c < this._g.column + this._g.numColumns; c++) {
        const a1 = toA1({ row: r, column: c, numRows: 1, numColumns: 1 });
        const raw = valueAt(r, c);
        checkWritable(raw, a1);
        const cell = storeValue(raw, this._sheet._formats.at(r, c) ?? undefined, timeZone);
        const rule = this._sheet._validations.at(r, c);
        if (rule && !rule._allowInvalid && !rule._accepts(cell.value)) {
          throw new Error(`The data you entered in cell ${a1} violates the data validation rules set on this cell.`);
        }
        line.push(cell);
      }
      stored.push(line);
    }
    this.log.data('write', this._sheet._name, toA1(this._g), this.size());
    stored.forEach((line, i) => {
      const rowIndex = this._g.row - 1 + i;
      const row = (this._sheet._cells[rowIndex] ??= []);
      const formulas = (this._sheet._formulas[rowIndex] ??= []);
      line.forEach((cell, j) => {
        row[this._g.column - 1 + j] = cell.value;
        formulas[this._g.column - 1 + j] = cell.formula ?? '';
      });
    });
  }
  /** The formulas of the cells ('' where a cell holds a plain value). */
  getFormulas(): string[][] {
    return this.cells((r, c) => this._sheet._formulas[r - 1]?.[c - 1] ?? '');
  }
  getFormula(): string {
    return this._sheet._formulas[this._g.row - 1]?.[this._g.column - 1] ?? '';
  }
  clearContent() {
    this._write(() => '');
    return this.log.wrap('Range', this);
  }
  setNumberFormat(format: string) {
    this._sheet._formats.set(this._g, format);
    return this.log.wrap('Range', this);
  }
  setNumberFormats(formats: string[][]) {
    const g = this._g;
    if (
      !Array.isArray(formats) ||
      formats.length !== g.numRows ||
      formats.some((row) => !Array.isArray(row) || row.length !== g.numColumns)
    ) {
      throw new Error(
        `The number of rows or columns in the data does not match the range (${g.numRows}×${g.numColumns}).`,
      );
    }
    formats.forEach((row, r) =>
      row.forEach((f, c) =>
        this._sheet._formats.set({ row: g.row + r, column: g.column + c, numRows: 1, numColumns: 1 }, f),
      ),
    );
    return this.log.wrap('Range', this);
  }
  getNumberFormat() {
    return this._sheet._formats.at(this._g.row, this._g.column) ?? 'General';
  }
  getNumberFormats() {
    return this.cells((r, c) => this._sheet._formats.at(r, c) ?? 'General');
  }
  setDataValidation(rule: DataValidationImpl | null) {
    this._sheet._validations.set(this._g, rule);
    return this.log.wrap('Range', this);
  }
  getDataValidation() {
    const v = this._sheet._validations.at(this._g.row, this._g.column);
    return v ? this.log.wrap('DataValidation', v) : null;
  }
  getDataValidations() {
    return this.cells((r, c) => {
      const v = this._sheet._validations.at(r, c);
      return v ? this.log.wrap('DataValidation', v) : null;
    });
  }
  clearDataValidations() {
    this._sheet._validations.set(this._g, null);
    return this.log.wrap('Range', this);
  }
  private style(prop: string, value: unknown) {
    this._sheet._style(prop).set(this._g, value);
    return this.log.wrap('Range', this);
  }
  private styleAt(prop: string, fallback: unknown) {
    return this._sheet._style(prop).at(this._g.row, this._g.column) ?? fallback;
  }
  setFontWeight(w: string) {
    return this.style('fontWeight', w);
  }
  getFontWeight() {
    return this.styleAt('fontWeight', 'normal');
  }
  setBackground(color: string | null) {
    return this.style('background', color);
  }
  getBackground() {
    return this.styleAt('background', '#ffffff');
  }
  getBackgrounds() {
    return this.cells((r, c) => this._sheet._style('background').at(r, c) ?? '#ffffff');
  }
  setFontColor(color: string) {
    return this.style('fontColor', color);
  }
  setWrap(wrap: boolean) {
    return this.style('wrap', wrap);
  }
  getWrap() {
    return this.styleAt('wrap', false);
  }
  setHorizontalAlignment(a: string) {
    return this.style('horizontalAlignment', a);
  }
  setVerticalAlignment(a: string) {
    return this.style('verticalAlignment', a);
  }
  setNote(note: string) {
    return this.style('note', note);
  }
  getNote() {
    return this.styleAt('note', '');
  }
  protect() {
    const p = new ProtectionImpl(this._sheet, 'RANGE', { ...this._g });
    this._sheet._protections.push(p);
    return this.log.wrap('Protection', p);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    return this._sheet._range({
      row: this._g.row + rowOffset,
      column: this._g.column + columnOffset,
      numRows: numRows ?? this._g.numRows,
      numColumns: numColumns ?? this._g.numColumns,
    });
  }
  activate() {
    return this.log.wrap('Range', this);
  }
}

export class SheetImpl {
  _cells: CellValue[][] = [];
  /** Formulas by cell, '' or missing for plain values. */
  _formulas: string[][] = [];
  _formats = new RuleLayer<string>();
  _validations = new RuleLayer<DataValidationImpl>();
  private styles = new Map<string, RuleLayer<unknown>>();
  _protections: ProtectionImpl[] = [];
  _frozenRows = 0;
  _frozenColumns = 0;
  _widths = new Map<number, number>();
  _formUrl: string | null = null;
  _hidden = false;
  _tabColor: string | null = null;
  readonly _api: SheetImpl;

  constructor(
    readonly _spreadsheet: SpreadsheetImpl,
    public _name: string,
    readonly _id: number,
    public _maxRows = 1000,
    public _maxColumns = 26,
  ) {
    this._api = _spreadsheet._log.wrap('Sheet', this);
  }
  get _log() {
    return this._spreadsheet._log;
  }
  _style(prop: string): RuleLayer<unknown> {
    let layer = this.styles.get(prop);
    if (!layer) this.styles.set(prop, (layer = new RuleLayer<unknown>()));
    return layer;
  }
  _range(g: GridRange) {
    if (g.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (g.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (
      g.row < 1 ||
      g.column < 1 ||
      g.row + g.numRows - 1 > this._maxRows ||
      g.column + g.numColumns - 1 > this._maxColumns
    ) {
      throw new Error(
        `The coordinates of the range are outside the dimensions of the sheet. (${this._name}!${toA1(g)}; sheet has ${this._maxRows} rows × ${this._maxColumns} columns)`,
      );
    }
    return this._log.wrap('Range', new RangeImpl(this, g));
  }
  _lastRow(): number {
    for (let r = this._cells.length; r > 0; r--)
      if (this._cells[r - 1]?.some((v) => v !== '' && v !== undefined)) return r;
    return 0;
  }
  _lastColumn(): number {
    let last = 0;
    for (const row of this._cells) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (row[c - 1] !== '' && row[c - 1] !== undefined) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  getName() {
    return this._name;
  }
  setName(name: string) {
    this._spreadsheet._checkFreeName(name, this);
    this._name = name;
    return this._api;
  }
  getSheetId() {
    return this._id;
  }
  getIndex() {
    return this._spreadsheet._sheets.indexOf(this) + 1;
  }
  getParent() {
    return this._spreadsheet._api;
  }
  getMaxRows() {
    return this._maxRows;
  }
  getMaxColumns() {
    return this._maxColumns;
  }
  getLastRow() {
    return this._lastRow();
  }
  getLastColumn() {
    return this._lastColumn();
  }
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number) {
    if (typeof a1OrRow === 'string') return this._range(parseA1(a1OrRow, this._maxRows, this._maxColumns));
    if (column === undefined) throw new Error('getRange(row) needs a column.');
    return this._range({ row: a1OrRow, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 });
  }
  getDataRange() {
    return this._range({
      row: 1,
      column: 1,
      numRows: Math.max(1, this._lastRow()),
      numColumns: Math.max(1, this._lastColumn()),
    });
  }
  /** The stand-in appends rows/columns only at the end (what the add-on does when a block grows). */
  insertRowsAfter(afterPosition: number, howMany: number) {
    if (afterPosition !== this._maxRows)
      throw new Error('Stand-in: insertRowsAfter is supported only after the last row.');
    this._maxRows += howMany;
    return this._api;
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    if (afterPosition !== this._maxColumns)
      throw new Error('Stand-in: insertColumnsAfter is supported only after the last column.');
    this._maxColumns += howMany;
    return this._api;
  }
  setFrozenRows(n: number) {
    this._frozenRows = n;
  }
  getFrozenRows() {
    return this._frozenRows;
  }
  setFrozenColumns(n: number) {
    this._frozenColumns = n;
  }
  getFrozenColumns() {
    return this._frozenColumns;
  }
  setColumnWidth(column: number, width: number) {
    this._widths.set(column, width);
    return this._api;
  }
  setColumnWidths(start: number, num: number, width: number) {
    for (let c = start; c < start + num; c++) this._widths.set(c, width);
    return this._api;
  }
  getColumnWidth(column: number) {
    return this._widths.get(column) ?? 100;
  }
  protect() {
    const p = new ProtectionImpl(this, 'SHEET', null);
    this._protections.push(p);
    return this._log.wrap('Protection', p);
  }
  getProtections(type: 'RANGE' | 'SHEET') {
    return this._protections.filter((p) => !p._removed && p._type === type).map((p) => this._log.wrap('Protection', p));
  }
  getFormUrl() {
    return this._formUrl;
  }
  setTabColor(color: string | null) {
    this._tabColor = color;
    return this._api;
  }
  getTabColor() {
    return this._tabColor;
  }
  hideSheet() {
    this._hidden = true;
    return this._api;
  }
  showSheet() {
    this._hidden = false;
    return this._api;
  }
  isSheetHidden() {
    return this._hidden;
  }
  activate() {
    this._spreadsheet._active = this;
    return this._api;
  }
  autoResizeColumns(start: number, num: number) {
    for (let c = start; c < start + num; c++) this._widths.set(c, 120);
    return this._api;
  }
}

export class SpreadsheetImpl {
  _sheets: SheetImpl[] = [];
  _active: SheetImpl;
  private nextSheetId = 0;
  readonly _api: SpreadsheetImpl;
  readonly _toasts: { message: string; title: string }[] = [];

  constructor(
    readonly _log: CallLog,
    readonly _id: string,
    public _name: string,
    readonly _timeZone = 'Europe/Moscow',
  ) {
    this._api = _log.wrap('Spreadsheet', this);
    this._active = this._addSheet('Лист1');
  }
  _checkFreeName(name: string, except?: SheetImpl) {
    if (this._sheets.some((s) => s !== except && s._name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }
  _addSheet(name: string, index?: number): SheetImpl {
    this._checkFreeName(name);
    const sheet = new SheetImpl(this, name, this.nextSheetId++ === 0 ? 0 : 100000 + this.nextSheetId);
    if (index === undefined || index >= this._sheets.length) this._sheets.push(sheet);
    else this._sheets.splice(index, 0, sheet);
    return sheet;
  }
  _sheet(name: string): SheetImpl | undefined {
    return this._sheets.find((s) => s._name === name);
  }

  getId() {
    return this._id;
  }
  getName() {
    return this._name;
  }
  rename(name: string) {
    this._name = name;
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSpreadsheetTimeZone() {
    return this._timeZone;
  }
  getSpreadsheetLocale() {
    return 'ru_RU';
  }
  getSheets() {
    return this._sheets.map((s) => s._api);
  }
  getNumSheets() {
    return this._sheets.length;
  }
  getSheetByName(name: string) {
    return this._sheet(name)?._api ?? null;
  }
  getSheetById(id: number) {
    return this._sheets.find((s) => s._id === id)?._api ?? null;
  }
  insertSheet(nameOrIndex?: string | number, index?: number) {
    let name: string;
    if (typeof nameOrIndex === 'string') name = nameOrIndex;
    else {
      index = nameOrIndex;
      let n = this._sheets.length + 1;
      while (this._sheets.some((s) => s._name === `Лист${n}`)) n++;
      name = `Лист${n}`;
    }
    const sheet = this._addSheet(name, index);
    this._active = sheet;
    return sheet._api;
  }
  getActiveSheet() {
    return this._active._api;
  }
  setActiveSheet(sheet: { getName(): string }) {
    const target = this._sheets.find((s) => s._name === sheet.getName());
    if (target) this._active = target;
    return sheet;
  }
  getRange(a1: string) {
    const bang = a1.lastIndexOf('!');
    const sheet = bang >= 0 ? this._sheet(a1.slice(0, bang).replace(/^'|'$/g, '')) : this._active;
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return sheet.getRange(a1);
  }
  getProtections(type: 'RANGE' | 'SHEET') {
    return this._sheets.flatMap((s) => s.getProtections(type));
  }
  toast(message: string, title = '', _timeoutSeconds?: number) {
    this._toasts.push({ message: String(message), title: String(title) });
  }
}
