import { chmod, copyFile, readFile, writeFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { outputError } from '../../cli/atomic-write';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoadmap, ROADMAP_ACTIVITIES } from '../../shared/roadmap';
import { headersOf, pairSheet, WORKSPACE_SHEETS } from '../../shared/workspace';
import { sheetGrid } from '../../cli/xlsx-grid';
import { filesIn, fillSheet, fixture, fixtureRows, loadWorkbook, runCli, sheetValues, tempDir } from './helpers';

async function initWorkbook(dir: string): Promise<string> {
  const path = join(dir, 'workspace.xlsx');
  const result = await runCli(['init', path]);
  expect(result.code).toBe(0);
  return path;
}

/** An initialised workspace with the fixture registries, plus whatever `edit` adds. */
async function workspaceWithFixtures(dir: string, edit?: (workbook: Awaited<ReturnType<typeof loadWorkbook>>) => void) {
  const path = await initWorkbook(dir);
  const workbook = await loadWorkbook(path);
  fillSheet(workbook.getWorksheet('Наставники')!, await fixtureRows('mentors.csv'));
  fillSheet(workbook.getWorksheet('Наставляемые')!, await fixtureRows('mentees.csv'));
  edit?.(workbook);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('init', () => {
  it('creates every workspace sheet with headers, frozen header row, widths, notes and dropdowns', async () => {
    const dir = await tempDir();
    const path = await initWorkbook(dir);
    const workbook = await loadWorkbook(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(WORKSPACE_SHEETS.map((spec) => spec.name));
    for (const spec of WORKSPACE_SHEETS) {
      const sheet = workbook.getWorksheet(spec.name)!;
      expect(sheetValues(sheet)[0]).toEqual(headersOf(spec));
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      spec.columns.forEach((column, index) => expect(sheet.getColumn(index + 1).width).toBe(column.width));
    }
    const mentors = workbook.getWorksheet('Наставники')!;
    const validation = (sheet: typeof mentors, address: string) =>
      (
        sheet as unknown as { dataValidations: { find(a: string): { type: string; formulae: string[] } | undefined } }
      ).dataValidations.find(address);
    expect(validation(mentors, 'C2')).toMatchObject({
      type: 'list',
      formulae: ['"Обучающийся,Педагог,Выпускник,Представитель предприятия,Родитель,Социальный партнёр"'],
    });
    expect(validation(mentors, 'Q500')?.formulae).toEqual(['"да,нет"']);
    expect(validation(mentors, 'R2')?.formulae).toEqual(['"кандидат,в реестре,выбыл"']);
    expect(validation(mentors, 'A2')).toBeUndefined();
    const mentees = workbook.getWorksheet('Наставляемые')!;
    expect(validation(mentees, 'G2')?.formulae).toEqual([
      '"ученик – ученик,учитель – учитель,учитель – ученик,студент – ученик,работодатель – студент"',
    ]);
    expect(validation(mentees, 'N2')?.formulae).toEqual(['"ожидает,в паре,завершил,без пары"']);
    expect(validation(workbook.getWorksheet('Пары')!, 'I2')?.formulae).toEqual([
      '"предложена,утверждена,завершена,расторгнута"',
    ]);
    expect(mentors.getRow(1).getCell(9).note).toBeTruthy();
    const settings = sheetValues(workbook.getWorksheet('Настройки')!);
    expect(settings.map((row) => row[0])).toContain('Минимальная совместимость');
    expect(settings.find((row) => row[0] === 'Вес: пожелания участников')?.[1]).toMatch(/^\d+$/);
  });

  it('lays the roadmap out over the academic year of --year, read back without problems', async () => {
    const dir = await tempDir();
    const path = join(dir, 'workspace.xlsx');
    const result = await runCli(['init', path, '--year', '2024']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Дорожная карта составлена на 2024/2025 учебный год.');
    const workbook = await loadWorkbook(path);
    const sheet = workbook.getWorksheet('Дорожная карта')!;
    const { items, problems } = readRoadmap(sheetGrid(sheet));
    expect(problems).toEqual([]);
    expect(items).toHaveLength(ROADMAP_ACTIVITIES.length);
    expect(
      items.every((item) => item.status === 'не начато' && item.due! >= '2024-09-01' && item.due! <= '2025-08-31'),
    ).toBe(true);
    expect(items.filter((item) => item.controlPoint).length).toBeGreaterThan(0);
    expect(sheet.getRow(2).getCell(5).numFmt).toBe('dd.mm.yyyy');
    const settings = sheetValues(workbook.getWorksheet('Настройки')!).map((row) => row[0]);
    expect(settings).toEqual(
      expect.arrayContaining([
        'Код организации в регионе',
        'Обучающихся 10–19 лет',
        'Молодых педагогов (стаж 0–3 года)',
      ]),
    );
  });

  it('never overwrites an existing file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'workspace.xlsx');
    await writeFile(path, 'моё');
    const result = await runCli(['init', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('уже существует');
    expect(await readFile(path, 'utf8')).toBe('моё');
  });
});

describe('match --workbook', () => {
  it('gives the same pairs as the same registries in CSV files', async () => {
    const dir = await tempDir();
    const path = await workspaceWithFixtures(dir);
    const fromWorkbook = await runCli([
      'match',
      '--workbook',
      path,
      '--out',
      join(dir, 'w.csv'),
      '--scores-out',
      join(dir, 'ws.csv'),
      '--json',
    ]);
    const fromCsv = await runCli([
      'match',
      '--mentors',
      fixture('mentors.csv'),
      '--mentees',
      fixture('mentees.csv'),
      '--out',
      join(dir, 'c.csv'),
      '--scores-out',
      join(dir, 'cs.csv'),
      '--json',
    ]);
    expect(fromWorkbook.code).toBe(0);
    expect(fromWorkbook.stdout).toBe(fromCsv.stdout);
    expect((await readFile(join(dir, 'w.csv'))).equals(await readFile(join(dir, 'c.csv')))).toBe(true);
    expect((await readFile(join(dir, 'ws.csv'))).equals(await readFile(join(dir, 'cs.csv')))).toBe(true);
    expect(await filesIn(dir)).toEqual(['c.csv', 'cs.csv', 'w.csv', 'workspace.xlsx', 'ws.csv']);
  });

  it('--write fills «Пары», keeps confirmed pairs, other sheets and the curator’s columns, and is stable on a second run', async () => {
    const dir = await tempDir();
    const path = await workspaceWithFixtures(dir, (workbook) => {
      const mentors = workbook.getWorksheet('Наставники')!;
      mentors.getRow(1).getCell(21).value = 'Комментарий';
      mentors.getRow(2).getCell(21).value = 'позвонить в пятницу';
      const pairs = workbook.getWorksheet('Пары')!;
      pairs.getRow(1).getCell(12).value = 'Заметка куратора';
      fillSheet(pairs, [
        [],
        [
          'Г-1',
          'учитель – ученик',
          'Н007',
          'Савельева Инна Робертовна',
          'У003',
          'Соколова Мария Андреевна',
          90,
          'по запросу',
          'утверждена',
          new Date(Date.UTC(2024, 8, 2)),
          '15-од',
          'не трогать',
        ],
      ]);
      const own = workbook.addWorksheet('Мой лист');
      fillSheet(own, [
        ['Что угодно', 42],
        ['ещё', true],
      ]);
    });
    const before = await loadWorkbook(path);
    const result = await runCli(['match', '--workbook', path, '--write', '--json']);
    // The fixtures' one mutual choice a hard rule forbids is named; nothing else is.
    expect(result.stderr).toMatch(
      /^Замечания — строки учтены \(1\):\n {2}[^\n]*«Н002» — взаимный выбор не выполнен[^\n]*\n$/,
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.pairs.find((p: { menteeId: string }) => p.menteeId === 'У003')).toMatchObject({
      mentorId: 'Н007',
      pinned: true,
      pairId: 'Г-1',
    });

    const after = await loadWorkbook(path);
    expect(after.worksheets.map((sheet) => sheet.name)).toEqual(before.worksheets.map((sheet) => sheet.name));
    for (const name of ['Наставники', 'Наставляемые', 'Не объединять', 'Настройки', 'Мой лист']) {
      expect(sheetValues(after.getWorksheet(name)!)).toEqual(sheetValues(before.getWorksheet(name)!));
    }
    const pairs = sheetValues(after.getWorksheet('Пары')!);
    expect(pairs[0]).toEqual([...headersOf(pairSheet), 'Заметка куратора']);
    expect(pairs[1]).toEqual([
      'Г-1',
      'учитель – ученик',
      'Н007',
      'Савельева Инна Робертовна',
      'У003',
      'Соколова Мария Андреевна',
      '90',
      'по запросу',
      'утверждена',
      '2024-09-02T00:00:00.000Z',
      '15-од',
      'не трогать',
    ]);
    const proposed = pairs.slice(2);
    expect(proposed).toHaveLength(json.pairs.length - 1);
    expect(proposed.every((row) => row[8] === 'предложена' && row[11] === '')).toBe(true);
    expect(after.getWorksheet('Пары')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const again = await runCli(['match', '--workbook', path, '--write', '--json']);
    expect(again.stdout).toBe(result.stdout);
    expect(sheetValues((await loadWorkbook(path)).getWorksheet('Пары')!)).toEqual(pairs);
    expect(await filesIn(dir)).toEqual(['workspace.xlsx']);
  });

  it('--write drops stale proposals and moves the rows below up with their formulas and formatting', async () => {
    const dir = await tempDir();
    const path = await workspaceWithFixtures(dir, (workbook) => {
      const pairs = workbook.getWorksheet('Пары')!;
      pairs.getRow(1).getCell(12).value = 'Заметка';
      fillSheet(pairs, [
        [],
        ['П-Н005-УУ', 'ученик – ученик', 'Н005', '', 'У014', '', 10, '', 'предложена', '', '', 'устаревшая заметка'],
        ['Г-1', 'учитель – ученик', 'Н007', '', 'У003', '', 90, '', 'утверждена', '', ''],
      ]);
      pairs.getCell('L3').value = { formula: 'A3&"!"', result: 'Г-1!' };
      pairs.getCell('A3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    const result = await runCli(['match', '--workbook', path, '--write']);
    expect(result.code).toBe(0);
    const sheet = (await loadWorkbook(path)).getWorksheet('Пары')!;
    expect(sheet.getCell('A2').value).toBe('Г-1');
    expect(sheet.getCell('E2').value).toBe('У003');
    expect(sheet.getCell('D2').value).toBe('Савельева Инна Робертовна');
    expect(sheet.getCell('L2').value).toMatchObject({ formula: 'A3&"!"' });
    expect(sheet.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
    expect(sheetValues(sheet).flat()).not.toContain('устаревшая заметка');
    expect(
      sheetValues(sheet)
        .slice(2)
        .every((row) => row[8] === 'предложена'),
    ).toBe(true);
  });

  it('honours «Не объединять» and the minimum compatibility of «Настройки»', async () => {
    const dir = await tempDir();
    const plain = await workspaceWithFixtures(dir);
    const baseline = JSON.parse((await runCli(['match', '--workbook', plain, '--json'])).stdout);
    const chosen = baseline.pairs[0];
    const lowest = Math.min(...baseline.pairs.map((p: { score: number }) => p.score));

    const dir2 = await tempDir();
    const path = await workspaceWithFixtures(dir2, (workbook) => {
      fillSheet(workbook.getWorksheet('Не объединять')!, [[], [chosen.mentorId, chosen.menteeId, 'родственники']]);
      const settings = workbook.getWorksheet('Настройки')!;
      settings.eachRow((row) => {
        if (row.getCell(1).value === 'Минимальная совместимость') row.getCell(2).value = lowest + 1;
      });
    });
    const json = JSON.parse((await runCli(['match', '--workbook', path, '--json'])).stdout);
    expect(
      json.pairs.some(
        (p: { mentorId: string; menteeId: string }) => p.mentorId === chosen.mentorId && p.menteeId === chosen.menteeId,
      ),
    ).toBe(false);
    expect(json.pairs.every((p: { score: number }) => p.score > lowest)).toBe(true);
  });

  it('--strict leaves the workbook untouched on bad input', async () => {
    const dir = await tempDir();
    const path = await workspaceWithFixtures(dir, (workbook) => {
      workbook.getWorksheet('Наставники')!.getRow(3).getCell(15).value = 'два';
      fillSheet(workbook.getWorksheet('Не объединять')!, [[], ['Н404', 'У001', '']]);
    });
    const bytes = await readFile(path);
    const result = await runCli(['match', '--workbook', path, '--write', '--out', join(dir, 'p.csv'), '--strict']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Лист «Наставники», строка 3, столбец O «Макс. наставляемых»: «два» — нужно целое число от 1 до 100',
    );
    expect(result.stderr).toContain(
      'Лист «Не объединять», строка 2, столбец A «Наставник ID»: «Н404» — нет такого ID на листе «Наставники»',
    );
    expect((await readFile(path)).equals(bytes)).toBe(true);
    expect(await filesIn(dir)).toEqual(['workspace.xlsx']);
  });

  it('reports a missing sheet and a file that is not a workbook', async () => {
    const dir = await tempDir();
    const path = await initWorkbook(dir);
    const workbook = await loadWorkbook(path);
    workbook.removeWorksheet(workbook.getWorksheet('Наставляемые')!.id);
    fillSheet(workbook.getWorksheet('Наставники')!, await fixtureRows('mentors.csv'));
    await workbook.xlsx.writeFile(path);
    const missing = await runCli(['match', '--workbook', path]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Лист «Наставляемые»: в книге «workspace.xlsx» нет этого листа');

    const fake = join(dir, 'fake.xlsx');
    await writeFile(fake, 'ID,ФИО\n');
    const notWorkbook = await runCli(['match', '--workbook', fake]);
    expect(notWorkbook.code).toBe(1);
    expect(notWorkbook.stderr).toContain(
      `Файл «${fake}» не является книгой Excel (.xlsx): похоже на текстовый файл (например, CSV)`,
    );
    expect(notWorkbook.stderr).not.toContain('Лист «');
  });
});

describe('workbooks saved by other programs', () => {
  it.each(['openpyxl', 'libreoffice', 'excel', 'google-sheets'])(
    '%s.xlsx gives the same pairs as the same registries in CSV files',
    async (name) => {
      const fromCsv = await runCli([
        'match',
        '--mentors',
        fixture('mentors.csv'),
        '--mentees',
        fixture('mentees.csv'),
        '--json',
      ]);
      const fromWorkbook = await runCli(['match', '--workbook', fixture(`workbooks/${name}.xlsx`), '--json']);
      // The same notes as for the CSV files, whose sheets are named after the files.
      expect(fromWorkbook.stderr).toBe(fromCsv.stderr.replace(/ \((mentors|mentees)\.csv\)/g, ''));
      expect(fromWorkbook.code).toBe(0);
      expect(fromWorkbook.stdout).toBe(fromCsv.stdout);
      expect(JSON.parse(fromWorkbook.stdout).matched).toBeGreaterThan(0);
    },
  );

  it.each(['openpyxl', 'libreoffice', 'excel', 'google-sheets'])(
    '--write into %s.xlsx keeps the notes on the headers',
    async (name) => {
      const dir = await tempDir();
      const path = join(dir, `${name}.xlsx`);
      await copyFile(fixture(`workbooks/${name}.xlsx`), path);
      const result = await runCli(['match', '--workbook', path, '--write']);
      expect(result.code).toBe(0);
      const after = await loadWorkbook(path);
      const note = (cell: ExcelJS.Cell) => JSON.stringify(cell.note ?? '');
      expect(note(after.getWorksheet('Наставники')!.getCell('A1'))).toContain('Уникальный код, например Н001');
      expect(note(after.getWorksheet('Наставляемые')!.getCell('B1'))).toContain('Фамилия Имя Отчество');
      expect(sheetValues(after.getWorksheet('Пары')!).length).toBeGreaterThan(1);
      expect(await filesIn(dir)).toEqual([`${name}.xlsx`]);
    },
  );

  it('names the file, not a sheet, when it is missing, damaged or an old .xls', async () => {
    const dir = await tempDir();
    const missing = join(dir, 'нет.xlsx');
    expect((await runCli(['match', '--workbook', missing])).stderr).toContain(`Файл «${missing}»: не найден`);
    const damaged = join(dir, 'damaged.xlsx');
    const bytes = await readFile(fixture('workbooks/excel.xlsx'));
    await writeFile(damaged, bytes.subarray(0, bytes.length >> 1));
    const cut = await runCli(['match', '--workbook', damaged]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain(
      `Файл «${damaged}» повреждён или не является книгой Excel (.xlsx): откройте его в Excel или Google Таблицах и сохраните заново`,
    );
    const xls = join(dir, 'old.xlsx');
    await writeFile(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect((await runCli(['match', '--workbook', xls])).stderr).toContain('это старый формат .xls или книга с паролем');
  });
});

describe('Excel traps', () => {
  it('init gives ID, ИНН, class, class range and phone columns the text format, and no other column', async () => {
    const dir = await tempDir();
    const workbook = await loadWorkbook(await initWorkbook(dir));
    const formats = (name: string) => {
      const sheet = workbook.getWorksheet(name)!;
      return headersOf(WORKSPACE_SHEETS.find((spec) => spec.name === name)!).flatMap((header, index) =>
        sheet.getColumn(index + 1).numFmt === '@' ? [header] : [],
      );
    };
    expect(formats('Наставники')).toEqual([
      'ID',
      'ИНН организации',
      'Класс/курс',
      'Классы/курсы наставляемых',
      'Телефон',
    ]);
    expect(formats('Наставляемые')).toEqual(['ID', 'Класс/курс']);
    expect(formats('Пары')).toEqual(['ID пары', 'Наставник ID', 'Наставляемый ID']);
    expect(formats('Не объединять')).toEqual(['Наставник ID', 'Наставляемый ID']);
    expect(formats('Настройки')).toEqual([]);
  });

  it('explains a class range that Excel turned into a date', async () => {
    const dir = await tempDir();
    const path = await workspaceWithFixtures(dir, (workbook) => {
      const cell = workbook.getWorksheet('Наставники')!.getCell('L2');
      expect(cell.value).toBe('7-9');
      cell.value = new Date(Date.UTC(2026, 8, 7));
      cell.numFmt = 'dd.mmm';
    });
    const result = await runCli(['match', '--workbook', path]);
    expect(result.stderr).toContain(
      'Лист «Наставники», строка 2, столбец L «Классы/курсы наставляемых»: «07.09.2026» — Excel превратил «7-9» в дату: задайте столбцу формат «Текстовый» и введите «7-9» заново',
    );
  });
});

describe('writing files', () => {
  it('refuses a read-only workbook and leaves it as it was', async () => {
    const dir = await tempDir();
    const path = await workspaceWithFixtures(dir);
    await chmod(path, 0o444);
    const bytes = await readFile(path);
    const result = await runCli(['match', '--workbook', path, '--write']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `Файл только для чтения: «${path}» — снимите отметку «Только чтение» в свойствах файла или укажите другое имя.\nНичего не записано.\n`,
    );
    expect((await readFile(path)).equals(bytes)).toBe(true);
    expect(await filesIn(dir)).toEqual(['workspace.xlsx']);
  });

  it('refuses a workbook open in Excel or LibreOffice (their lock file beside it)', async () => {
    for (const lock of ['~$workspace.xlsx', '.~lock.workspace.xlsx#']) {
      const dir = await tempDir();
      const path = await workspaceWithFixtures(dir);
      await writeFile(join(dir, lock), 'куратор');
      const bytes = await readFile(path);
      const result = await runCli(['match', '--workbook', path, '--write']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `Файл «${path}» открыт в Excel или LibreOffice (рядом лежит «${lock}»): закройте его и повторите`,
      );
      expect((await readFile(path)).equals(bytes)).toBe(true);
      expect(await filesIn(dir)).toEqual([lock, 'workspace.xlsx'].sort());
    }
  });

  it('writes nothing when one of several outputs cannot be written', async () => {
    const dir = await tempDir();
    const path = await workspaceWithFixtures(dir);
    const bytes = await readFile(path);
    const out = join(dir, 'нет-такой-папки', 'pairs.csv');
    const result = await runCli(['match', '--workbook', path, '--write', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `Папки «${join(dir, 'нет-такой-папки')}» нет: создайте её или укажите другой путь для «${out}».\nНичего не записано.\n`,
    );
    expect((await readFile(path)).equals(bytes)).toBe(true);
    expect(await filesIn(dir)).toEqual(['workspace.xlsx']);
  });

  it.each([
    ['ENOSPC', 'Не хватает места на диске для «/д/отчёт.json»: освободите место или укажите другую папку'],
    [
      'EACCES',
      'Нет прав на запись «/д/отчёт.json»: файл открыт в другой программе или у вас нет прав на папку «/д» — закройте файл или укажите другую папку',
    ],
    ['EBUSY', 'Файл «/д/отчёт.json» занят другой программой (например, открыт в Excel): закройте его и повторите'],
    ['EROFS', 'Диск с папкой «/д» доступен только для чтения: укажите другую папку для «/д/отчёт.json»'],
  ])('%s is one Russian line naming the file', (code, message) => {
    const error = Object.assign(new Error(`${code}: raw /д/.отчёт.json.98fe3597f792.tmp`), { code });
    expect(outputError(error, '/д/отчёт.json').message).toBe(message);
  });
});
