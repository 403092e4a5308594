// `report`: school report v1 from an xlsx workspace — aggregates only, every problem named.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSchoolReport } from '../../shared/report';
import { filesIn, loadWorkbook, runCli, tempDir } from './helpers';
import { EXPECTED_REPORT, PERSONAL_DATA, programmeWorkspace, setSettings } from './programme-workspace';

describe('report --workbook', () => {
  it('prints the report of aggregates counted by hand, with no name, e-mail, phone or answer in it', async () => {
    const dir = await tempDir();
    const path = await programmeWorkspace(dir);
    const result = await runCli(['report', '--workbook', path, '--school-id', '42-0003', '--period', '2024']);
    expect(result.stderr).toContain(
      'Число персонализированных программ не указано в «Настройках» — взято число пар: 4',
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toEqual(EXPECTED_REPORT);
    expect(parseSchoolReport(report).ok).toBe(true);
    for (const personal of PERSONAL_DATA) {
      expect(result.stdout, personal).not.toContain(personal);
      expect(result.stderr, personal).not.toContain(personal);
    }
    for (const id of ['Н1', 'Н2', 'Н3', 'У1', 'У2', 'У3', 'У4', 'П1']) expect(result.stdout).not.toContain(`"${id}"`);
    expect(await filesIn(dir)).toEqual(['workspace.xlsx']);
  });

  it('writes the same JSON with --out, whole, and takes --school-id over «Настройки»', async () => {
    const dir = await tempDir();
    const path = await programmeWorkspace(dir);
    const out = join(dir, 'отчёт.json');
    const result = await runCli([
      'report',
      '--workbook',
      path,
      '--school-id',
      '42-0777',
      '--period',
      '2025',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Отчёт организации «МБОУ «Лицей № 3»» (42-0777) за 2025 год записан: отчёт.json.\n' +
        'В нём только обобщённые числа и предприятия-партнёры: ФИО, контакты, возраст и ответы участников в отчёт не входят.\n',
    );
    const written = await readFile(out, 'utf8');
    expect(JSON.parse(written)).toEqual({
      ...EXPECTED_REPORT,
      school: { ...EXPECTED_REPORT.school, id: '42-0777' },
      period: '2025',
    });
    expect(written.endsWith('}\n')).toBe(true);
    expect(await filesIn(dir)).toEqual(['workspace.xlsx', 'отчёт.json']);
  });

  it('ends with exit 1 and every bad cell and missing setting named, writing nothing', async () => {
    const dir = await tempDir();
    const path = await programmeWorkspace(dir, (workbook) => {
      setSettings(workbook.getWorksheet('Настройки')!, {
        Педагогов: 'много',
        Муниципалитет: '',
        'Тип организации': 'вуз',
      });
      workbook.getWorksheet('Наставляемые')!.getRow(3).getCell(4).value = 'двенадцать';
    });
    const rowOf = new Map<string, number>();
    (await loadWorkbook(path))
      .getWorksheet('Настройки')!
      .eachRow((row, number) => rowOf.set(String(row.getCell(1).value), number));
    const out = join(dir, 'report.json');
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
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n');
    expect(lines).toContain(
      '  Лист «Наставляемые», строка 3, столбец D «Возраст»: «двенадцать» — нужно целое число от 1 до 120',
    );
    expect(lines).toContain(
      `  Лист «Настройки», строка ${rowOf.get('Педагогов')}, столбец B «Значение»: «много» — нужно целое число не меньше 0`,
    );
    expect(result.stderr).toMatch(
      new RegExp(
        `Лист «Настройки», строка ${rowOf.get('Тип организации')}, столбец B «Значение»: «вуз» — неизвестное значение \\(тип организации\\)`,
      ),
    );
    expect(lines).toContain(
      '  Отчёт, поле school.municipality («Муниципалитет»): Заполните в листе «Настройки» параметр «Муниципалитет»',
    );
    // A wrong value is named at its cell only, not also as a setting to fill in.
    expect(result.stderr).not.toContain('school.kind');
    expect(result.stderr).not.toContain('contingent.teachers');
    expect(result.stderr).toContain('Ошибки во входных данных (4):');
    expect(result.stderr).toContain('Ничего не записано.');
    expect(await filesIn(dir)).toEqual(['workspace.xlsx']);
  });

  it('names a count above its contingent by its report path', async () => {
    const dir = await tempDir();
    const path = await programmeWorkspace(dir, (workbook) =>
      setSettings(workbook.getWorksheet('Настройки')!, { 'Обучающихся 10–19 лет': 2, 'Обучающихся 15–19 лет': 1 }),
    );
    const result = await runCli(['report', '--workbook', path, '--school-id', '42-0003', '--period', '2024']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '  Отчёт, поле participants.menteeStudents10to19 («Наставляемые обучающиеся 10–19 лет»): «Наставляемые обучающиеся 10–19 лет» (3) больше, чем «Обучающиеся 10–19 лет» (2, contingent.students10to19)',
    );
    expect(result.stdout).toBe('');
  });

  it('names the sheets a workbook lacks', async () => {
    const dir = await tempDir();
    const path = await programmeWorkspace(dir, (workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet('Настройки')!.id);
      workbook.removeWorksheet(workbook.getWorksheet('Наставляемые')!.id);
    });
    const result = await runCli(['report', '--workbook', path, '--school-id', '42-0003', '--period', '2024']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Лист «Наставляемые»: в книге «workspace.xlsx» нет этого листа');
    expect(result.stderr).toContain('Лист «Настройки»: в книге «workspace.xlsx» нет этого листа');
  });
});
