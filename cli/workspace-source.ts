// Loading the registries for `match`: from an xlsx workspace or from two CSV files.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { readMentees, readMentors, type SheetLabels, type WorkspaceGrids } from '../shared/registry';
import { formatProblem, sortProblems, type TableProblem } from '../shared/tables';
import { doNotPairSheet, findSheetName, menteeSheet, mentorSheet, pairSheet, settingsSheet } from '../shared/workspace';
import { readCsv } from './csv-input';
import { InputError, fileProblem } from './io';
import { sheetGrid } from './xlsx-grid';

export interface WorkspaceSource {
  grids: WorkspaceGrids;
  labels: SheetLabels;
  /** Present for an xlsx workspace. */
  workbook?: ExcelJS.Workbook;
}

/** Reads a file, or reports it as a problem of the sheet it stands for. */
async function readBytes(path: string, sheet: string, problems: TableProblem[]): Promise<Uint8Array | null> {
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

export async function loadCsvSource(mentorsPath: string, menteesPath: string): Promise<WorkspaceSource> {
  const labels: SheetLabels = {
    mentors: `${mentorSheet.name} (${basename(mentorsPath)})`,
    mentees: `${menteeSheet.name} (${basename(menteesPath)})`,
  };
  const problems: TableProblem[] = [];
  const gridOf = async (path: string, sheet: string) => {
    const bytes = await readBytes(path, sheet, problems);
    if (!bytes) return null;
    const csv = readCsv(bytes, sheet);
    problems.push(...csv.problems);
    return csv.grid;
  };
  const mentors = await gridOf(mentorsPath, labels.mentors ?? '');
  const mentees = await gridOf(menteesPath, labels.mentees ?? '');
  if (!mentors || !mentees) throw registryProblems(problems, mentors, mentees, labels);
  return { grids: { mentors, mentees }, labels };
}

export async function loadWorkbookSource(path: string): Promise<WorkspaceSource> {
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
  const names = workbook.worksheets.map((sheet) => sheet.name);
  const gridOf = (wanted: string) => {
    const name = findSheetName(names, wanted);
    const sheet = name === undefined ? undefined : workbook.getWorksheet(name);
    return sheet ? sheetGrid(sheet) : undefined;
  };
  const mentors = gridOf(mentorSheet.name);
  const mentees = gridOf(menteeSheet.name);
  for (const [grid, name] of [
    [mentors, mentorSheet.name],
    [mentees, menteeSheet.name],
  ] as const) {
    if (!grid) problems.push({ ...fileProblem(name, `в книге «${label}» нет этого листа`), code: 'missing-sheet' });
  }
  if (!mentors || !mentees) throw registryProblems(problems, mentors ?? null, mentees ?? null, {});
  return {
    grids: {
      mentors,
      mentees,
      pairs: gridOf(pairSheet.name),
      doNotPair: gridOf(doNotPairSheet.name),
      settings: gridOf(settingsSheet.name),
    },
    labels: {},
    workbook,
  };
}

/** When one registry cannot be loaded, the other is still checked so every problem is listed at once. */
function registryProblems(
  problems: TableProblem[],
  mentors: unknown[][] | null,
  mentees: unknown[][] | null,
  labels: SheetLabels,
): InputError {
  const all = [...problems];
  if (mentors) all.push(...readMentors(mentors, { sheet: labels.mentors }).problems);
  if (mentees) all.push(...readMentees(mentees, { sheet: labels.mentees }).problems);
  const order = [labels.mentors ?? mentorSheet.name, labels.mentees ?? menteeSheet.name];
  return new InputError(sortProblems(all, order).map(formatProblem));
}
