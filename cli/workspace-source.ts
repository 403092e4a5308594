// Loading the registries for `match`: from an xlsx workspace or from two CSV files.
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { readMentees } from '../shared/registry/mentee-registry';
import { readMentors } from '../shared/registry/mentor-registry';
import type { SheetLabels, WorkspaceGrids } from '../shared/registry/pairing-input';
import { formatProblem, sortProblems, type TableProblem } from '../shared/tables';
import { doNotPairSheet, menteeSheet, mentorSheet, pairSheet, settingsSheet } from '../shared/workspace';
import { readCsv } from './csv-input';
import { InputError } from './io';
import { missingSheet, openWorkbook, readBytes } from './workbook-file';

export interface WorkspaceSource {
  grids: WorkspaceGrids;
  labels: SheetLabels;
  /** Present for an xlsx workspace. */
  workbook?: ExcelJS.Workbook;
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
    const csv = await readCsv(bytes, sheet);
    problems.push(...csv.problems);
    return csv.grid;
  };
  const mentors = await gridOf(mentorsPath, labels.mentors ?? '');
  const mentees = await gridOf(menteesPath, labels.mentees ?? '');
  if (!mentors || !mentees) throw registryProblems(problems, mentors, mentees, labels);
  return { grids: { mentors, mentees }, labels };
}

export async function loadWorkbookSource(path: string): Promise<WorkspaceSource> {
  const file = await openWorkbook(path);
  const mentors = file.grid(mentorSheet.name);
  const mentees = file.grid(menteeSheet.name);
  const problems: TableProblem[] = [];
  if (!mentors) problems.push(missingSheet(mentorSheet.name, file.label));
  if (!mentees) problems.push(missingSheet(menteeSheet.name, file.label));
  if (!mentors || !mentees) throw registryProblems(problems, mentors ?? null, mentees ?? null, {});
  return {
    grids: {
      mentors,
      mentees,
      pairs: file.grid(pairSheet.name),
      doNotPair: file.grid(doNotPairSheet.name),
      settings: file.grid(settingsSheet.name),
    },
    labels: {},
    workbook: file.workbook,
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
