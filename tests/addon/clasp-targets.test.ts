// The two clasp targets: `npm run deploy` pushes to the test script, `npm run deploy:prod` to the
// production one, each only after its project file is checked. clasp itself never runs in tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claspTargetProblem } from '../../scripts/clasp-target.mjs';

const ROOT = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const SCRIPT_ID = '1x2Y3z_AbCdEfGhIjKlMnOpQrStUvWxYz-0123456789abcdefghijk';

describe('clasp targets', () => {
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

  it('deploy pushes to .clasp-dev.json and deploy:prod to .clasp-prod.json, each checked first', () => {
    expect(scripts.deploy).toMatch(
      /^node scripts\/clasp-target\.mjs \.clasp-dev\.json && .*npm run build && clasp -P \.clasp-dev\.json push -f$/,
    );
    expect(scripts['deploy:prod']).toMatch(
      /^node scripts\/clasp-target\.mjs \.clasp-prod\.json && npm test && npm run build && clasp -P \.clasp-prod\.json push$/,
    );
    expect(
      Object.entries(scripts)
        .filter(([name]) => !name.startsWith('deploy'))
        .map(([, command]) => command)
        .join('\n'),
    ).not.toContain('clasp');
  });

  it('ships both project files as templates that refuse to be pushed to until filled in', () => {
    for (const file of ['.clasp-dev.json', '.clasp-prod.json']) {
      expect(JSON.parse(read(file))).toMatchObject({ rootDir: 'dist/addon' });
      expect(claspTargetProblem(file, read(file))).toMatch(
        new RegExp(`^в ${file.replace(/\./g, '\\.')} не указан идентификатор скрипта`),
      );
    }
  });

  it('accepts a filled-in file and names what is wrong otherwise', () => {
    expect(
      claspTargetProblem('.clasp-prod.json', JSON.stringify({ scriptId: SCRIPT_ID, rootDir: 'dist/addon' })),
    ).toBeNull();
    expect(claspTargetProblem('.clasp-prod.json', JSON.stringify({ scriptId: SCRIPT_ID, rootDir: 'addon' }))).toBe(
      'в .clasp-prod.json rootDir должен быть "dist/addon" (туда собирает npm run build), а не "addon"',
    );
    expect(claspTargetProblem('.clasp-dev.json', JSON.stringify({ rootDir: 'dist/addon' }))).toContain(
      'не указан идентификатор скрипта (сейчас: «»)',
    );
    expect(claspTargetProblem('.clasp-dev.json', '{ scriptId: 1')).toMatch(/^\.clasp-dev\.json — не JSON/);
  });
});
