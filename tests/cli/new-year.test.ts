// `new-year` on a full fixture year: preview writes nothing; --write puts every row of the old
// year into the archive file (value for value), leaves the curator's own sheet and columns as
// they were, carries over or completes the active pairs, and a second run refuses.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { filesIn, loadWorkbook, runCli, sheetValues, tempDir } from './helpers';
import { programmeWorkspace } from './programme-workspace';

const day = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d));

/** The fixture year plus meetings, measurements, a SWOT answer, the curator's own sheet and columns. */
async function fullYear(dir: string): Promise<string> {
  return programmeWorkspace(dir, (workbook) => {
    const meetings = workbook.getWorksheet('Встречи')!;
    for (const [pairId, type, date] of [
      ['П1', 'знакомство', day(2, 10, 2024)],
      ['П1', 'регулярная', day(9, 10, 2024)],
      ['П3', 'знакомство', day(3, 10, 2024)],
      ['П3', 'итоговая', day(20, 5, 2025)],
      ['П2', 'знакомство', day(4, 10, 2024)],
    ] as const) {
      meetings.addRow([pairId, type, date, 'Тема встречи']);
    }
    const measurements = workbook.getWorksheet('Замеры (вход и выход)')!;
    measurements.addRow([day(1, 10, 2024), 'У1', 'наставляемый', 'в начале программы (входной замер)', 5, 6]);
    measurements.addRow([day(1, 10, 2024), 'У3', 'наставляемый', 'в начале программы (входной замер)', 4, 4]);
    measurements.addRow([day(20, 5, 2025), 'У3', 'наставляемый', 'в конце программы (итоговый замер)', 8, 9]);
    workbook.getWorksheet('SWOT-анкета')!.addRow([day(21, 5, 2025), 'куратор', 'Дружный коллектив']);
    // The curator's own column on «Пары» and «Наставники», and a sheet of their own with a formula.
    const pairs = workbook.getWorksheet('Пары')!;
    pairs.getRow(1).getCell(13).value = 'Заметка куратора';
    pairs.getRow(2).getCell(13).value = 'созвон по пятницам';
    pairs.getRow(4).getCell(13).value = 'завершили досрочно';
    workbook.getWorksheet('Наставники')!.getRow(2).getCell(22).value = 'лучший наставник';
    const own = workbook.addWorksheet('Мои заметки');
    own.addRow(['Что', 'Сколько']);
    own.addRow(['Встреч с родителями', 3]);
    own.addRow(['Итого', { formula: 'B2*2', result: 6 }]);
  });
}

async function valuesOf(path: string): Promise<Map<string, string[][]>> {
  const workbook = await loadWorkbook(path);
  return new Map(workbook.worksheets.map((s: ExcelJS.Worksheet) => [s.name, sheetValues(s)]));
}

const column = (rows: string[][], header: string) => rows.slice(1).map((r) => r[rows[0].indexOf(header)]);

