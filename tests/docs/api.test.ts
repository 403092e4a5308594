// docs/api.md lists every error code the service answers with, read from the service's source.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const page = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');

/** `code → HTTP status` of every `new ApiError(status, 'code', …)` and `tooManyRequests('code', …)`. */
function serviceErrorCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  const dir = join(ROOT, 'sync-service/src');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/new ApiError\((\d{3}), '([a-z_]+)'/g)) codes.set(m[2], m[1]);
    for (const m of text.matchAll(/tooManyRequests\(\s*'([a-z_]+)'/g)) codes.set(m[1], '429');
  }
  return codes;
}

describe('docs/api.md', () => {
  it('explains every error code of the service with its HTTP status', () => {
    const codes = serviceErrorCodes();
    expect([...codes.keys()]).toEqual(
      expect.arrayContaining(['invalid_body', 'too_many_revisions', 'store_unavailable']),
    );
    for (const [code, status] of codes)
      expect(page, code).toMatch(new RegExp(`^\\| \`${code}\` \\| ${status} \\|`, 'm'));
  });

  it('points to the reference the service serves', () => {
    expect(page).toContain('`/api/v1/openapi.json`');
    expect(page).toContain('`/api/docs`');
  });
});
