// `meetings`, `monitoring` and `indicators` over an xlsx workspace: figures checked by hand, only
// the product's own sheet written, every curator sheet left exactly as it was.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { measurementItems } from '../../shared/monitoring';
import { meetingSheet } from '../../shared/meetings';
import { measurementAnswerSheet } from '../../shared/workspace';
import { filesIn, loadWorkbook, runCli, sheetValues, tempDir } from './helpers';
import { fillRows, programmeWorkspace } from './programme-workspace';

const meeting = (pairId: string, type: string, date: Date, mentorScore?: number, menteeScore?: number) => ({
  'ID пары': pairId,
  'Тип встречи': type,
  Дата: date,
  ...(mentorScore ? { 'Оценка наставника': mentorScore } : {}),
  ...(menteeScore ? { 'Оценка наставляемого': menteeScore } : {}),
});
const day = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d));

const softSkills = measurementItems.filter((item) => item.parameter === 'softSkills');
const measurement = (id: string, wave: string, score: number) => ({
  'Ваш код участника': id,
  'Ваша роль в программе': 'наставляемый',
  'Когда вы заполняете анкету?': wave,
  ...Object.fromEntries(softSkills.map((item) => [item.text, score])),
});

/** The programme workspace with meetings and entry/exit measurements, plus a sheet of the curator's own. */
async function yearWorkspace(dir: string, edit?: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  return programmeWorkspace(dir, (workbook) => {
    fillRows(workbook.getWorksheet(meetingSheet.name)!, meetingSheet, [
      meeting('П1', 'знакомство', day(7, 10, 2024), 8, 9),
      meeting('П1', 'регулярная', day(15, 5, 2025), 9, 9),
      meeting('П2', 'знакомство', day(10, 10, 2024), 7, 6),
      meeting('П2', 'регулярная', day(1, 5, 2025)),
      meeting('П3', 'итоговая', day(20, 3, 2025), 10, 10),
      meeting('П4', 'итоговая', day(18, 5, 2025), 9, 8),
    ]);
    fillRows(workbook.getWorksheet(measurementAnswerSheet.name)!, measurementAnswerSheet, [
      measurement('У1', 'входной', 4),
      measurement('У2', 'входной', 5),
      measurement('У3', 'входной', 6),
      measurement('У1', 'итоговый', 7),
      measurement('У2', 'итоговый', 9),
      measurement('У3', 'итоговый', 6),
    ]);
    workbook.addWorksheet('Мои заметки').addRow(['звонок родителям У2', day(12, 5, 2025)]);
    edit?.(workbook);
  });
}

/** Every sheet but `except`, as values, to prove a command left the curator's sheets alone. */
async function otherSheets(path: string, except: string): Promise<Record<string, string[][]>> {
  const workbook = await loadWorkbook(path);
  return Object.fromEntries(
    workbook.worksheets.filter((sheet) => sheet.name !== except).map((sheet) => [sheet.name, sheetValues(sheet)]),
  );
}

const TODAY = ['--today', '20.05.2025'];

