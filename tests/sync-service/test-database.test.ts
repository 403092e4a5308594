// The PostgreSQL pass is never skipped quietly under CI.
import { describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../support/test-database';

describe('the PostgreSQL pass', () => {
  it('runs on TEST_DATABASE_URL when it is set, in CI or not', () => {
    const url = 'postgres://u:p@127.0.0.1:5432/db';
    expect(testDatabaseUrl('store', { TEST_DATABASE_URL: url, CI: 'true' })).toBe(url);
    expect(testDatabaseUrl('store', { TEST_DATABASE_URL: url })).toBe(url);
  });

  it('fails the suite under CI without TEST_DATABASE_URL', () => {
    expect(() => testDatabaseUrl('store', { CI: 'true' })).toThrow(
      'TEST_DATABASE_URL is not set: in CI the store tests must also run on PostgreSQL',
    );
  });

  it('is skipped with a warning elsewhere', () => {
    const warnings: string[] = [];
    expect(testDatabaseUrl('store', {}, (line) => warnings.push(line))).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('[store] TEST_DATABASE_URL is not set')]);
  });
});
