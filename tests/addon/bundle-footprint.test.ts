// What Code.js is made of: Apps Script evaluates the whole file at every call, so the validation it
// carries is zod/mini (the core checks, no method-chaining classes, no English locale) and not zod.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAddon, defaultOptions, type BuildResult } from '../../addon/build';

let outDir: string;
let built: BuildResult;
let code: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'nastavnik-addon-footprint-'));
  built = await buildAddon({ ...defaultOptions(), outDir });
  code = readFileSync(join(outDir, 'Code.js'), 'utf8');
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('Code.js footprint', () => {
  it('counts every byte of the bundle by its origin', () => {
    const total = Object.values(built.codeBytesByOrigin).reduce((a, b) => a + b, 0);
    expect(Object.keys(built.codeBytesByOrigin).sort()).toEqual(['addon', 'shared', 'zod']);
    expect(total).toBeLessThanOrEqual(built.codeBytes);
    expect(total).toBeGreaterThan(built.codeBytes * 0.95); // the rest: the IIFE wrapper and the top-level functions
  });

  it('carries zod/mini, not classic zod with its English messages', () => {
    // Classic zod bundled 190 KB here (its classes and the English locale); zod/mini's core is about 50 KB.
    expect(built.codeBytesByOrigin.zod).toBeLessThan(64 * 1024);
    expect(code).not.toContain('Invalid input: expected');
    expect(code).not.toContain('"ZodString"');
    expect(code).toContain('"ZodMiniObject"');
  });
});
