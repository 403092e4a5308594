// The README's architecture block names every module of the domain core, one line each; the add-on's
// README names every sheet its «create or repair» builds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDON_SHEETS } from '../../addon/server/workspace/create-workspace';
import { countOf } from '../../shared/catalogue';

const ROOT = join(import.meta.dirname, '../..');

describe('README architecture', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Архитектура'));
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

  it('lists every module of shared/ with a line of its own', () => {
    const modules = readdirSync(join(ROOT, 'shared'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(modules.length).toBeGreaterThanOrEqual(14);
    const listed = block
      .split('\n')
      .filter((line) => /^ {2}\S/.test(line))
      .map((line) => line.trim().split(/\s+/)[0]);
    expect([...listed].sort()).toEqual([...modules].sort());
  });

  it('names every top-level folder of the code', () => {
    for (const folder of ['shared/', 'addon/', 'sync-service/', 'cli/', 'tests/', 'bench/', 'docs/']) {
      expect(block).toMatch(new RegExp(`^${folder} `, 'm'));
    }
  });
});

describe('addon/README.md', () => {
  it('names every sheet «Создать или восстановить рабочее пространство» creates', () => {
    const readme = readFileSync(join(ROOT, 'addon/README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| Создать или восстановить рабочее пространство |'));
    expect(row).toContain(
      `создаёт ${countOf(ADDON_SHEETS.length, ['лист', 'листа', 'листов'])}: ${ADDON_SHEETS.map((sheet) => `\`${sheet.name}\``).join(', ')}`,
    );
  });
});
