import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { resolveForm } from '../../shared/catalogue';
import { readMentees, readMentors } from '../../shared/registry';
import { fixture, fixtureRows, runCli, tempDir } from './helpers';

interface Outputs {
  stdout: string;
  pairs: Buffer;
  scores: Buffer;
  /** Notes of values read through a correction (case, spaces, «ё», dashes, Latin letters). */
  corrections: string[];
}

async function match(mentors: string, mentees: string): Promise<Outputs> {
  const dir = await tempDir();
  const out = join(dir, 'pairs.csv');
  const scoresOut = join(dir, 'scores.csv');
  const result = await runCli([
    'match',
    '--mentors',
    fixture(mentors),
    '--mentees',
    fixture(mentees),
    '--out',
    out,
    '--scores-out',
    scoresOut,
    '--json',
    '--csv',
    'plain',
  ]);
  // The fixtures hold one mutual choice a hard rule forbids: it is named; besides it only corrections are.
  const [heading, ...notes] = result.stderr.split('\n').filter(Boolean);
  expect(heading).toBe(`Замечания — строки учтены (${notes.length}):`);
  const corrections = notes.filter((line) => line.includes(' — исправлено: '));
  expect(notes.filter((line) => !corrections.includes(line))).toEqual([
    expect.stringMatching(
      /^ {2}Лист «Наставляемые \([^)]+\)», строка \d+, столбец «Предпочитаемый наставник»: «Н002» — взаимный выбор не выполнен: класс\/курс наставляемого \(6\) вне «Классы\/курсы наставляемых» наставника \(7–9\)$/,
    ),
  ]);
  expect(result.code).toBe(0);
  return { stdout: result.stdout, pairs: await readFile(out), scores: await readFile(scoresOut), corrections };
}

describe('match on CSV files', () => {
  it('writes the Пары columns, every feasible pair and the JSON of the contract', async () => {
    const { stdout, pairs, scores } = await match('mentors.csv', 'mentees.csv');
    const pairRows: string[][] = parse(pairs);
    expect(pairRows[0]).toEqual([
      'ID пары',
      'Форма',
      'Наставник ID',
      'Наставник',
      'Наставляемый ID',
      'Наставляемый',
      'Совместимость',
      'Почему подобраны',
      'Статус',
      'Дата начала',
      'Приказ',
    ]);
    expect(scores.toString('utf8').split('\n')[0]).toBe('Наставник ID,Наставляемый ID,Совместимость');

    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['matched', 'unmatched', 'totalScore', 'pairs']);
    expect(json.matched).toBe(json.pairs.length);
    expect(json.totalScore).toBe(json.pairs.reduce((sum: number, p: { score: number }) => sum + p.score, 0));
    for (const p of json.pairs)
      expect(Object.keys(p).slice(0, 4)).toEqual(['mentorId', 'menteeId', 'score', 'reasons']);
    for (const u of json.unmatched) expect(u.reason).toMatch(/[а-я]/);

    // Every written pair is one JSON pair, of the mentee's form, offered by the mentor, and feasible.
    const mentors = readMentors(await fixtureRows('mentors.csv')).mentors;
    const mentees = readMentees(await fixtureRows('mentees.csv')).mentees;
    const feasible = new Set(
      parse(scores)
        .slice(1)
        .map(([mentor, mentee]) => `${mentor}/${mentee}`),
    );
    expect(pairRows.slice(1).map((row) => `${row[2]}/${row[4]}`)).toEqual(
      expect.arrayContaining(
        json.pairs.map((p: { mentorId: string; menteeId: string }) => `${p.mentorId}/${p.menteeId}`),
      ),
    );
    expect(pairRows).toHaveLength(json.pairs.length + 1);
    for (const row of pairRows.slice(1)) {
      const mentee = mentees.find((person) => person.id === row[4]);
      const mentor = mentors.find((person) => person.id === row[2]);
      expect(resolveForm(row[1])).toBe(mentee?.form);
      expect(mentor?.forms).toContain(mentee?.form);
      expect(row[8]).toBe('предложена');
      expect(feasible.has(`${row[2]}/${row[4]}`)).toBe(true);
    }
    // Each matched or unmatched mentee is accounted for once.
    const seen = [
      ...json.pairs.map((p: { menteeId: string }) => p.menteeId),
      ...json.unmatched.map((u: { id: string }) => u.id),
    ];
    expect(new Set(seen).size).toBe(seen.length);
    expect(json.unmatched.find((u: { id: string }) => u.id === 'У010')?.reason).toMatch(/соглас/);
  });

  it('gives byte-identical output for aliases, dash variants, ё/е, case, other header spellings and column order', async () => {
    const base = await match('mentors.csv', 'mentees.csv');
    const variants = await match('mentors-variants.csv', 'mentees-variants.csv');
    expect(base.corrections).toEqual([]);
    // Every spelling that is not exactly a valid one is named where it is.
    expect(variants.corrections).toContain(
      '  Лист «Наставники (mentors-variants.csv)», строка 2, столбец C «Формы наставничества»: «ПЕДАГОГ-ПЕДАГОГ» — исправлено: регистр букв, пробелы, тире/дефис (принято как «учитель – учитель»)',
    );
    expect(variants.corrections).toContain(
      '  Лист «Наставники (mentors-variants.csv)», строка 2, столбец Q «Согласие на обработку пдн»: «ДА» — исправлено: регистр букв (принято как «да»)',
    );
    expect(variants.pairs.equals(base.pairs)).toBe(true);
    expect(variants.scores.equals(base.scores)).toBe(true);
    expect(variants.stdout).toBe(base.stdout);
  });

  it('gives byte-identical output for a Windows-1251 «;» CRLF file', async () => {
    const raw = await readFile(fixture('mentors-1251.csv'));
    expect(raw.includes(Buffer.from('\r\n'))).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(raw)).toThrow();
    const base = await match('mentors.csv', 'mentees.csv');
    const cp1251 = await match('mentors-1251.csv', 'mentees-1251.csv');
    expect(cp1251.pairs.equals(base.pairs)).toBe(true);
    expect(cp1251.scores.equals(base.scores)).toBe(true);
    expect(cp1251.stdout).toBe(base.stdout);
    const mixed = await match('mentors-1251.csv', 'mentees-variants.csv');
    expect(mixed.pairs.equals(base.pairs)).toBe(true);
  });

  it('gives the same bytes on every run', async () => {
    const first = await match('mentors.csv', 'mentees.csv');
    const second = await match('mentors.csv', 'mentees.csv');
    expect(second.pairs.equals(first.pairs)).toBe(true);
    expect(second.scores.equals(first.scores)).toBe(true);
    expect(second.stdout).toBe(first.stdout);
  });

  it('prints a Russian summary without --json and lists each mentee left without a mentor', async () => {
    const result = await runCli(['match', '--mentors', fixture('mentors.csv'), '--mentees', fixture('mentees.csv')]);
    expect(result.code).toBe(0);
    const json = JSON.parse(
      (await runCli(['match', '--mentors', fixture('mentors.csv'), '--mentees', fixture('mentees.csv'), '--json']))
        .stdout,
    );
    expect(result.stdout).toContain(`Наставляемых с наставником: ${json.matched} из 14`);
    for (const u of json.unmatched) expect(result.stdout).toContain(`${u.id} `);
  });
});
