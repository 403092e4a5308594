// The pull source of the service: a school report v1 laid out on three sheets, and back.
// Cells arrive as the Sheets API gives them with UNFORMATTED_VALUE: numbers where a person typed
// digits (a period `2024`, an ИНН), strings elsewhere, empty trailing cells left out.
import { normalizeText, resolveForm, tidyText } from '../catalogue';
import { cellText, isEmptyRow } from '../tables/cell';
import { parseNumber } from '../tables/numbers';
import { REPORT_FIELD_LABELS, SCHOOL_KIND_LABELS, type ReportFieldPath } from './fields';
import { parseSchoolReport, type SchoolReport } from './schema';

export const REPORT_SHEETS = {
  report: 'Отчёт для региона',
  enterprises: 'Предприятия',
  pairs: 'Пары по формам',
} as const;

export const REPORT_SHEET_HEADERS = {
  report: ['Показатель', 'Ключ', 'Значение'],
  enterprises: ['ИНН', 'Наименование'],
  pairs: ['Форма', 'Активные', 'Завершённые'],
} as const;

/** A1 ranges of the three whole sheets, in the order of `ReportSheetValues`, for one batchGet. */
export const REPORT_SHEET_RANGES = [REPORT_SHEETS.report, REPORT_SHEETS.enterprises, REPORT_SHEETS.pairs].map(
  (title) => `'${title.replace(/'/g, "''")}'`,
);

export type SheetRows = readonly (readonly unknown[])[];

export interface ReportSheetValues {
  report: SheetRows;
  enterprises: SheetRows;
  pairs: SheetRows;
}

/** A problem in the report spreadsheet: the sheet, and the key or the row and column where it is. */
export interface ReportSheetIssue {
  sheet: string;
  /** The `Ключ` of a row of `Отчёт для региона`. */
  key?: string;
  /** 1-based sheet row. */
  row?: number;
  column?: string;
  message: string;
}

export type ReportFromSheetsResult = { ok: true; report: SchoolReport } | { ok: false; issues: ReportSheetIssue[] };

const TEXT_FIELDS = new Set<string>(['school.id', 'school.name', 'school.municipality', 'school.kind', 'period']);

/** The rows a report spreadsheet holds for a report (header first), as the add-on writes them. */
export function reportToSheets(report: SchoolReport): ReportSheetValues {
  const keys = Object.keys(REPORT_FIELD_LABELS) as ReportFieldPath[];
  return {
    report: [
      [...REPORT_SHEET_HEADERS.report],
      ...keys.map((key) => [REPORT_FIELD_LABELS[key], key, valueAt(report, key)]),
    ],
    enterprises: [[...REPORT_SHEET_HEADERS.enterprises], ...report.enterprises.map((e) => [e.inn, e.name])],
    pairs: [[...REPORT_SHEET_HEADERS.pairs], ...report.pairs.map((p) => [p.form, p.active, p.completed])],
  };
}

/** Reads a report from its three sheets and validates it exactly as a pushed report; lists every problem. */
export function reportFromSheets(values: ReportSheetValues): ReportFromSheetsResult {
  const issues: ReportSheetIssue[] = [];
  const scalars = readScalars(values.report, issues);
  const enterprises = readList(values.enterprises, REPORT_SHEETS.enterprises, REPORT_SHEET_HEADERS.enterprises, issues);
  const pairs = readList(values.pairs, REPORT_SHEETS.pairs, REPORT_SHEET_HEADERS.pairs, issues);
  // Without its header a sheet cannot be read at all: checking the rest would only add noise.
  if (!scalars || !enterprises || !pairs) return { ok: false, issues };

  const raw: Record<string, unknown> = { schemaVersion: 1 };
  for (const [key, { value }] of scalars.rows) setAt(raw, key, value);
  raw.enterprises = enterprises.map(({ cells: [inn, name] }) => ({ inn: innText(inn), name: textOrUndefined(name) }));
  raw.pairs = pairs.map(({ cells: [form, active, completed] }) => ({
    form: formCode(form),
    active: countValue(active),
    completed: countValue(completed),
  }));

  const parsed = parseSchoolReport(raw);
  if (parsed.ok && issues.length === 0) return parsed;
  const located = parsed.ok
    ? []
    : parsed.issues.map((issue) => locate(issue.path, issue.message, scalars.rows, enterprises, pairs));
  // A key already reported (a repeated key, a value of the wrong kind) is not reported twice.
  return { ok: false, issues: [...issues, ...located.filter((i) => !(i.key && scalars.flagged.has(i.key)))] };
}

/** `Лист «Отчёт для региона», ключ «contingent.teachers» (строка 9): …` */
export function formatReportSheetIssue(issue: ReportSheetIssue): string {
  const place = [`Лист «${issue.sheet}»`];
  if (issue.key) place.push(`ключ «${issue.key}»${issue.row ? ` (строка ${issue.row})` : ''}`);
  else if (issue.row) place.push(`строка ${issue.row}`);
  if (issue.column) place.push(`столбец «${issue.column}»`);
  return `${place.join(', ')}: ${issue.message}`;
}

interface ScalarRow {
  row: number;
  value: unknown;
}

