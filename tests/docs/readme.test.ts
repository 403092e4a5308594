// The README's architecture block names every module of the domain core, one line each.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('README architecture', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Архитектура'));
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

  it('lists every module of shared/ with a line of its own', () => {
    const modules = readdirSync(join(ROOT, 'shared'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(modules.length).toBeGreaterThanOrEqual(14);
    const listed = block.split('\n').filter((line) => /^ {2}\S/.test(line)).map((line) => line.trim().split(/\s+/)[0]);
    expect([...listed].sort()).toEqual([...modules].sort());
  });

  it('names every top-level folder of the code', () => {
    for (const folder of ['shared/', 'addon/', 'sync-service/', 'cli/', 'tests/', 'bench/', 'docs/']) {
      expect(block).toMatch(new RegExp(`^${folder} `, 'm'));
    }
  });
});
