// Opening an xlsx workspace: a missing, empty or non-xlsx file is an input problem named by the file.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { formatProblem, type TableProblem } from '../shared/tables';
import { findSheetName } from '../shared/workspace';
import { InputError, fileProblem } from './io';
import { sheetGrid } from './xlsx-grid';

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

export async function openWorkbook(path: string): Promise<WorkbookFile> {
  const problems: TableProblem[] = [];
  const label = basename(path);
  const bytes = await readBytes(path, label, problems);
  if (!bytes) throw new InputError(problems.map(formatProblem));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new InputError([formatProblem(fileProblem(label, 'файл не является книгой Excel (.xlsx) или повреждён'))]);
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

/** A required sheet the workbook lacks. */
export function missingSheet(name: string, label: string): TableProblem {
  return { ...fileProblem(name, `в книге «${label}» нет этого листа`), code: 'missing-sheet' };
}
