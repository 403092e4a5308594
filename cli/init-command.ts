// `init`: a new xlsx workspace with every sheet of the workspace spec, the roadmap laid out over
// the academic year.
import { access } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { buildRoadmap, roadmapCells, roadmapSheet } from '../shared/roadmap';
import { textColumnIndexes, TEXT_FORMAT, WORKSPACE_SHEETS, type SheetSpec } from '../shared/workspace';
import { writeFilesAtomically } from './atomic-write';
import { EXIT_OK, InputError, type CliIo } from './io';
import { addWorkspaceSheet } from './workspace-sheet';

export interface InitArgs {
  path: string;
  /** The year the academic year of the roadmap starts in (1 September). */
  year: number;
}

export async function initCommand(args: InitArgs, io: CliIo): Promise<number> {
  const { path, year } = args;
  if (await exists(path)) {
    throw new InputError([`Файл «${path}» уже существует; рабочая книга не перезаписывается — укажите новое имя`]);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Наставник';
  for (const spec of WORKSPACE_SHEETS) {
    const sheet = addWorkspaceSheet(workbook, spec);
    setTextFormat(sheet, spec);
    if (spec === roadmapSheet) fillRoadmap(sheet, year);
  }
  await writeFilesAtomically([{ path, content: new Uint8Array(await workbook.xlsx.writeBuffer()) }]);
  io.stdout(
    `Создана рабочая книга «${path}»: ${WORKSPACE_SHEETS.map((sheet) => `«${sheet.name}»`).join(', ')}.\n` +
      `Дорожная карта составлена на ${year}/${year + 1} учебный год.\n`,
  );
  return EXIT_OK;
}

/** The text format on whole columns (the header keeps its own style), so Excel keeps «5-7» and «007». */
function setTextFormat(sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const index of textColumnIndexes(spec)) {
    sheet.getColumn(index + 1).numFmt = TEXT_FORMAT;
  }
}

function fillRoadmap(sheet: ExcelJS.Worksheet, year: number): void {
  const keys = roadmapSheet.columns.map((column) => column.key);
  for (const item of buildRoadmap(year)) {
    const cells = roadmapCells(item);
    const row = sheet.addRow(keys.map((key) => (cells[key] === '' ? null : cells[key])));
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd.mm.yyyy';
    });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
