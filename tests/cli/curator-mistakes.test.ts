// A workbook typed the way a curator types one: a wrong ИНН check digit, Latin look-alike letters,
// a preference to nobody, a word for a number, a class range Excel turned into a date. Everyone
// the valid rows allow gets a mentor, and every problem is named at its cell.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillSheet, filesIn, fixtureRows, loadWorkbook, runCli, tempDir } from './helpers';

type Rows = string[][];
type Edit = (mentors: unknown[][], mentees: unknown[][]) => void;

/** `init`, then the fixture registries as edited. */
async function workspace(dir: string, edit: Edit): Promise<string> {
  const path = join(dir, 'workspace.xlsx');
  expect((await runCli(['init', path])).code).toBe(0);
  const mentors: unknown[][] = await fixtureRows('mentors.csv');
  const mentees: unknown[][] = await fixtureRows('mentees.csv');
  edit(mentors, mentees);
  const workbook = await loadWorkbook(path);
  fillSheet(workbook.getWorksheet('Наставники')!, mentors);
  fillSheet(workbook.getWorksheet('Наставляемые')!, mentees);
  await workbook.xlsx.writeFile(path);
  return path;
}

const col = (rows: Rows | unknown[][], header: string) => (rows[0] as string[]).indexOf(header);

const withMistakes: Edit = (mentors, mentees) => {
  mentors[4][col(mentors, 'ИНН организации')] = '2310000012'; // Н004: wrong check digit
  mentors[1][col(mentors, 'Формы наставничества')] = 'учитeль – ученик; учитель – учитель'; // Н001: Latin «e»
  mentors[3][col(mentors, 'Макс. наставляемых')] = 'два'; // Н003
  mentors[6][col(mentors, 'Классы/курсы наставляемых')] = new Date(Date.UTC(2026, 4, 7)); // Н006: «5-7» as Excel's date
  mentees[1][col(mentees, 'Предпочитаемый наставник')] = 'H001'; // У001: Latin «H»
  mentees[2][col(mentees, 'Согласие на обработку ПДн')] = 'дa'; // У002: Latin «a»
  mentees[3][col(mentees, 'Предпочитаемый наставник')] = 'Н404'; // У003: nobody
  mentees[11][col(mentees, 'Категория')] = 'Oбучающийся'; // У011: Latin «O»
  mentees[12][col(mentees, 'Возраст')] = 'тринадцать'; // У012
};

/** The same registries with the bad rows removed and the look-alikes typed right. */
const cleaned: Edit = (mentors, mentees) => {
  mentees[3][col(mentees, 'Предпочитаемый наставник')] = '';
  for (const index of [6, 3]) mentors.splice(index, 1);
  mentees.splice(12, 1);
};

describe('a workbook with a curator’s mistakes', () => {
  it('pairs everyone the valid rows allow, names every problem at its cell, writes «Пары» and exits 3', async () => {
    const dir = await tempDir();
    const path = await workspace(dir, withMistakes);
    const reference = await runCli(['match', '--workbook', await workspace(await tempDir(), cleaned), '--json']);
    const result = await runCli(['match', '--workbook', path, '--write', '--json']);
    expect(result.code).toBe(3);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(reference.stdout));

    const lines = result.stderr.split('\n');
    const problems = lines.slice(
      lines.findIndex((line) => line.startsWith('Строки с ошибками')) + 1,
      lines.findIndex((line) => line.startsWith('Замечания')),
    );
    expect(
      problems.map((line) => /^ {2}Лист «([^»]+)», строка (\d+), столбец (\w+)/.exec(line)?.slice(1).join(' ')),
    ).toEqual(['Наставники 4 O', 'Наставники 7 L', 'Наставляемые 13 D']);
    for (const expected of [
      'Лист «Наставники», строка 5, столбец E «ИНН организации»: «2310000012» — ИНН должен состоять из 10 или 12 цифр',
      'Лист «Наставники», строка 2, столбец I «Формы наставничества»: «учитeль – ученик» — исправлено: латинская «e» в «учитeль»',
      'Лист «Наставляемые», строка 3, столбец M «Согласие на обработку ПДн»: «дa» — исправлено: латинская «a» в «дa»',
      'Лист «Наставляемые», строка 12, столбец C «Категория»: «Oбучающийся» — исправлено: латинская «O» в «Oбучающийся»',
      'Лист «Наставляемые», строка 2, столбец «Предпочитаемый наставник»: «H001» — исправлено: латинская «H» в «H001»; найден ID «Н001»',
      'Лист «Наставляемые», строка 4, столбец «Предпочитаемый наставник»: «Н404» — нет наставника с таким ID или ФИО среди участвующих в подборе',
    ]) {
      expect(result.stderr).toContain(expected);
    }
    const workbook = await loadWorkbook(path);
    const pairs = workbook.getWorksheet('Пары')!;
    expect(pairs.actualRowCount - 1).toBe(JSON.parse(result.stdout).pairs.length);
  });

  it('says in words how many were left out', async () => {
    const result = await runCli(['match', '--workbook', await workspace(await tempDir(), withMistakes)]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain(
      '2 наставника и 1 наставляемый не участвовали в подборе из-за ошибок в их строках — см. замечания выше',
    );
  });

  it('--strict still exits 1 and writes nothing', async () => {
    const dir = await tempDir();
    const path = await workspace(dir, withMistakes);
    const bytes = await readFile(path);
    const result = await runCli(['match', '--workbook', path, '--write', '--strict', '--out', join(dir, 'p.csv')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Ничего не записано\.\n$/);
    expect((await readFile(path)).equals(bytes)).toBe(true);
    expect(await filesIn(dir)).toEqual(['workspace.xlsx']);
  });
});
