// `new-year`: roll the workbook over to a new academic year. Without --write it only previews what
// will be archived, what carries over and what is reset. With --write:
// 1. the finished year's archive — a copy of every sheet plus «Итоги переноса» — is written as a
//    separate .xlsx next to the workbook (never over an existing file);
// 2. the archive is read back and compared with the workbook value for value; only then
// 3. the workbook's sheets change (rows moved to the archive are removed, statuses marked, sheets
//    reset, «Настройки» advanced and linked to the archive). A cell whose value stays is not
//    written at all, so the curator's formulas and formats in kept rows stay as they were.
// A year already archived (its row in «Настройки») is refused.
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import { isDeepStrictEqual } from 'node:util';
import type { Day } from '../shared/meetings';
import { planNewYear, type ActivePairsChoice, type NewYearPlan, type SheetGrid } from '../shared/new-year';
import { writeFilesAtomically } from './atomic-write';
import { EXIT_OK, InputError, OutputError, type CliIo } from './io';
import { openWorkbook, type WorkbookFile } from './workbook-file';
import { sheetGrid } from './xlsx-grid';

export interface NewYearArgs {
  workbook: string;
  /** Start year of the new academic year. */
  year: number;
  activePairs: ActivePairsChoice;
  today: Day;
  write: boolean;
}

/** `w.xlsx` → `w — архив 2026-2027.xlsx` beside it (a file name cannot hold «/»). */
export function archivePath(workbook: string, finishedLabel: string): string {
  const name = basename(workbook).replace(/\.xlsx$/i, '');
  return join(dirname(workbook), `${name} — архив ${finishedLabel.replace('/', '-')}.xlsx`);
}

export async function newYearCommand(args: NewYearArgs, io: CliIo): Promise<number> {
  const file = await openWorkbook(args.workbook);
  const sheets: SheetGrid[] = file.workbook.worksheets.map((sheet) => ({ name: sheet.name, grid: sheetGrid(sheet) }));
  const finishedLabel = `${args.year - 1}/${args.year}`;
  const target = archivePath(args.workbook, finishedLabel);
  const planned = planNewYear(sheets, {
    newYear: args.year,
    activePairs: args.activePairs,
    today: args.today,
    archiveLink: basename(target),
  });
  if (!planned.ok) throw new InputError([planned.reason]);
  const { plan } = planned;
  const head = `Новый учебный год ${plan.next.label}; архив ${plan.finished.label} — файл «${basename(target)}».`;
  if (!args.write) {
    io.stdout(
      `${head}\n${plan.preview.map((l) => `- ${l}`).join('\n')}\nНичего не записано; чтобы перейти на новый год, запустите с --write.\n`,
    );
    return EXIT_OK;
  }
  if (await stat(target).catch(() => null)) {
    throw new OutputError(
      `Файл архива «${target}» уже есть: ${plan.finished.label} учебный год, похоже, уже архивирован. Переименуйте или уберите этот файл, если это не так`,
    );
  }

  const archive = await archiveWorkbook(file, plan);
  await writeFilesAtomically([{ path: target, content: new Uint8Array(await archive.xlsx.writeBuffer()) }]);
  await verifyArchive(target, sheets);

  for (const change of plan.changes) applyGrid(file.sheet(change.name) as ExcelJS.Worksheet, change.grid);
  await writeFilesAtomically([{ path: file.path, content: new Uint8Array(await file.workbook.xlsx.writeBuffer()) }]);
  io.stdout(
    `${head}\n${plan.preview.map((l) => `- ${l}`).join('\n')}\nГотово: архив записан и сверен со всеми строками книги, «${basename(args.workbook)}» переведена на ${plan.next.label}.\n`,
  );
  return EXIT_OK;
}

/** A new workbook with every sheet copied cell by cell (values, formulas, formats, widths) and the summary. */
async function archiveWorkbook(file: WorkbookFile, plan: NewYearPlan): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const archive = new Excel.Workbook();
  for (const source of file.workbook.worksheets) {
    const copy = archive.addWorksheet(source.name, { views: source.views });
    source.columns?.forEach((column, index) => {
      if (column.width) copy.getColumn(index + 1).width = column.width;
    });
    source.eachRow({ includeEmpty: true }, (row, r) => {
      const target = copy.getRow(r);
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const to = target.getCell(c);
        to.value = cell.value;
        to.style = { ...cell.style };
      });
    });
  }
  const summary = plan.archive[plan.archive.length - 1];
  const sheet = archive.addWorksheet(summary.name);
  summary.grid.forEach((row) => sheet.addRow(row));
  sheet.getColumn(1).width = 44;
  sheet.getColumn(2).width = 40;
  return archive;
}

/** Every sheet of the archive file holds exactly the workbook's values; otherwise nothing more is done. */
async function verifyArchive(path: string, sheets: readonly SheetGrid[]): Promise<void> {
  const archive = await openWorkbook(path);
  for (const sheet of sheets) {
    const copied = archive.workbook.getWorksheet(sheet.name);
    if (!copied || !isDeepStrictEqual(trimmed(sheetGrid(copied)), trimmed(sheet.grid))) {
      throw new OutputError(
        `Архив «${path}» не совпал с листом «${sheet.name}» книги; рабочая книга не изменена. Удалите файл архива и запустите снова`,
      );
    }
  }
}

/** Trailing empty cells and rows dropped: a copy may be narrower where the source only had formats. */
export function trimmed(grid: readonly (readonly unknown[])[]): unknown[][] {
  const rows = grid.map((row) => {
    const out = [...row];
    while (out.length && (out[out.length - 1] === null || out[out.length - 1] === '')) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** Writes only the cells whose value changes; a blank becomes an empty cell. */
function applyGrid(sheet: ExcelJS.Worksheet, grid: readonly (readonly unknown[])[]): void {
  const before = sheetGrid(sheet);
  grid.forEach((row, r) => {
    row.forEach((value, c) => {
      const old = before[r]?.[c] ?? null;
      const next = value === '' ? null : value;
      if (isDeepStrictEqual(old === '' ? null : old, next)) return;
      const cell = sheet.getRow(r + 1).getCell(c + 1);
      cell.value = next as ExcelJS.CellValue;
      if (next instanceof Date && !cell.numFmt) cell.numFmt = 'dd.mm.yyyy';
    });
  });
}
