// `init`: a new xlsx workspace with every sheet of the workspace spec.
import { access } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { WORKSPACE_SHEETS } from '../shared/workspace';
import { writeFilesAtomically } from './atomic-write';
import { EXIT_OK, InputError, type CliIo } from './io';
import { addWorkspaceSheet } from './workspace-sheet';

export async function initCommand(path: string, io: CliIo): Promise<number> {
  if (await exists(path)) {
    throw new InputError([`Файл «${path}» уже существует; рабочая книга не перезаписывается — укажите новое имя`]);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Наставник';
  for (const spec of WORKSPACE_SHEETS) addWorkspaceSheet(workbook, spec);
  await writeFilesAtomically([{ path, content: new Uint8Array(await workbook.xlsx.writeBuffer()) }]);
  io.stdout(`Создана рабочая книга «${path}»: ${WORKSPACE_SHEETS.map((sheet) => `«${sheet.name}»`).join(', ')}.\n`);
  return EXIT_OK;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
