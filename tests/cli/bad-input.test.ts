import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { filesIn, fixture, fixtureRows, runCli, tempDir } from './helpers';

/** Runs match --strict with --out and --scores-out into a fresh folder holding the given input files. */
async function matchFiles(
  mentors: string | Uint8Array,
  mentees: string | Uint8Array,
  options: { strict?: boolean } = {},
) {
  const dir = await tempDir();
  await writeFile(join(dir, 'm.csv'), mentors);
  await writeFile(join(dir, 'e.csv'), mentees);
  const result = await runCli([
    'match',
    '--mentors',
    join(dir, 'm.csv'),
    '--mentees',
    join(dir, 'e.csv'),
    '--out',
    join(dir, 'pairs.csv'),
    '--scores-out',
    join(dir, 'scores.csv'),
    '--json',
    ...(options.strict === false ? [] : ['--strict']),
  ]);
  return {
    ...result,
    files: await filesIn(dir),
    lines: result.stderr.split('\n').filter((line) => line.startsWith('  ')),
  };
}

const csv = (rows: string[][]) => stringify(rows);
const mentorRows = () => fixtureRows('mentors.csv');
const menteeRows = () => fixtureRows('mentees.csv');
const menteesText = () => readFile(fixture('mentees.csv'));

function expectRejected(result: Awaited<ReturnType<typeof matchFiles>>) {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.files).toEqual(['e.csv', 'm.csv']);
  expect(result.stderr).toMatch(/^Ошибки во входных данных \(\d+\):\n/);
  expect(result.stderr).toMatch(/Ничего не записано\.\n$/);
}

describe('match --strict refuses bad input: exit 1, every problem in Russian with its place, no output file', () => {
  it('a missing required column', async () => {
    const rows = (await mentorRows()).map((row) => row.filter((_, index) => index !== 8));
    const result = await matchFiles(csv(rows), await menteesText());
    expectRejected(result);
    expect(result.lines).toEqual([
      '  Лист «Наставники (m.csv)», строка 1, столбец «Формы наставничества»: нет обязательного столбца — добавьте его в строку заголовков',
    ]);
  });

  it('an unknown form name', async () => {
    const rows = await mentorRows();
    rows[3][8] = 'учитель – учитель; наставник – группа';
    const result = await matchFiles(csv(rows), await menteesText());
    expectRejected(result);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(
      /^ {2}Лист «Наставники \(m\.csv\)», строка 4, столбец I «Формы наставничества»: «наставник – группа» — неизвестное значение \(форма наставничества\); допустимо: ученик – ученик, /,
    );
  });

  it('a capacity of «два»', async () => {
    const rows = await mentorRows();
    rows[2][14] = 'два';
    const result = await matchFiles(csv(rows), await menteesText());
    expectRejected(result);
    expect(result.lines).toEqual([
      '  Лист «Наставники (m.csv)», строка 3, столбец O «Макс. наставляемых»: «два» — нужно целое число от 1 до 100',
    ]);
  });

  it('a duplicate ID', async () => {
    const rows = await menteeRows();
    rows[5][0] = rows[2][0];
    const result = await matchFiles(await readFile(fixture('mentors.csv')), csv(rows));
    expectRejected(result);
    expect(result.lines).toEqual([
      '  Лист «Наставляемые (e.csv)», строка 6, столбец A «ID»: «У002» — ID повторяется: такой же ID уже в строке 3; у каждого должен быть свой',
    ]);
  });

  it('an empty file', async () => {
    const result = await matchFiles('', await menteesText());
    expectRejected(result);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(/^ {2}Лист «Наставники \(m\.csv\)», строка 1: файл «.*m\.csv» пуст/);
  });

  it('a file of blank lines', async () => {
    const result = await matchFiles('\r\n\r\n  \n', await menteesText());
    expectRejected(result);
    expect(result.lines).toEqual([
      '  Лист «Наставники (m.csv)», строка 1: файл пуст: в первой строке должны быть заголовки столбцов',
    ]);
  });

  it('a binary file', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
    ]);
    const result = await matchFiles(await readFile(fixture('mentors.csv')), png);
    expectRejected(result);
    expect(result.lines).toEqual([
      '  Лист «Наставляемые (e.csv)»: файл не похож на CSV-таблицу: в нём двоичные данные',
    ]);
  });

  it('a header row only', async () => {
    const header = (await mentorRows()).slice(0, 1);
    const result = await matchFiles(csv(header), await menteesText());
    expectRejected(result);
    expect(result.lines).toEqual([
      '  Лист «Наставники (m.csv)», строка 2: нет ни одной строки с данными под заголовками',
    ]);
  });

  it('lists every problem of both files at once, in sheet, row and column order', async () => {
    const mentors = await mentorRows();
    mentors[2][14] = 'два';
    mentors[5][16] = 'возможно';
    const mentees = await menteeRows();
    mentees[4][6] = 'наставник – группа';
    mentees[7][0] = 'У001';
    const result = await matchFiles(csv(mentors), csv(mentees));
    expectRejected(result);
    expect(result.stderr).toContain('Ошибки во входных данных (4):');
    expect(result.lines.map((line) => /строка \d+, столбец \w+/.exec(line)?.[0])).toEqual([
      'строка 3, столбец O',
      'строка 6, столбец Q',
      'строка 5, столбец G',
      'строка 8, столбец A',
    ]);
    expect(result.lines.slice(0, 2).every((line) => line.includes('«Наставники (m.csv)»'))).toBe(true);
    expect(result.lines.slice(2).every((line) => line.includes('«Наставляемые (e.csv)»'))).toBe(true);
  });

  it('still checks the other file when one cannot be read', async () => {
    const mentees = await menteeRows();
    mentees[2][12] = 'потом';
    const result = await matchFiles(Uint8Array.from([0, 1, 2, 3]), csv(mentees));
    expectRejected(result);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1]).toContain(
      'Лист «Наставляемые (e.csv)», строка 3, столбец M «Согласие на обработку ПДн»: «потом»',
    );
  });

  it('a file that does not exist', async () => {
    const dir = await tempDir();
    const result = await runCli([
      'match',
      '--mentors',
      join(dir, 'нет.csv'),
      '--mentees',
      fixture('mentees.csv'),
      '--out',
      join(dir, 'p.csv'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Лист «Наставники \(нет\.csv\)»: файл «.*нет\.csv» не найден/);
    expect(await filesIn(dir)).toEqual([]);
  });
});
