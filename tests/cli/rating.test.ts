// `rating` over an xlsx workspace holding the hand-checked year of tests/achievements/fixture.ts:
// a preview changes nothing; --write puts «Рейтинг наставников», adds only absent rows of the points
// table to «Настройки» and leaves every other sheet exactly as it was.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ACHIEVEMENTS_SHEET, RATING_SHEET_NAME } from '../../shared/achievements';
import { meetingTypes } from '../../shared/meetings';
import {
  headersOf,
  measurementAnswerSheet,
  mentorSheet,
  pairSheet,
  satisfactionAnswerSheet,
  settingsSheet,
} from '../../shared/workspace';
import {
  ACHIEVEMENT_GRID,
  MEASUREMENT_GRID,
  MEETINGS,
  MENTORS,
  PAIRS,
  SATISFACTION_GRID,
} from '../achievements/fixture';
import { fillSheet, loadWorkbook, runCli, sheetValues, tempDir } from './helpers';

const statusLabel = { 'в реестре': 'в реестре', кандидат: 'кандидат', выбыл: 'выбыл' } as const;
const formLabel = { 'teacher-teacher': 'учитель – учитель', 'student-student': 'ученик – ученик' } as Record<
  string,
  string
>;

async function workspace(edit?: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const path = join(await tempDir(), 'workspace.xlsx');
  expect((await runCli(['init', path, '--year', '2025'])).code).toBe(0);
  const workbook = await loadWorkbook(path);
  const mentors = headersOf(mentorSheet);
  fillSheet(workbook.getWorksheet(mentorSheet.name)!, [
    mentors,
    ...MENTORS.map((m) =>
      mentors.map(
        (h) =>
          ({
            ID: m.id,
            ФИО: m.fullName,
            'Формы наставничества': formLabel[m.forms[0]],
            'Согласие на обработку ПДн': 'да',
            Статус: statusLabel[m.status],
          })[h] ?? '',
      ),
    ),
  ]);
  const pairs = headersOf(pairSheet);
  fillSheet(workbook.getWorksheet(pairSheet.name)!, [
    pairs,
    ...PAIRS.map((p) =>
      pairs.map(
        (h) =>
          ({
            'ID пары': p.pairId,
            Форма: formLabel[p.form!],
            'Наставник ID': p.mentorId,
            'Наставляемый ID': p.menteeId,
            Статус: p.status!,
            'Дата начала': p.startDate,
          })[h] ?? '',
      ),
    ),
  ]);
  fillSheet(workbook.getWorksheet('Встречи')!, [
    ['ID пары', 'Тип встречи', 'Дата'],
    ...MEETINGS.map((m) => [m.pairId, meetingTypes.labelOf(m.type), new Date(`${m.date}T00:00:00Z`)]),
  ]);
  fillSheet(workbook.getWorksheet(satisfactionAnswerSheet.name)!, SATISFACTION_GRID);
  fillSheet(workbook.getWorksheet(measurementAnswerSheet.name)!, MEASUREMENT_GRID);
  fillSheet(workbook.getWorksheet(ACHIEVEMENTS_SHEET.name)!, ACHIEVEMENT_GRID);
  edit?.(workbook);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('rating --workbook', () => {
  it('previews the hand-checked rating and shortlist without changing the file', async () => {
    const path = await workspace();
    const before = await readFile(path);
    const result = await runCli(['rating', '--workbook', path, '--today', '20.05.2026']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Учебный год 2025/2026, расчёт на 20.05.2026');
    expect(result.stdout).toContain(
      'учитель – учитель | 1 | Н001 | Громова Алла Игоревна | 43,5 | 26 | 2 | 1 | П001 | 1 | 3 | 80 | 4 | 9 | 4,5 | 3 | 6 | да',
    );
    expect(result.stdout).toContain('учитель – учитель | 2 | Н003 | Сидорова Вера Николаевна | 26 | 26 | 3 | 0');
    expect(result.stdout).toContain('Белов Б. П., Сидорова В. Н. набрали поровну (26 баллов) и делят 2-е место.');
    expect(result.stdout).toContain('Это предпросмотр: книга не изменена.');
    expect(await readFile(path)).toEqual(before);
  });

  it('writes the rating sheet, adds only the absent points rows and leaves the other sheets as they were', async () => {
    const path = await workspace((workbook) => {
      const settings = workbook.getWorksheet(settingsSheet.name)!;
      settings.eachRow((row) => {
        const label = String(row.getCell(1).value ?? '');
        if (label === 'Наставник года: мест в шорт-листе каждой формы') row.getCell(2).value = 2;
        if (label === 'Баллы: рост наставляемых за 1 балл') row.values = [];
      });
    });
    const before = await loadWorkbook(path);
    const settingsBefore = sheetValues(before.getWorksheet(settingsSheet.name)!);
    const result = await runCli(['rating', '--workbook', path, '--today', '20.05.2026', '--write']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Лист «${RATING_SHEET_NAME}» обновлён в «workspace.xlsx»`);
    expect(result.stdout).toContain('добавлены баллы по умолчанию: «Баллы: рост наставляемых за 1 балл»');
    expect(result.stdout).toContain('в нём 3 наставника вместо 2');

    const after = await loadWorkbook(path);
    const rating = sheetValues(after.getWorksheet(RATING_SHEET_NAME)!);
    expect(rating[0][0]).toBe('Рейтинг наставников и шорт-лист «Наставник года»');
    const header = rating.findIndex((r) => r[0] === 'Форма' && r[2] === 'ID наставника');
    expect(rating.slice(header + 1, header + 5).map((r) => [r[2], r[4], r[1], r[17]])).toEqual([
      ['Н004', '0', '1', ''],
      ['Н001', '43.5', '1', 'да'],
      ['Н002', '26', '2', 'да'],
      ['Н003', '26', '2', 'да'],
    ]);
    const settings = sheetValues(after.getWorksheet(settingsSheet.name)!);
    expect(settings.slice(0, settingsBefore.length)).toEqual(settingsBefore);
    expect(
      settings
        .slice(settingsBefore.length)
        .filter((r) => r.some(Boolean))
        .map((r) => r.slice(0, 2)),
    ).toEqual([['Баллы: рост наставляемых за 1 балл', '2']]);
    for (const sheet of before.worksheets) {
      if (sheet.name === RATING_SHEET_NAME || sheet.name === settingsSheet.name) continue;
      expect(sheetValues(after.getWorksheet(sheet.name)!), sheet.name).toEqual(sheetValues(sheet));
    }

    // A second run finds every points row and adds none.
    const again = await runCli(['rating', '--workbook', path, '--today', '20.05.2026', '--write']);
    expect(again.stdout).not.toContain('добавлены баллы');
    expect(sheetValues((await loadWorkbook(path)).getWorksheet(settingsSheet.name)!)).toEqual(settings);
  });

  it('leaves a bad achievement out, names its cell and exits with 3', async () => {
    const path = await workspace((workbook) => {
      workbook.getWorksheet(ACHIEVEMENTS_SHEET.name)!.addRow(['Н001', '', 'Грамота', 'ОО', '01.10.2025']);
    });
    const result = await runCli(['rating', '--workbook', path, '--today', '20.05.2026']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('«Достижения наставников», строка 10, столбец C');
    expect(result.stdout).toContain('Громова Алла Игоревна | 43,5');
  });
});
