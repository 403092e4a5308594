// Reading a list of organisations from .xlsx or .csv (Excel-RU: UTF-8 or Windows-1251, «;» or «,»):
// every row becomes a school or a list of problems in Russian, naming the row and column.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { SchoolKind } from '../../../shared/report';
import type { NewSchool, SchoolSource } from '../store/schools';

export type ListColumn = 'id' | 'name' | 'municipality' | 'kind' | 'source';

export const COLUMN_TITLES: Record<ListColumn, string> = {
  id: 'Код',
  name: 'Наименование',
  municipality: 'Муниципалитет',
  kind: 'Тип',
  source: 'Таблица Google',
};

/** Header spellings accepted for each column (compared in lower case, without punctuation). */
const HEADERS: Record<ListColumn, string[]> = {
  id: ['код', 'код организации', 'код оо', 'код в регионе', 'код организации в регионе', 'id'],
  name: [
    'наименование',
    'название',
    'организация',
    'наименование организации',
    'полное наименование',
    'краткое наименование',
    'name',
  ],
  municipality: ['муниципалитет', 'муниципальное образование', 'муниципальный район', 'мо', 'район', 'municipality'],
  kind: ['тип', 'вид', 'тип организации', 'вид организации', 'kind'],
  source: [
    'таблица google',
    'источник',
    'источник отчёта',
    'таблица отчёта',
    'ссылка на таблицу',
    'spreadsheet',
    'source',
  ],
};

const REQUIRED: ListColumn[] = ['id', 'name', 'municipality', 'kind'];

export interface ListRow {
  /** Row number in the file (1 = its first row), as the spreadsheet shows it. */
  line: number;
  /** The cells as read, by column. */
  values: Record<ListColumn, string>;
  school: NewSchool | null;
  problems: string[];
}

export type SchoolList = { ok: true; rows: ListRow[] } | { ok: false; problem: string };

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'.,:;()№*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const KINDS: Array<[SchoolKind, RegExp]> = [
  ['school', /^(школа|school|оо|общеобразовательная( организация)?|сош|оош|гимназия|лицей)$/],
  [
    'college',
    /^(колледж|техникум|колледж \/ техникум|колледж\/техникум|спо|college|профессиональная образовательная организация|поо)$/,
  ],
  [
    'additional',
    /^(организация дополнительного образования|дополнительное образование|доп образование|удо|additional|одо)$/,
  ],
];

