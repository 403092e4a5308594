// Migration 020 on a store made before it: tokens issued earlier get an id and a place in the list,
// can be revoked, and keep working until then; sessions and schools carry on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { principalOfToken } from '../../sync-service/src/auth/principal';
import { AuthThrottle } from '../../sync-service/src/auth/throttle';
import { generateToken, hashToken } from '../../sync-service/src/auth/token';
import { createStore, SQLITE_FILE } from '../../sync-service/src/store';
import { migrate } from '../../sync-service/src/store/migrate';
import { MIGRATIONS } from '../../sync-service/src/store/migrations/index';
import { openSqliteDriver } from '../../sync-service/src/store/sqlite-driver';

const dir = mkdtempSync(join(tmpdir(), 'nastavnik-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 020 (admin) over an existing store', () => {
  it('gives earlier tokens an id, lists them without a label and revokes them', async () => {
    const driver = openSqliteDriver(join(dir, SQLITE_FILE));
    await migrate(
      driver,
      MIGRATIONS.filter((m) => m.version < 20),
    );
    const viewer = generateToken();
    const school = generateToken();
    const at = new Date('2025-01-10T08:00:00Z').toISOString();
    await driver.execute(
      "INSERT INTO schools (id, name, municipality, kind, source, created_at) VALUES ('S1', 'ОО', 'МО', 'school', '{\"type\":\"push\"}', $1)",
      [at],
    );
    await driver.execute("INSERT INTO tokens (hash, role, school_id, created_at) VALUES ($1, 'viewer', NULL, $2)", [
      hashToken(viewer),
      at,
    ]);
    await driver.execute("INSERT INTO tokens (hash, role, school_id, created_at) VALUES ($1, 'school', 'S1', $2)", [
      hashToken(school),
      at,
    ]);

    expect(await migrate(driver)).toEqual(MIGRATIONS.filter((m) => m.version >= 20).map((m) => m.version));
    const store = createStore(driver);
    const tokens = await store.tokenAdmin.list();
    expect(tokens.map((t) => ({ role: t.role, id: t.id, label: t.label }))).toEqual(
      expect.arrayContaining([
        { role: 'viewer', id: hashToken(viewer).slice(0, 16), label: null },
        { role: 'school', id: hashToken(school).slice(0, 16), label: null },
      ]),
    );
    const deps = {
      store,
      adminTokenHash: hashToken(generateToken()),
      now: () => new Date(),
      throttle: new AuthThrottle(),
    };
    expect(await principalOfToken(deps, school)).toMatchObject({ role: 'school', schoolId: 'S1' });
    expect((await store.schools.list()).map((s) => s.id)).toEqual(['S1']);
    await store.tokenAdmin.revoke([hashToken(viewer).slice(0, 16)], new Date());
    expect(await principalOfToken(deps, viewer)).toBeNull();
    await store.close();
  });
});
