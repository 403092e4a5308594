// Opening an xlsx workspace: a missing, empty, locked or non-xlsx file is an input problem named
// by the file. Workbooks saved by Excel, Google Sheets, LibreOffice and Python's openpyxl all open.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import type { TableProblem } from '../shared/tables';
import { findSheetName } from '../shared/workspace';
import { InputError, fileProblem } from './io';
import { sheetGrid } from './xlsx-grid';
import { normalisePackage } from './xlsx-package';

export interface WorkbookFile {
  path: string;
  /** The file name, used in problems about the file itself. */
  label: string;
  workbook: ExcelJS.Workbook;
  /** The sheet of that name (matched like headers), or undefined when the workbook lacks it. */
  sheet(name: string): ExcelJS.Worksheet | undefined;
  /** That sheet's values as a plain grid. */
  grid(name: string): unknown[][] | undefined;
}

/** Reads a file, or reports it as a problem of the sheet it stands for. */
export async function readBytes(path: string, sheet: string, problems: TableProblem[]): Promise<Uint8Array | null> {
  try {
    const bytes = new Uint8Array(await readFile(path));
    if (bytes.length === 0) {
      problems.push(fileProblem(sheet, `файл «${path}» пуст: в первой строке должны быть заголовки столбцов`, 1));
      return null;
    }
    return bytes;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'не найден' : code === 'EISDIR' ? 'это папка, а не файл' : 'не удаётся прочитать';
    problems.push(fileProblem(sheet, `файл «${path}» ${why}`));
    return null;
  }
}

/** Why a file cannot be read, in the words of «Файл «…» …». */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'не найден';
  if (code === 'EISDIR') return 'это папка, а не файл';
  if (code === 'EACCES' || code === 'EPERM')
    return 'нет прав на чтение (или файл открыт в программе, которая его не отдаёт): закройте его или проверьте права';
  if (code === 'EBUSY') return 'занят другой программой: закройте его и повторите';
  return `не удаётся прочитать (${code ?? (error as Error).message})`;
}

/** What a file that exceljs cannot load looks like, by its first bytes. */
function notWorkbook(bytes: Uint8Array): string {
  const [a, b, c, d] = bytes;
  if (a === 0x50 && b === 0x4b)
    return 'повреждён или не является книгой Excel (.xlsx): откройте его в Excel или Google Таблицах и сохраните заново как «Книга Excel (.xlsx)»';
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0)
    return 'не является книгой Excel (.xlsx): это старый формат .xls или книга с паролем — сохраните её как «Книга Excel (.xlsx)» без пароля';
  return 'не является книгой Excel (.xlsx): похоже на текстовый файл (например, CSV) — для CSV есть --mentors и --mentees, или сохраните его как «Книга Excel (.xlsx)»';
}

export async function openWorkbook(path: string): Promise<WorkbookFile> {
  const label = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    throw new InputError([`Файл «${path}»: ${unreadable(error)}`]);
  }
  if (bytes.length === 0) throw new InputError([`Файл «${path}» пуст: это не книга Excel (.xlsx)`]);
  const workbook = await loadWorkbook(bytes);
  if (!workbook) {
    throw new InputError([`Файл «${path}» ${notWorkbook(bytes)}`]);
  }
  const sheet = (wanted: string) => {
    const name = findSheetName(
      workbook.worksheets.map((candidate) => candidate.name),
      wanted,
    );
    return name === undefined ? undefined : workbook.getWorksheet(name);
  };
  return {
    path,
    label,
    workbook,
    sheet,
    grid: (name) => {
      const found = sheet(name);
      return found ? sheetGrid(found) : undefined;
    },
  };
}

/** The workbook (its package normalised first, see xlsx-package), or null when it does not load. */
async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | null> {
  let data = bytes;
  try {
    data = normalisePackage(bytes) ?? bytes;
  } catch {
    // Not a ZIP this reader knows: exceljs has the last word.
  }
  // Loaded here, not at start: exceljs takes a good part of a second to load, and CSV runs never need it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    return workbook;
  } catch {
    return null;
  }
}

/** A required sheet the workbook lacks. */
export function missingSheet(name: string, label: string): TableProblem {
  return { ...fileProblem(name, `в книге «${label}» нет этого листа`), code: 'missing-sheet' };
}
