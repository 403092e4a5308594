import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { filesIn, fixtureRows, runCli, tempDir } from './helpers';

async function matchRows(mentors: string[][], mentees: string[][], extra: string[] = []) {
  const dir = await tempDir();
  await writeFile(join(dir, 'm.csv'), stringify(mentors));
  await writeFile(join(dir, 'e.csv'), stringify(mentees));
  const result = await runCli([
    'match',
    '--mentors',
    join(dir, 'm.csv'),
    '--mentees',
    join(dir, 'e.csv'),
    '--out',
    join(dir, 'pairs.csv'),
    ...extra,
  ]);
  return { ...result, dir, files: await filesIn(dir) };
}

const idsIn = (text: string) => new Set([...text.matchAll(/[НУ]\d{3}/g)].map((match) => match[0]));

describe('match leaves rows with problems out and pairs everyone else', () => {
  it('a bad capacity: exit 3, the mentor is listed with its place, the others are paired and written', async () => {
    const mentors = await fixtureRows('mentors.csv');
    mentors[2][14] = 'два';
    const clean = await matchRows(await fixtureRows('mentors.csv'), await fixtureRows('mentees.csv'), ['--json']);
    const result = await matchRows(mentors, await fixtureRows('mentees.csv'), ['--json']);
    expect(result.code).toBe(3);
    expect(result.files).toEqual(['e.csv', 'm.csv', 'pairs.csv']);
    expect(result.stderr).toContain('Строки с ошибками не учтены (1) — исправьте и запустите снова:\n');
    expect(result.stderr).toContain(
      '  Лист «Наставники (m.csv)», строка 3, столбец O «Макс. наставляемых»: «два» — нужно целое число от 1 до 100\n',
    );
    const json = JSON.parse(result.stdout);
    expect(json.pairs.some((pair: { mentorId: string }) => pair.mentorId === 'Н002')).toBe(false);
    // Every pair not of Н002 is still made.
    const before = JSON.parse(clean.stdout).pairs.filter((pair: { mentorId: string }) => pair.mentorId !== 'Н002');
    expect(json.pairs).toEqual(expect.arrayContaining(before));
  });

  it('says in the summary how many were left out', async () => {
    const mentors = await fixtureRows('mentors.csv');
    mentors[2][14] = 'два';
    const mentees = await fixtureRows('mentees.csv');
    mentees[3][6] = 'наставник – группа';
    const result = await matchRows(mentors, mentees);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain(
      '1 наставник и 1 наставляемый не участвовали в подборе из-за ошибок в их строках — см. замечания выше',
    );
  });

  it('--strict keeps all-or-nothing: exit 1, nothing written', async () => {
    const mentors = await fixtureRows('mentors.csv');
    mentors[2][14] = 'два';
    const result = await matchRows(mentors, await fixtureRows('mentees.csv'), ['--strict']);
    expect(result.code).toBe(1);
    expect(result.files).toEqual(['e.csv', 'm.csv']);
    expect(result.stderr).toMatch(/Ничего не записано\.\n$/);
  });

  it('a missing column is not a row problem: exit 1 and nothing written even without --strict', async () => {
    const mentors = (await fixtureRows('mentors.csv')).map((row) => row.filter((_, index) => index !== 8));
    const result = await matchRows(mentors, await fixtureRows('mentees.csv'));
    expect(result.code).toBe(1);
    expect(result.files).toEqual(['e.csv', 'm.csv']);
  });

  it('Latin look-alikes are corrected: exit 0, the correction is listed, the pairs are the same', async () => {
    const mentees = await fixtureRows('mentees.csv');
    mentees[1][6] = 'учитeль – ученик';
    mentees[1][12] = 'дa';
    const clean = await matchRows(await fixtureRows('mentors.csv'), await fixtureRows('mentees.csv'), ['--json']);
    const result = await matchRows(await fixtureRows('mentors.csv'), mentees, ['--json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(clean.stdout);
    expect(result.stderr).toContain('Замечания — строки учтены (3):\n');
    expect(result.stderr).toContain(
      '«учитeль – ученик» — исправлено: латинская «e» в «учитeль» (принято как «учитель – ученик»)',
    );
  });

  it('case, spaces, «ё» and dashes are corrected and reported too; exactly valid values are not', async () => {
    const mentees = await fixtureRows('mentees.csv');
    mentees[1][2] = 'обучающийся';
    mentees[1][6] = 'Учитель-Ученик';
    mentees[1][9] = 'Пн';
    mentees[1][10] = 'Очно';
    mentees[1][12] = 'Да';
    const clean = await matchRows(await fixtureRows('mentors.csv'), await fixtureRows('mentees.csv'), ['--json']);
    const result = await matchRows(await fixtureRows('mentors.csv'), mentees, ['--json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(clean.stdout);
    expect(clean.stderr).not.toContain('исправлено');
    const place = 'Лист «Наставляемые (e.csv)», строка 2, столбец';
    expect(result.stderr).toContain(
      `${place} C «Категория»: «обучающийся» — исправлено: регистр букв (принято как «Обучающийся»)\n`,
    );
    expect(result.stderr).toContain(
      `${place} G «Форма наставничества»: «Учитель-Ученик» — исправлено: регистр букв, пробелы, тире/дефис (принято как «учитель – ученик»)\n`,
    );
    expect(result.stderr).toContain(`${place} J «Удобные дни»: «Пн» — исправлено: регистр букв (принято как «пн»)\n`);
    expect(result.stderr).toContain(`${place} K «Формат»: «Очно» — исправлено: регистр букв (принято как «очно»)\n`);
    expect(result.stderr).toContain(
      `${place} M «Согласие на обработку ПДн»: «Да» — исправлено: регистр букв (принято как «да»)\n`,
    );
  });

  it('a bad ИНН does not keep the mentor out of pairing', async () => {
    const mentors = await fixtureRows('mentors.csv');
    mentors[4][4] = '2310000012';
    const clean = await matchRows(await fixtureRows('mentors.csv'), await fixtureRows('mentees.csv'), ['--json']);
    const result = await matchRows(mentors, await fixtureRows('mentees.csv'), ['--json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(clean.stdout);
    expect(result.stderr).toContain(
      'столбец E «ИНН организации»: «2310000012» — ИНН должен состоять из 10 или 12 цифр',
    );
  });
});

describe('match output for people', () => {
  it('without --write prints the proposed pairs as a table: mentor, mentee, form, score, main reasons', async () => {
    const result = await matchRows(await fixtureRows('mentors.csv'), await fixtureRows('mentees.csv'));
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^Предложенные пары: \d+ пар[аы]? \(\d+ наставляем(ый|ых) с наставником\)$/);
    expect(lines[1]).toMatch(/^Наставник +Наставляемый +Форма +Совместимость +Почему подобраны$/);
    expect(result.stdout).toMatch(/Н001 Ларионова Вера Павловна +У001 Котов Иван Петрович +учитель – ученик +\d+ +\S/);
  });

  it('--out CSV opens in Russian Excel: UTF-8 BOM, «;», CRLF; --csv plain gives the contract format', async () => {
    const people = await matchRows(await fixtureRows('mentors.csv'), await fixtureRows('mentees.csv'));
    const bytes = await readFile(join(people.dir, 'pairs.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'ID пары;Форма;Наставник ID;Наставник;Наставляемый ID;Наставляемый;Совместимость;Почему подобраны;Статус;Дата начала;Приказ',
    );
    const plain = await matchRows(await fixtureRows('mentors.csv'), await fixtureRows('mentees.csv'), [
      '--csv',
      'plain',
    ]);
    const plainText = await readFile(join(plain.dir, 'pairs.csv'), 'utf8');
    expect(plainText.startsWith('ID пары,Форма,')).toBe(true);
    expect(idsIn(plainText)).toEqual(idsIn(text));
  });
});