function kindOf(text: string): SchoolKind | null {
  const t = text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[.«»"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return KINDS.find(([, re]) => re.test(t))?.[0] ?? null;
}

const SPREADSHEET_URL = /\/spreadsheets\/d\/([A-Za-z0-9_-]{10,200})/;
const SPREADSHEET_ID = /^[A-Za-z0-9_-]{25,200}$/;

function sourceOf(text: string): SchoolSource | null {
  const t = text.trim();
  if (t === '' || /^(push|сама|сам|отправляет сама|надстройка)$/i.test(t)) return { type: 'push' };
  const fromUrl = SPREADSHEET_URL.exec(t);
  if (fromUrl) return { type: 'google', spreadsheetId: fromUrl[1] };
  return SPREADSHEET_ID.test(t) ? { type: 'google', spreadsheetId: t } : null;
}

const CODE = /^[\p{L}\p{N}._-]{1,64}$/u;

function rowProblems(
  values: Record<ListColumn, string>,
  where: (c: ListColumn) => string,
): { school: NewSchool | null; problems: string[] } {
  const problems: string[] = [];
  const { id, name, municipality } = values;
  if (!id) problems.push(`${where('id')}: код не указан`);
  else if (!CODE.test(id))
    problems.push(
      `${where('id')}: код «${id}» — только буквы, цифры, точка, дефис и подчёркивание, без пробелов, до 64 символов`,
    );
  if (!name) problems.push(`${where('name')}: наименование не указано`);
  else if (name.length > 500) problems.push(`${where('name')}: наименование длиннее 500 символов`);
  if (!municipality) problems.push(`${where('municipality')}: муниципалитет не указан`);
  else if (municipality.length > 200) problems.push(`${where('municipality')}: муниципалитет длиннее 200 символов`);
  const kind = kindOf(values.kind);
  if (!values.kind)
    problems.push(
      `${where('kind')}: тип не указан — «Школа», «Колледж / техникум» или «Организация дополнительного образования»`,
    );
  else if (!kind)
    problems.push(
      `${where('kind')}: неизвестный тип «${values.kind}» — «Школа», «Колледж / техникум» или «Организация дополнительного образования»`,
    );
  const source = sourceOf(values.source);
  if (!source)
    problems.push(
      `${where('source')}: «${values.source}» — не ссылка на таблицу Google и не её идентификатор; оставьте пустым, если организация отправляет отчёт сама`,
    );
  if (problems.length || !kind || !source) return { school: null, problems };
  return { school: { id, name, municipality, kind, source }, problems };
}

/** Text of a CSV file: UTF-8 (with or without BOM), else Windows-1251. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = decode(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((ws) => ws.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let col = 1; col <= Math.max(row.cellCount, 1); col++) cells.push(row.getCell(col).text ?? '');
    rows.push(cells);
  }
  return rows;
}

export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Reads the file; a problem with the whole file (no header, unreadable) is returned as such. */
export async function readSchoolList(bytes: Uint8Array): Promise<SchoolList> {
  let table: string[][];
  try {
    table = isXlsx(bytes) ? await readXlsx(bytes) : readCsv(bytes);
  } catch (error) {
    return { ok: false, problem: `Файл не читается как таблица .xlsx или .csv: ${(error as Error).message}` };
  }
  const headerIndex = table.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  if (headerIndex < 0)
    return {
      ok: false,
      problem: 'Файл пуст: в первой строке ожидаются заголовки столбцов «Код», «Наименование», «Муниципалитет», «Тип»',
    };
  const header = table[headerIndex].map((c) => normalise(c));
  const columns = {} as Record<ListColumn, number>;
  for (const column of Object.keys(HEADERS) as ListColumn[])
    columns[column] = header.findIndex((h) => HEADERS[column].includes(h));
  const missing = REQUIRED.filter((c) => columns[c] < 0);
  if (missing.length) {
    const found = table[headerIndex]
      .filter((c) => c.trim())
      .map((c) => `«${c.trim()}»`)
      .join(', ');
    return {
      ok: false,
      problem: `Строка ${headerIndex + 1} (заголовки): нет столбцов ${missing.map((c) => `«${COLUMN_TITLES[c]}»`).join(', ')}; найдены ${found || 'пустые заголовки'}`,
    };
  }
  const letter = (i: number) =>
    i < 26
      ? String.fromCharCode(65 + i)
      : `${String.fromCharCode(64 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;
  const seen = new Map<string, number>();
  const rows: ListRow[] = [];
  for (let r = headerIndex + 1; r < table.length; r++) {
    const cells = table[r];
    if (!cells.some((c) => c.trim() !== '')) continue;
    const values = {} as Record<ListColumn, string>;
    for (const column of Object.keys(HEADERS) as ListColumn[])
      values[column] = columns[column] < 0 ? '' : (cells[columns[column]] ?? '').trim();
    const line = r + 1;
    const where = (c: ListColumn) =>
      `Строка ${line}, столбец ${columns[c] < 0 ? `«${COLUMN_TITLES[c]}»` : `${letter(columns[c])} «${COLUMN_TITLES[c]}»`}`;
    const { school, problems } = rowProblems(values, where);
    const earlier = values.id ? seen.get(values.id) : undefined;
    if (earlier !== undefined) problems.push(`${where('id')}: код «${values.id}» уже встречался в строке ${earlier}`);
    else if (values.id) seen.set(values.id, line);
    rows.push({ line, values, school: problems.length ? null : school, problems });
  }
  if (rows.length === 0) return { ok: false, problem: 'В файле есть заголовки, но нет ни одной строки с организацией' };
  return { ok: true, rows };
}
