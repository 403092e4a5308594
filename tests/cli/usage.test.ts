import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn, fixture, runCli, tempDir } from './helpers';
import { EXPECTED_REPORT, programmeWorkspace } from './programme-workspace';

describe('usage', () => {
  it.each([
    [[], 'не указана команда'],
    [['frob'], 'неизвестная команда «frob»'],
    [['init'], 'для init укажите один файл'],
    [['init', 'a.xlsx', 'b.xlsx'], 'для init укажите один файл'],
    [['init', 'книга.csv'], 'должна быть файлом .xlsx'],
    [['init', 'книга.xlsx', '--year', '24'], '--year — год начала учебного года, например 2024, а не «24»'],
    [['match'], 'укажите --workbook'],
    [['match', '--mentors', 'm.csv'], 'укажите --workbook'],
    [['match', '--workbook', 'w.xlsx', '--mentors', 'm.csv'], 'не то и другое'],
    [['match', '--mentors', 'm.csv', '--mentees', 'e.csv', '--write'], '--write записывает лист «Пары»'],
    [['match', '--workbook', 'w.xlsx', '--fast'], 'неизвестный параметр «--fast»'],
    [['match', '--workbook'], 'после --workbook нужен путь'],
    [['match', '--workbook', 'w.xlsx', 'лишнее'], 'лишний аргумент «лишнее»'],
    [['report', '--school-id', '42-0001', '--period', '2024'], 'укажите --workbook'],
    [['report', '--workbook', 'w.xlsx', '--school-id', '42-0001'], 'укажите --period'],
    [
      ['report', '--workbook', 'w.xlsx', '--school-id', '42-0001', '--period', '24'],
      '--period — год из четырёх цифр, например 2024, а не «24»',
    ],
    [['report', '--workbook', 'w.xlsx', '--school-id', '42-0001', '--period'], 'после --period нужен год'],
    [['push', '--url', 'http://127.0.0.1:1', '--token', 't'], 'для push укажите файл отчёта'],
    [['push', 'r.json', '--token', 't'], 'укажите --url'],
    [['push', 'r.json', '--url', 'http://127.0.0.1:1'], 'укажите --token'],
    [['push', 'r.json', '--url', 'сервис', '--token', 't'], '--url — адрес вида https://'],
    [['push', 'r.json', '--url', 'ftp://example.ru', '--token', 't'], '--url — адрес http:// или https://'],
    [['push', 'r.json', '--url', 'http://127.0.0.1:1', '--token', 'токен 42'], '--token — токен из латинских букв'],
    [['meetings', '--today', '20.05.2025'], 'укажите --workbook'],
    [
      ['monitoring', '--workbook', 'w.xlsx', '--today', '31.02.2025'],
      '--today — дата в виде ДД.ММ.ГГГГ, а не «31.02.2025»',
    ],
    [['indicators', '--workbook', 'w.xlsx'], 'укажите --period'],
    [['rating', '--today', '20.05.2026'], 'укажите --workbook'],
    [['rating', '--workbook', 'w.xlsx', '--period', '2025'], 'неизвестный параметр «--period»'],
    [['practice', '--workbook', 'w.xlsx'], 'укажите --pair'],
    [['practice', 'push', 'c.json', '--url', 'сервис', '--token', 't'], '--url — адрес вида https://'],
    [
      ['practice', 'refresh', '--workbook', 'w.xlsx', '--url', 'http://127.0.0.1:1', '--token', 'токен'],
      '--token — токен из латинских букв',
    ],
    [['practice', 'отправить'], 'лишний аргумент «отправить»'],
    [['practice', 'push', 'c.json', '--url'], 'после --url нужен адрес сервиса'],
    [
      ['snapshot', '--workbook', 'w.xlsx', '--date', '32.01.2027'],
      '--date — дата в виде ДД.ММ.ГГГГ, а не «32.01.2027»',
    ],
    [['new-year', '--workbook', 'w.xlsx'], 'укажите --year'],
    [
      ['new-year', '--workbook', 'w.xlsx', '--year', '27'],
      '--year — год начала нового учебного года, например 2027, а не «27»',
    ],
    [
      ['new-year', '--workbook', 'w.xlsx', '--year', '2027', '--active-pairs', 'keep'],
      '--active-pairs — carry (перенести) или complete (завершить)',
    ],
  ])('%j → exit 2 with one Russian line pointing to --help', async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Ошибка вызова: [^\n]+\. Подробнее: npx nastavnik --help\n$/);
    expect(result.stderr).toContain(message);
  });

  it('prints the usage of every command on help with exit 0', async () => {
    const result = await runCli(['help']);
    expect(result.code).toBe(0);
    for (const command of ['init', 'match', 'report', 'push', 'meetings', 'monitoring', 'indicators', 'rating'])
      expect(result.stdout).toContain(`nastavnik ${command} `);
    expect(result.stdout).toContain('--scores-out');
    expect(result.stdout).toContain('--school-id');
  });
});

describe('as the built command (dist/cli/nastavnik.js, package.json "bin")', () => {
  const root = join(import.meta.dirname, '..', '..');
  const bin = join(root, 'dist', 'cli', 'nastavnik.js');
  const nastavnik = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });

  // dist/ is built once before the tests (tests/support/build-node.global.ts), as `npm ci` builds it
  // through `prepare`.
  it('is the package bin and prints help with nothing before it', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ nastavnik: 'dist/cli/nastavnik.js' });
    expect(manifest.scripts.prepare).toContain('scripts/build-node.mjs');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const help = nastavnik(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout.startsWith('Использование:\n')).toBe(true);
    expect(help.stderr).toBe('');
  });

  it('exits 0 after a match and 1 on bad input, writing nothing', async () => {
    const dir = await tempDir();
    const good = nastavnik([
      'match',
      '--mentors',
      fixture('mentors.csv'),
      '--mentees',
      fixture('mentees.csv'),
      '--out',
      join(dir, 'p.csv'),
    ]);
    expect(good.status).toBe(0);
    expect(await filesIn(dir)).toEqual(['p.csv']);
    const bad = nastavnik([
      'match',
      '--mentors',
      fixture('mentees.csv'),
      '--mentees',
      fixture('mentees.csv'),
      '--out',
      join(dir, 'q.csv'),
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      'Лист «Наставники (mentees.csv)», строка 1, столбец «Формы наставничества»: нет обязательного столбца',
    );
    expect(await filesIn(dir)).toEqual(['p.csv']);
  });

  it('ends quietly when the reader of its output stops early (… | head), with the files written', async () => {
    const dir = await tempDir();
    const args = ['match', '--mentors', fixture('mentors.csv'), '--mentees', fixture('mentees.csv')];
    const child = spawn(process.execPath, [bin, ...args, '--out', join(dir, 'p.csv')], { cwd: root });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toContain('EPIPE');
    expect(status).toBe(0);
    expect(await filesIn(dir)).toEqual(['p.csv']);
  });

  it('prints a report as pure JSON (nothing from npm) without --school-id, and a call error as one line', async () => {
    const dir = await tempDir();
    const path = await programmeWorkspace(dir);
    const report = nastavnik(['report', '--workbook', path, '--period', '2024']);
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout)).toEqual(EXPECTED_REPORT);
    const wrong = nastavnik(['report', '--workbook', path]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe(
      'Ошибка вызова: укажите --period <отчётный год, например 2024>. Подробнее: npx nastavnik --help\n',
    );
  });
});
