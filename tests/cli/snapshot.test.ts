// `snapshot` on the fixture year: printed without --write; with --write appended to
// «Учёт участников», and a retake of the quarter is a new row marked as such (rows above unchanged).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadWorkbook, runCli, sheetValues, tempDir } from './helpers';
import { programmeWorkspace } from './programme-workspace';

describe('nastavnik snapshot', () => {
  it('prints the snapshot and writes nothing without --write', async () => {
    const path = await programmeWorkspace(await tempDir());
    const bytes = await readFile(path);
    const run = await runCli(['snapshot', '--workbook', path, '--date', '31.12.2024']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Снимок на 31.12.2024 (IV квартал 2024)');
    // П1, П2, П4 active; П3 completed with no meetings (ended on an unknown day).
    expect(run.stdout).toContain('Пар: активных 3, завершённых 1');
    expect(run.stdout).toContain('Наставников: 3, наставляемых: 4');
    expect(run.stdout).toContain('новых наставников 3, наставляемых 4');
    expect(await readFile(path)).toEqual(bytes);
  });

  it('appends one row per snapshot; a retake is marked and the first row stays as it was', async () => {
    const path = await programmeWorkspace(await tempDir());
    expect((await runCli(['snapshot', '--workbook', path, '--date', '31.12.2024', '--write'])).code).toBe(0);
    const first = sheetValues((await loadWorkbook(path)).getWorksheet('Учёт участников')!);
    expect(first).toHaveLength(2);
    expect(first[1].slice(0, 5)).toEqual(['31.12.2024', 'IV квартал 2024', 'снимок квартала', '3', '4']);
    const run = await runCli(['snapshot', '--workbook', path, '--date', '31.12.2024', '--write']);
    expect(run.stdout).toContain('(повторный снимок)');
    expect((await runCli(['snapshot', '--workbook', path, '--date', '31.03.2025', '--write'])).code).toBe(0);
    const rows = sheetValues((await loadWorkbook(path)).getWorksheet('Учёт участников')!);
    expect(rows.map((r) => r.slice(1, 3))).toEqual([
      ['Квартал', 'Вид снимка'],
      ['IV квартал 2024', 'снимок квартала'],
      ['IV квартал 2024', 'повторный снимок'],
      ['I квартал 2025', 'снимок квартала'],
    ]);
    expect(rows[1]).toEqual(first[1]);
  });
});