describe('nastavnik new-year', () => {
  it('previews what is archived, carried over and reset, and writes nothing', async () => {
    const dir = await tempDir();
    const path = await fullYear(dir);
    const bytes = await readFile(path);
    const run = await runCli(['new-year', '--workbook', path, '--year', '2025', '--today', '25.08.2025']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'Новый учебный год 2025/2026; архив 2024/2025 — файл «workspace — архив 2024-2025.xlsx»',
    );
    expect(run.stdout).toContain(
      'пары — завершённые 1, расторгнутые 0, предложенные 0; встречи — 2; ответы анкет и замеров — 8',
    );
    expect(run.stdout).toContain(
      'Активные пары (3) переходят в 2025/2026 вместе со своими встречами (3) и замерами (1)',
    );
    expect(run.stdout).toContain(
      'Не меняются: «Наставники», «Наставляемые», «Не объединять», «Достижения наставников», «Рейтинг наставников», «Мои заметки»',
    );
    expect(run.stdout).toContain('Ничего не записано');
    expect(await filesIn(dir)).toEqual(['workspace.xlsx']);
    expect(await readFile(path)).toEqual(bytes);
  });

  it('archives every row of the year value for value, carries the active pairs, and refuses a second run', async () => {
    const dir = await tempDir();
    const path = await fullYear(dir);
    const before = await valuesOf(path);
    const run = await runCli(['new-year', '--workbook', path, '--year', '2025', '--today', '25.08.2025', '--write']);
    expect(run.code, run.stderr).toBe(0);
    const archivePath = join(dir, 'workspace — архив 2024-2025.xlsx');
    expect(await filesIn(dir)).toEqual(['workspace — архив 2024-2025.xlsx', 'workspace.xlsx']);

    // Nothing lost: every sheet of the old year is in the archive, cell for cell.
    const archive = await valuesOf(archivePath);
    for (const [name, rows] of before) expect(archive.get(name), name).toEqual(rows);
    expect(column(archive.get('Итоги переноса')!, 'Параметр')).toContain('Пары, перенесённые в новый год');

    const after = await valuesOf(path);
    // The curator's own sheet (formula included) and the mentors with their own column: untouched.
    expect(after.get('Мои заметки')).toEqual(before.get('Мои заметки'));
    const own = (await loadWorkbook(path)).getWorksheet('Мои заметки')!.getRow(3).getCell(2).value;
    expect(own).toMatchObject({ formula: 'B2*2' });
    expect(after.get('Наставники')).toEqual(before.get('Наставники'));
    // Active pairs stay with their own notes; the completed one went to the archive with its note.
    const pairs = after.get('Пары')!;
    expect(column(pairs, 'ID пары').filter(Boolean)).toEqual(['П1', 'П2', 'П4']);
    expect(column(pairs, 'Заметка куратора')[0]).toBe('созвон по пятницам');
    expect(column(pairs, 'Заметка куратора')).not.toContain('завершили досрочно');
    expect(column(after.get('Встречи')!, 'ID пары').filter(Boolean)).toEqual(['П1', 'П1', 'П2']);
    expect(column(after.get('Замеры (вход и выход)')!, 'Ваш код участника').filter(Boolean)).toEqual(['У1']);
    expect(after.get('Итоговая анкета')!.slice(1).flat().filter(Boolean)).toEqual([]);
    expect(column(after.get('Наставляемые')!, 'Статус')).toEqual(['в паре', 'в паре', 'завершил', 'в паре']);
    // The new roadmap starts on 1 September 2025; «Настройки» know the year and the archive.
    expect(column(after.get('Дорожная карта')!, 'Начало')[0]).toBe(day(1, 9, 2025).toISOString());
    const settings = after.get('Настройки')!;
    expect(settings).toContainEqual(expect.arrayContaining(['Учебный год', '2025/2026']));
    expect(settings).toContainEqual(expect.arrayContaining(['Архив 2024/2025', 'workspace — архив 2024-2025.xlsx']));
    expect(settings.find((r) => r[0] === 'Персонализированных программ наставничества')?.[1]).toBe('');

    const workbookBytes = await readFile(path);
    const again = await runCli(['new-year', '--workbook', path, '--year', '2025', '--write']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('2024/2025 учебный год уже перенесён в архив (workspace — архив 2024-2025.xlsx)');
    expect(await readFile(path)).toEqual(workbookBytes);
  });

  it('completes the active pairs when the curator chooses so, and marks their mentees', async () => {
    const dir = await tempDir();
    const path = await fullYear(dir);
    const run = await runCli([
      'new-year',
      '--workbook',
      path,
      '--year',
      '2025',
      '--active-pairs',
      'complete',
      '--write',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const after = await valuesOf(path);
    expect(column(after.get('Пары')!, 'ID пары').filter(Boolean)).toEqual([]);
    expect(column(after.get('Наставляемые')!, 'Статус')).toEqual(['завершил', 'завершил', 'завершил', 'завершил']);
    expect(column(after.get('Встречи')!, 'ID пары').filter(Boolean)).toEqual([]);
  });
});
