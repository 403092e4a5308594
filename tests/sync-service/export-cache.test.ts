// Exports off the request path: one shared build per change, the previous file served while it runs.
import { describe, expect, it } from 'vitest';
import type { Store } from '../../sync-service/src/store';
import { ExportCache, type BuiltFile } from '../../sync-service/src/routes/export-cache';
import { sampleReport } from '../report/sample-report';
import { ADMIN_TOKEN, backends, registerSchool, startService } from './harness';

function fakeStore(dialect: 'sqlite' | 'postgres' = 'sqlite') {
  let generation = 0;
  const store = { generation: () => generation, driver: { dialect } } as unknown as Store;
  return { store, write: () => void generation++ };
}

describe('export cache', () => {
  it('builds once for many concurrent downloads, and again only after a write', async () => {
    const { store, write } = fakeStore();
    const cache = new ExportCache(store, { maxStaleMs: 0 });
    let builds = 0;
    const build = async (): Promise<BuiltFile> => ({ body: `build ${++builds}`, period: '2024', builtAt: Date.now() });
    const first = await Promise.all(Array.from({ length: 20 }, () => cache.get('2024:xlsx', build)));
    expect(new Set(first.map((f) => f.body))).toEqual(new Set(['build 1']));
    expect((await cache.get('2024:xlsx', build)).body).toBe('build 1');
    write();
    expect((await cache.get('2024:xlsx', build)).body).toBe('build 2');
    expect(builds).toBe(2);
  });

  it('serves the previous build while a rebuild runs, within the staleness bound', async () => {
    const { store, write } = fakeStore();
    let now = 1_000;
    const cache = new ExportCache(store, { maxStaleMs: 10_000, clock: () => now });
    let release!: () => void;
    let builds = 0;
    const build = async (): Promise<BuiltFile> => {
      const n = ++builds;
      if (n === 2) await new Promise<void>((r) => (release = r));
      return { body: `build ${n}`, period: '2024', builtAt: now };
    };
    await cache.get('k', build);
    write();
    expect((await cache.get('k', build)).body).toBe('build 1'); // rebuild 2 is running
    expect((await cache.get('k', build)).body).toBe('build 1'); // and is shared, not started again
    now += 20_000; // too stale now: the caller waits for the running build
    const waiting = cache.get('k', build);
    release();
    expect((await waiting).body).toBe('build 2');
    expect(builds).toBe(2);
  });

  it('on PostgreSQL (other replicas write too) a build is reused for at most the staleness bound', async () => {
    const { store } = fakeStore('postgres');
    let now = 0;
    const cache = new ExportCache(store, { maxStaleMs: 5_000, clock: () => now });
    let builds = 0;
    const build = async (): Promise<BuiltFile> => ({ body: `build ${++builds}`, period: '2024', builtAt: now });
    await cache.get('k', build);
    now = 4_000;
    expect((await cache.get('k', build)).body).toBe('build 1');
    now = 6_000;
    expect((await cache.get('k', build)).body).toBe('build 2'); // older than the bound: rebuilt before it is served
    expect(builds).toBe(2);
  });
});

for (const backend of backends()) {
  describe(`downloads after pushes (${backend.name})`, () => {
    it('a CSV download follows the pushed reports', async () => {
      const place = await backend.create();
      const service = await startService(place.location);
      try {
        const a = await registerSchool(service, { id: 'E1' });
        await service.json('POST', '/api/v1/reports', 201, { token: a, body: sampleReport({ id: 'E1' }) });
        const csv = async () =>
          (await service.call('GET', '/api/v1/indicators.csv?period=2024', { token: ADMIN_TOKEN })).text();
        expect(await csv()).toContain('E1');
        const b = await registerSchool(service, { id: 'E2' });
        await service.json('POST', '/api/v1/reports', 201, { token: b, body: sampleReport({ id: 'E2' }) });
        expect(await csv()).toContain('E2');
      } finally {
        await service.close();
        await place.drop();
      }
    });
  });
}
