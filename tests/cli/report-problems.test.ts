// `report` never builds what the region receives from rows with problems unless the curator says so.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { filesIn, runCli, tempDir } from './helpers';
import { EXPECTED_REPORT, programmeWorkspace } from './programme-workspace';

/** Row 4 of «Наставляемые» (У3, the one student of the employer form) gets a bad age; Н2's ИНН a wrong check digit. */
async function workspaceWithProblems(dir: string) {
  return programmeWorkspace(dir, (workbook) => {
    workbook.getWorksheet('Наставляемые')!.getRow(4).getCell(4).value = 'семнадцать';
    workbook.getWorksheet('Наставники')!.getRow(3).getCell(5).value = '4205012341';
  });
}

describe('report with row problems', () => {
  it('exits 1 without --allow-problems, lists every problem and says how to go on; nothing written', async () => {
    const dir = await tempDir();
    const path = await workspaceWithProblems(dir);
    const result = await runCli([
      'report',
      '--workbook',
      path,
      '--school-id',
      '42-0003',
      '--period',
      '2024',
      '--out',
      join(dir, 'r.json'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('запустите с --allow-problems');
    expect(result.stderr).toContain(
      '  Лист «Наставляемые», строка 4, столбец D «Возраст»: «семнадцать» — нужно целое число от 1 до 120',
    );
    expect(result.stderr).toContain(
      '  Лист «Наставники», строка 3, столбец E «ИНН организации»: «4205012341» — ИНН должен состоять из 10 или 12 цифр',
    );
    expect(await filesIn(dir)).toEqual(['workspace.xlsx']);
  });

  it('with --allow-problems builds the report from the other rows, lists what was left out and exits 3', async () => {
    const dir = await tempDir();
    const path = await workspaceWithProblems(dir);
    const out = join(dir, 'r.json');
    const result = await runCli([
      'report',
      '--workbook',
      path,
      '--school-id',
      '42-0003',
      '--period',
      '2024',
      '--out',
      out,
      '--allow-problems',
    ]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Строки с ошибками не учтены (2)');
    expect(result.stderr).toContain(
      'Отчёт сформирован без строк с ошибками: «Наставники» — 1 строка, «Наставляемые» — 1 строка; числа отчёта не включают эти строки.',
    );
    const report = JSON.parse(await readFile(out, 'utf8'));
    // The employer mentor and the student are not counted; nothing else changes.
    expect(report.participants).toEqual({
      ...EXPECTED_REPORT.participants,
      menteeStudents10to19: 2,
      mentorEmployees: 0,
    });
    expect(report.enterprises).toEqual([]);
    expect(report.contingent).toEqual(EXPECTED_REPORT.contingent);
  });

  it('--allow-problems does not pass a problem of the report’s own settings', async () => {
    const dir = await tempDir();
    const path = await programmeWorkspace(dir, (workbook) => {
      const settings = workbook.getWorksheet('Настройки')!;
      settings.eachRow((row) => {
        if (row.getCell(1).value === 'Педагогов') row.getCell(2).value = 'много';
      });
    });
    const result = await runCli([
      'report',
      '--workbook',
      path,
      '--school-id',
      '42-0003',
      '--period',
      '2024',
      '--allow-problems',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });
});

describe('indicators with row problems', () => {
  it('stay in the workbook: the rows are left out and listed, exit 3; --strict exits 1', async () => {
    const dir = await tempDir();
    const path = await workspaceWithProblems(dir);
    const result = await runCli(['indicators', '--workbook', path, '--period', '2024']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Строки с ошибками не учтены (2)');
    expect(result.stdout).toContain(
      'Без строк с ошибками: «Наставники» — 1, «Наставляемые» — 1; показатели не включают эти строки.',
    );
    expect(result.stdout).toMatch(/\d+,\d %/);
    const strict = await runCli(['indicators', '--workbook', path, '--period', '2024', '--strict']);
    expect(strict.code).toBe(1);
  });
});
