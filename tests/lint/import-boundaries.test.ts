// The import boundaries of eslint.config.js: a file planted under each folder with an import it
// must not make is refused by ESLint with the repository's own configuration.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The real configuration; type-aware rules are off here (no program for files not on disk).
const eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });

/** Boundary messages ESLint gives for `code` as if it were the file at `path`. */
async function refusals(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal).toEqual([]);
  return result.messages.filter((m) => m.ruleId === 'boundaries/imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('refuses Node, npm and adapter imports in shared/, whatever the import form', async () => {
    const planted = [
      "import { readFileSync } from 'node:fs';",
      "import type { Stats } from 'fs';",
      "export { Hono } from 'hono';",
      "import { menu } from '../../addon/server/menu';",
      "export type Db = typeof import('better-sqlite3');",
      "export const load = () => import('node:path');",
    ].join('\n');
    const messages = await refusals('shared/tables/planted.ts', planted);
    expect(messages).toHaveLength(6);
    expect(messages[0]).toBe(
      'shared/tables/planted.ts imports «node:fs»: shared/ imports only shared/ and zod (no Node, Apps Script, Hono or DOM)',
    );
  });

  it('lets shared/ import shared/ and zod', async () => {
    const code =
      "import * as z from 'zod';\nimport { percentOf } from '../indicators';\nimport { x } from './x';\nexport { z, percentOf, x };\n";
    expect(await refusals('shared/tables/planted.ts', code)).toEqual([]);
  });

  it('keeps the adapters out of each other, of tests/ and of bench/', async () => {
    expect(
      await refusals('addon/server/planted.ts', "import { createApp } from '../../sync-service/src/app';"),
    ).toHaveLength(1);
    expect(await refusals('addon/sidebar/planted.ts', "import { main } from '../../cli/main';")).toHaveLength(1);
    expect(
      await refusals('sync-service/src/planted.ts', "import { buildAddon } from '../../addon/build';"),
    ).toHaveLength(1);
    expect(await refusals('sync-service/src/planted.ts', "import { main } from '../../cli/main';")).toHaveLength(1);
    expect(await refusals('cli/planted.ts', "import { createApp } from '../sync-service/src/app';")).toHaveLength(1);
    expect(await refusals('cli/planted.ts', "import { random } from '../tests/support/random';")).toHaveLength(1);
    // Relative to the planted cli/ file, not to this one (the docs test checks paths relative to files).
    const sharedTables = ['..', 'shared', 'tables'].join('/');
    expect(await refusals('cli/planted.ts', `import { readTable } from '${sharedTables}';`)).toEqual([]);
  });

  it('keeps the store out of sync/ and the benches out of tests/ (testkit/ is where both find stand-ins)', async () => {
    const store = await refusals('sync-service/src/store/planted.ts', "import { pull } from '../sync/pull';");
    expect(store).toEqual([
      'sync-service/src/store/planted.ts imports «../sync/pull»: the store never imports sync/ (sync/ uses the store, not the other way round)',
    ]);
    expect(await refusals('sync-service/src/sync/planted.ts', "import { openStore } from '../store';")).toEqual([]);
    expect(await refusals('bench/planted.ts', "import { run } from '../tests/cli/run';")).toHaveLength(1);
    expect(await refusals('bench/planted.ts', "import { random } from '../testkit/random';")).toEqual([]);
    expect(await refusals('testkit/planted.ts', "import { run } from '../tests/cli/run';")).toHaveLength(1);
  });
});