describe('meetings --workbook', () => {
  it('finds the pair a week without meetings and the one ready to complete, and writes only «Ход работы пар»', async () => {
    const dir = await tempDir();
    const path = await yearWorkspace(dir);
    const before = await otherSheets(path, 'Ход работы пар');

    const look = await runCli(['meetings', '--workbook', path, ...TODAY]);
    expect(look.code).toBe(0);
    expect(look.stdout).toBe(
      'На 20.05.2025: пар (по «ID пары») — 4 (в работе — 3, завершены — 1); строк на листе «Пары» — 4, по одной на наставляемого.\n' +
        'Пар больше 7 дней без встречи: 1.\n' +
        '  П2 (Алексеева Дарья Романовна): дней без встречи — 19\n' +
        'Итоговая встреча проведена, пару можно завершить: П4.\n',
    );

    const result = await runCli(['meetings', '--workbook', path, ...TODAY, '--write']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Лист «Ход работы пар» обновлён в «workspace.xlsx».');
    const workbook = await loadWorkbook(path);
    const sheet = workbook.getWorksheet('Ход работы пар')!;
    const rows = sheetValues(sheet);
    expect(rows.map((row) => row.slice(0, 10))).toEqual([
      [
        'ID пары',
        'Наставник',
        'Наставляемые',
        'Статус пары',
        'Этап',
        'Проведено встреч',
        'Последняя встреча',
        'Дней без встречи',
        'Следующая встреча',
        'Больше недели без встречи',
      ],
      [
        'П1',
        'Сидоренко Галина Фёдоровна',
        'Никитин Павел Олегович',
        'утверждена',
        'регулярная',
        '2',
        '2025-05-15T00:00:00.000Z',
        '5',
        '',
        '',
      ],
      [
        'П2',
        'Алексеева Дарья Романовна',
        'Громова Елена Игоревна',
        'утверждена',
        'регулярная',
        '2',
        '2025-05-01T00:00:00.000Z',
        '19',
        '',
        'да',
      ],
      [
        'П3',
        'Жуков Роман Алексеевич',
        'Фролов Степан Денисович',
        'завершена',
        'итоговая',
        '1',
        '2025-03-20T00:00:00.000Z',
        '61',
        '',
        '',
      ],
      [
        'П4',
        'Сидоренко Галина Фёдоровна',
        'Тарасова Ксения Андреевна',
        'утверждена',
        'итоговая',
        '1',
        '2025-05-18T00:00:00.000Z',
        '2',
        '',
        '',
      ],
    ]);
    expect((sheet.getRow(3).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF4C7C3');
    expect((sheet.getRow(5).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9EAD3');
    expect(sheet.getRow(2).getCell(1).fill).toBeUndefined();
    expect(sheet.getRow(3).getCell(7).numFmt).toBe('dd.mm.yyyy');
    expect(await otherSheets(path, 'Ход работы пар')).toEqual(before);
    expect(await filesIn(dir)).toEqual(['workspace.xlsx']);
  });

  it('--strict: names a bad meeting row and writes nothing', async () => {
    const dir = await tempDir();
    const path = await yearWorkspace(dir, (workbook) => {
      workbook.getWorksheet('Встречи')!.addRow(['П9', 'чаепитие', '31.02.2025']);
    });
    const before = await otherSheets(path, '');
    const result = await runCli(['meetings', '--workbook', path, ...TODAY, '--write', '--strict']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Лист «Встречи», строка 8, столбец A «ID пары»: «П9» — такой пары нет в листе «Пары»',
    );
    expect(result.stderr).toContain(
      'Лист «Встречи», строка 8, столбец B «Тип встречи»: «чаепитие» — неизвестное значение (тип встречи)',
    );
    expect(result.stderr).toContain(
      'Лист «Встречи», строка 8, столбец C «Дата»: «31.02.2025» — нужна дата в виде ДД.ММ.ГГГГ',
    );
    expect(await otherSheets(path, '')).toEqual(before);
  });

  it('without --strict leaves the bad meeting row out, writes the progress of the rest and exits 3', async () => {
    const dir = await tempDir();
    const path = await yearWorkspace(dir, (workbook) => {
      workbook.getWorksheet('Встречи')!.addRow(['П9', 'чаепитие', '31.02.2025']);
    });
    const clean = await runCli(['meetings', '--workbook', await yearWorkspace(await tempDir()), ...TODAY]);
    const result = await runCli(['meetings', '--workbook', path, ...TODAY, '--write']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Строки с ошибками не учтены (3)');
    expect(result.stdout).toContain(clean.stdout.split('\n')[0]);
    expect(result.stdout).toContain('Строки с ошибками не учтены (3) — см. замечания выше.');
    expect(result.stdout).toContain('Лист «Ход работы пар» обновлён в «workspace.xlsx».');
  });
});

describe('monitoring --workbook', () => {
  it('leaves a bad meeting row out and exits 3; --strict exits 1 and writes nothing', async () => {
    const dir = await tempDir();
    const path = await yearWorkspace(dir, (workbook) => {
      workbook.getWorksheet('Встречи')!.addRow(['П9', 'чаепитие', '31.02.2025']);
    });
    const before = await otherSheets(path, '');
    const strict = await runCli(['monitoring', '--workbook', path, ...TODAY, '--write', '--strict']);
    expect(strict.code).toBe(1);
    expect(await otherSheets(path, '')).toEqual(before);
    const result = await runCli(['monitoring', '--workbook', path, ...TODAY]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Лист «Встречи», строка 8, столбец B «Тип встречи»: «чаепитие»');
    expect(result.stdout).toContain('Доля завершивших пар, % | 25');
  });

  it('writes stage 1 and hand-checked stage 2 figures into «Мониторинг», replacing what was there', async () => {
    const dir = await tempDir();
    const path = await yearWorkspace(dir, (workbook) => {
      const old = workbook.getWorksheet('Мониторинг')!;
      for (let r = 3; r <= 120; r++) old.getRow(r).getCell(5).value = `устаревшая строка ${r}`;
    });
    const before = await otherSheets(path, 'Мониторинг');
    const result = await runCli(['monitoring', '--workbook', path, ...TODAY, '--write']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Доля завершивших пар, % | 25');
    // Numbers for people: a decimal comma, never «4.17».
    expect(result.stdout).toMatch(/\| \d+,\d+/);
    expect(result.stdout).not.toMatch(/\| -?\d+\.\d/);
    const rows = sheetValues((await loadWorkbook(path)).getWorksheet('Мониторинг')!);
    expect(rows[0][0]).toBe('Мониторинг программы наставничества');
    expect(rows.flat().some((cell) => cell.startsWith('устаревшая'))).toBe(false);
    const value = (label: string) => rows.find((row) => row[0] === label)?.[1];
    // Started: П1, П2, П4 (утверждена) and П3 (завершена); completed: П3 → 25 %.
    expect(value('Пар начали работу (утверждены приказом)')).toBe('4');
    expect(value('Завершили программу')).toBe('1');
    expect(value('Доля завершивших пар, %')).toBe('25');
    // Mentees answered the satisfaction questionnaire: У1 8, У3 10 satisfied, У2 5 → 3 / 2.
    expect(rows.find((row) => row[0] === 'Наставляемые')?.slice(1, 4)).toEqual(['3', '2', '66.7']);
    // Soft skills: entry 4, 5, 6 (mean 5), exit 7, 9, 6 (mean 7.33); changes +3, +4, 0 → the zero
    // is dropped, n = 2, W+ = 1 + 2 = 3, W− = 0; with a zero the normal approximation is used:
    // z = (3 − 1.5 − 0.5) / √1.25 = 0.894, p = 2 · (1 − Φ(0.894)) = 0.3711; r = (3 − 0) / 3 = 1.
    expect(rows.find((row) => row[0] === 'Гибкие навыки')?.slice(0, 12)).toEqual([
      'Гибкие навыки',
      '3',
      '5',
      '7.33',
      '2.33',
      '3',
      '0',
      '0.3711',
      'нормальное приближение',
      '1',
      'большой',
      'изменение статистически незначимо (рост); мало участников с изменившейся оценкой (меньше 6)',
    ]);
    expect(await otherSheets(path, 'Мониторинг')).toEqual(before);
  });
});

describe('indicators --workbook', () => {
  it('prints and writes the six indicators against the year’s targets with coloured statuses', async () => {
    const dir = await tempDir();
    const path = await yearWorkspace(dir);
    const before = await otherSheets(path, 'Показатели');
    const result = await runCli(['indicators', '--workbook', path, '--period', '2024', '--write']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Наставляемые 10–19 лет: 0,8 % (3 из 400), цель 60 % — ниже цели');
    expect(result.stdout).toContain('Удовлетворённость наставляемых: 66,7 % (2 из 3), цель 65 % — цель достигнута');
    expect(result.stdout).toContain('Предприятия: 1, цель 15 % — считается по региону');
    const sheet = (await loadWorkbook(path)).getWorksheet('Показатели')!;
    const rows = sheetValues(sheet);
    expect(rows[0]).toEqual([
      'Показатель',
      'Числитель',
      'Знаменатель',
      'Значение, %',
      'Цель на год, %',
      'Оценка',
      'Год',
      'Как считается',
    ]);
    expect(rows.slice(1).map((row) => row.slice(0, 7))).toEqual([
      ['Наставляемые 10–19 лет', '3', '400', '0.8', '60', 'ниже цели', '2024'],
      ['Наставники 15–19 лет', '1', '150', '0.7', '8', 'ниже цели', '2024'],
      ['Молодые педагоги', '1', '6', '16.7', '10', 'цель достигнута', '2024'],
      ['Предприятия', '1', '', '', '15', 'считается по региону', '2024'],
      ['Удовлетворённость наставников', '1', '2', '50', '65', 'ниже цели', '2024'],
      ['Удовлетворённость наставляемых', '2', '3', '66.7', '65', 'цель достигнута', '2024'],
    ]);
    expect((sheet.getRow(4).getCell(6).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC8E6C9');
    expect((sheet.getRow(2).getCell(6).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFCDD2');
    expect(sheet.getRow(5).getCell(6).fill).toBeUndefined();
    expect(await otherSheets(path, 'Показатели')).toEqual(before);
    expect(await filesIn(dir)).toEqual(['workspace.xlsx']);
  });
});
