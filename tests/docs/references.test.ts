// No file of the repository refers to a document that is not in it: users get only the repository.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { danglingReferences, RepositoryIndex, type RepositoryFile } from './repository-references';

const ROOT = join(import.meta.dirname, '../..');
/** The scanner names what it looks for, so it and this test are the only files it does not read. */
const SCANNER = new Set(['tests/docs/repository-references.ts', 'tests/docs/references.test.ts']);
const BINARY = /\.(png|jpe?g|gif|ico|xlsx|xls|docx|pdf|sqlite|zip|gz)$/i;

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
}

function textFiles(paths: readonly string[]): RepositoryFile[] {
  return paths
    .filter((path) => !BINARY.test(path) && path !== 'package-lock.json' && !SCANNER.has(path))
    .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }))
    .filter((file) => !file.text.includes('\0'));
}

// Built from parts so that this file itself names none of them.
const CONTRACTS = ['CONTR', 'ACTS'].join('');
const DOMAIN_NOTE = ['DOMAIN', 'md'].join('.');

describe('references from the repository', () => {
  const paths = trackedFiles();
  const repo = new RepositoryIndex(paths);

  it('name only documents that are in the repository', () => {
    const dangling = danglingReferences(textFiles(paths), repo);
    expect(dangling.map((d) => `${d.file}:${d.line}: ${d.why}\n    ${d.text}`)).toEqual([]);
  });

  it('are refused when they point outside: design notes, seeds, links and file names', () => {
    const planted: RepositoryFile[] = [
      { path: 'shared/x.ts', text: `// see ${CONTRACTS} §6\nexport const x = 1;` },
      { path: 'cli/y.ts', text: `// rule from ${DOMAIN_NOTE}` },
      { path: 'README.md', text: 'Источник — seed 004, раздел 4.' },
      { path: 'README.md', text: 'Подробнее: ../shared/seeds/004.txt' },
      { path: 'docs/a.md', text: 'См. [формат](missing.md) и ![снимок](../docs/none.png).' },
      { path: 'docs/b.md', text: 'См. [выход](../../elsewhere/file.md).' },
      { path: 'addon/z.ts', text: "import { x } from '../../shared/nowhere';" },
      { path: 'tests/w.ts', text: '// the format is in docs/report-v9.md' },
    ];
    const found = danglingReferences(planted, repo);
    expect(found.map((d) => d.file)).toEqual([
      'shared/x.ts',
      'cli/y.ts',
      'cli/y.ts',
      'README.md',
      'README.md',
      'README.md',
      'docs/a.md',
      'docs/a.md',
      'docs/a.md',
      'docs/b.md',
      'docs/b.md',
      'addon/z.ts',
      'tests/w.ts',
    ]);
  });

  it('pass when they lead to files and folders of the repository', () => {
    const fine: RepositoryFile[] = [
      { path: 'cli/main.ts', text: "import { x } from '../shared/workspace';\n// docs/workbook-sheets.md" },
      {
        path: 'addon/README.md',
        text: 'См. [приёмку](../docs/ACCEPTANCE.md), [код](../shared/report) и [API](https://example.ru/a.md).',
      },
      {
        path: 'README.md',
        text: '<img src="docs/sidebar.png" alt="панель"> [раздел](#архитектура) [сервис](/api/docs)',
      },
      { path: 'tests/pairing/t.ts', text: 'expect(solve(problem), `seed ${seed}`)' },
    ];
    expect(danglingReferences(fine, repo)).toEqual([]);
  });
});
