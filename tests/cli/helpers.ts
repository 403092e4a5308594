// Running the CLI in-process on fixtures, in a fresh temporary folder per test.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach } from 'vitest';
import { run } from '../../cli/main';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const fixture = (name: string) => join(FIXTURES, name);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `sleep` replaces the waits between `push` retries (given: no real waiting). */
export async function runCli(argv: string[], options: { sleep?: (ms: number) => Promise<void> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  return { code, stdout, stderr };
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nastavnik-cli-'));
  dirs.push(dir);
  return dir;
}

export async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/** A UTF-8 fixture CSV as rows of strings (read independently of the CLI's reader). */
export async function fixtureRows(name: string): Promise<string[][]> {
  return parse(await readFile(fixture(name), 'utf8'), { bom: true });
}

/** Writes rows into a sheet from A1, replacing what was there. */
export function fillSheet(sheet: ExcelJS.Worksheet, rows: readonly (readonly unknown[])[]): void {
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      sheet.getRow(r + 1).getCell(c + 1).value = value === '' ? null : (value as ExcelJS.CellValue);
    });
  });
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every sheet's values, as plain text per cell, for comparing workbooks. */
export function sheetValues(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const value = row.getCell(c).value;
      cells.push(
        value instanceof Date
          ? value.toISOString()
          : value === null || value === undefined
            ? ''
            : typeof value === 'object'
              ? JSON.stringify(value)
              : String(value),
      );
    }
    rows[number - 1] = cells;
  });
  return Array.from(rows, (row) => row ?? []);
}