function readScalars(
  rows: SheetRows,
  issues: ReportSheetIssue[],
): { rows: Map<string, ScalarRow>; flagged: Set<string> } | undefined {
  const sheet = REPORT_SHEETS.report;
  const table = findColumns(rows, sheet, REPORT_SHEET_HEADERS.report.slice(1), issues);
  if (!table) return undefined;
  const scalars = new Map<string, ScalarRow>();
  const flagged = new Set<string>();
  const [keyCol, valueCol] = table.columns;
  for (let i = table.headerIndex + 1; i < rows.length; i++) {
    const key = cellText(rows[i]?.[keyCol]);
    if (key === '') continue; // a section title or a blank line
    const row = i + 1;
    if (!(key in REPORT_FIELD_LABELS)) {
      issues.push({
        sheet,
        key,
        row,
        message: `неизвестный ключ; допустимые ключи: ${Object.keys(REPORT_FIELD_LABELS).join(', ')}`,
      });
      continue;
    }
    const seen = scalars.get(key);
    if (seen) {
      issues.push({ sheet, key, row, message: `ключ повторяется (уже указан в строке ${seen.row})` });
      flagged.add(key);
      continue;
    }
    const value = scalarValue(key as ReportFieldPath, rows[i]?.[valueCol]);
    if (value instanceof Error) {
      issues.push({ sheet, key, row, column: REPORT_SHEET_HEADERS.report[2], message: value.message });
      flagged.add(key);
    } else scalars.set(key, { row, value });
  }
  return { rows: scalars, flagged };
}

function scalarValue(key: ReportFieldPath, cell: unknown): unknown {
  if (cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')) return undefined;
  if (typeof cell === 'boolean')
    return new Error(`ожидается ${TEXT_FIELDS.has(key) ? 'текст' : 'число'}, получено логическое значение`);
  if (key === 'school.kind') return schoolKind(cell);
  if (TEXT_FIELDS.has(key)) return cellText(cell);
  return countValue(cell);
}

/** Digits typed as text count as a number; anything else goes on to the schema, which words the problem. */
function countValue(cell: unknown): unknown {
  if (typeof cell !== 'string') return cell === null ? undefined : cell;
  if (cell.trim() === '') return undefined;
  return parseNumber(cell) ?? tidyText(cell);
}

function schoolKind(cell: unknown): string {
  const text = cellText(cell);
  const byLabel = Object.entries(SCHOOL_KIND_LABELS).find(([, label]) => normalizeText(label) === normalizeText(text));
  return byLabel ? byLabel[0] : text;
}

function formCode(cell: unknown): string | undefined {
  const text = cellText(cell);
  return text === '' ? undefined : (resolveForm(text) ?? text);
}

/** An ИНН typed into a number cell loses its leading zero (region codes 01–09); the length tells. */
function innText(cell: unknown): string | undefined {
  if (typeof cell === 'number' && Number.isSafeInteger(cell) && cell > 0) {
    const digits = String(cell);
    return digits.length === 9 || digits.length === 11 ? `0${digits}` : digits;
  }
  const text = cellText(cell).replace(/\s/g, '');
  return text === '' ? undefined : text;
}

function textOrUndefined(cell: unknown): string | undefined {
  const text = cellText(cell);
  return text === '' ? undefined : text;
}

interface ListRow {
  row: number;
  cells: unknown[];
}

function readList(
  rows: SheetRows,
  sheet: string,
  headers: readonly string[],
  issues: ReportSheetIssue[],
): ListRow[] | undefined {
  if (rows.every((r) => isEmptyRow(r))) return []; // an untouched sheet: nothing to list
  const table = findColumns(rows, sheet, headers, issues);
  if (!table) return undefined;
  const list: ListRow[] = [];
  for (let i = table.headerIndex + 1; i < rows.length; i++) {
    const cells = table.columns.map((c) => rows[i]?.[c]);
    if (isEmptyRow(cells)) continue;
    list.push({ row: i + 1, cells });
  }
  return list;
}

/** The header row (the first non-empty one) and the index of each wanted column, matched by text. */
function findColumns(
  rows: SheetRows,
  sheet: string,
  headers: readonly string[],
  issues: ReportSheetIssue[],
): { headerIndex: number; columns: number[] } | undefined {
  const headerIndex = rows.findIndex((r) => !isEmptyRow(r));
  if (headerIndex < 0) {
    issues.push({
      sheet,
      message: `лист пуст; в первой строке нужны заголовки ${headers.map((h) => `«${h}»`).join(', ')}`,
    });
    return undefined;
  }
  const found = rows[headerIndex].map((cell) => normalizeText(cellText(cell)));
  const columns = headers.map((h) => found.indexOf(normalizeText(h)));
  const missing = headers.filter((_, i) => columns[i] < 0);
  if (missing.length > 0) {
    issues.push({ sheet, row: headerIndex + 1, message: `нет столбца ${missing.map((h) => `«${h}»`).join(', ')}` });
    return undefined;
  }
  return { headerIndex, columns };
}

function locate(
  path: string,
  message: string,
  scalars: Map<string, ScalarRow>,
  enterprises: ListRow[],
  pairs: ListRow[],
): ReportSheetIssue {
  const [head, index, field] = path.split('.');
  if (head === 'enterprises' || head === 'pairs') {
    const sheet = REPORT_SHEETS[head];
    const headers = REPORT_SHEET_HEADERS[head];
    const fields = head === 'enterprises' ? ['inn', 'name'] : ['form', 'active', 'completed'];
    const row = index === undefined ? undefined : (head === 'enterprises' ? enterprises : pairs)[Number(index)]?.row;
    const column = field === undefined ? undefined : headers[fields.indexOf(field)];
    return { sheet, row, column, message };
  }
  const sheet = REPORT_SHEETS.report;
  if (path === '') return { sheet, message };
  if (!(path in REPORT_FIELD_LABELS)) {
    const keys = Object.keys(REPORT_FIELD_LABELS).filter((k) => k.startsWith(`${path}.`));
    return { sheet, key: `${path}.*`, message: `нет строк с ключами ${keys.join(', ')}` };
  }
  const at = scalars.get(path);
  if (!at) return { sheet, key: path, message: `нет строки с этим ключом (${message.toLowerCase()})` };
  return { sheet, key: path, row: at.row, message };
}

function valueAt(report: SchoolReport, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], report);
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}
