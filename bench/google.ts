// Google Sheets benchmarks: the real googleapis client against the local Sheets/Drive stand-in.
// The rate limiter and the stand-in's quota run on a virtual clock that moves only while the
// service waits for quota, so a full pass under Google's 60 reads a minute shows how long it
// takes for real (HTTP time aside) without waiting for it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { hashToken } from '../sync-service/src/auth/token';
import { demoReport } from '../sync-service/src/demo/reports';
import { demoEnterprises } from '../sync-service/src/demo/region';
import { googleConfigFromEnv } from '../sync-service/src/google/config';
import { createGoogleGateway } from '../sync-service/src/google/googleapis-gateway';
import { openStore } from '../sync-service/src/store';
import { createSyncService } from '../sync-service/src/sync/service';
import { virtualClock } from '../testkit/google/virtual-clock';
import { putReportSpreadsheet, STANDIN_TOKEN } from '../testkit/google/standin';
import { startSheetsStandin } from '../testkit/sheets-standin';

const REGIONAL_ID = '1RegionalSpreadsheet_bench';
const KINDS = ['school', 'school', 'school', 'college', 'additional'] as const;

function line(name: string, value: string, goal: string, ok: boolean | null): void {
  const mark = ok === null ? ' ' : ok ? '✓' : '✗';
  console.log(`  ${mark} ${name.padEnd(48)} ${value.padStart(14)}   ${goal}`);
}

interface PassFigures {
  regionalRequests: number;
  schoolReads: number;
  driveRequests: number;
  quotaMinutes: number;
  throttled: number;
}

interface RegionFigures {
  first: PassFigures;
  second: PassFigures;
  regionalWriteMs: number;
}

/** Two syncs of `count` schools: the first reads every spreadsheet, the second finds them unchanged. */
async function region(count: number): Promise<RegionFigures> {
  const clock = virtualClock();
  const standin = await startSheetsStandin({
    token: STANDIN_TOKEN,
    now: clock.now,
    quota: { readsPerMinute: 60, writesPerMinute: 60 },
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'nastavnik-bench-google-'));
  const store = await openStore({ dataDir });
  try {
    const enterprises = demoEnterprises();
    const period = String(new Date().getFullYear());
    for (let i = 0; i < count; i++) {
      const org = {
        id: `g-${String(i + 1).padStart(5, '0')}`,
        name: `МБОУ «СОШ № ${i + 1}»`,
        kind: KINDS[i % KINDS.length],
        municipality: `Муниципалитет № ${(i % 30) + 1}`,
        size: 1,
      };
      const spreadsheetId = `1BenchReport_${String(i).padStart(5, '0')}_xxxx`;
      await store.schools.create(
        { ...org, source: { type: 'google', spreadsheetId } },
        hashToken(`bench-${i}`),
        new Date(),
      );
      putReportSpreadsheet(standin, spreadsheetId, demoReport(org, period, 'current', enterprises));
    }
    standin.createSpreadsheet(REGIONAL_ID, 'Регион');
    const config = googleConfigFromEnv({
      SHEETS_API_ROOT_URL: standin.url,
      SHEETS_API_TOKEN: STANDIN_TOKEN,
      REGIONAL_SPREADSHEET_ID: REGIONAL_ID,
    })!;
    const sync = createSyncService({
      store,
      gateway: createGoogleGateway(config, { clock }),
      regionalSpreadsheetId: REGIONAL_ID,
      log: () => undefined,
    });

    const pass = async (): Promise<PassFigures> => {
      standin.resetLog();
      const started = clock.now();
      const run = await sync.run();
      if (run.results.some((r) => r.status === 'error') || run.regional.status !== 'ok')
        throw new Error(`bench sync failed: ${JSON.stringify(run).slice(0, 500)}`);
      const regionalRequests = standin.requestCount(REGIONAL_ID);
      return {
        regionalRequests,
        schoolReads: standin.sheetsRequestCount() - regionalRequests,
        driveRequests: standin.driveRequestCount(),
        quotaMinutes: (clock.now() - started) / 60_000,
        throttled: standin.requests.filter((r) => r.status === 429).length,
      };
    };
    const first = await pass();
    const second = await pass();
    // The regional write alone, as after a push: building the four sheets and three calls.
    const { buildRegionalContent } = await import('../sync-service/src/sync/regional');
    const { SyncStateStore } = await import('../sync-service/src/sync/state-store');
    const t = performance.now();
    await createGoogleGateway(config, { clock }).writeSheets(
      REGIONAL_ID,
      await buildRegionalContent(store, new SyncStateStore(store.driver)),
    );
    const regionalWriteMs = performance.now() - t;
    await sync.stop();
    return { first, second, regionalWriteMs };
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    await standin.close();
  }
}

export async function benchGoogle(): Promise<void> {
  console.log('Google Sheets (real googleapis client → local Sheets/Drive stand-in, 60 reads/min quota)');
  const small = await region(10);
  const large = await region(1_000);
  const equal =
    small.first.regionalRequests === large.first.regionalRequests &&
    large.first.regionalRequests === large.second.regionalRequests;
  line('regional spreadsheet calls per sync, 10 schools', String(small.first.regionalRequests), 'goal: constant', null);
  line(
    'regional spreadsheet calls per sync, 1,000 schools',
    String(large.first.regionalRequests),
    'goal: same as for 10',
    equal,
  );
  for (const [n, f] of [
    [10, small],
    [1_000, large],
  ] as const) {
    line(
      `first pass, ${n.toLocaleString('en')} schools: Sheets reads`,
      String(f.first.schoolReads),
      `one per school`,
      f.first.schoolReads === n,
    );
    line(
      `  time waiting for quota (virtual clock)`,
      `${f.first.quotaMinutes.toFixed(1)} min`,
      `(N − 5) / 55 = ${((n - 5) / 55).toFixed(1)} min`,
      null,
    );
    line(`  429 answers from the quota`, String(f.first.throttled), 'goal 0', f.first.throttled === 0);
    line(
      `next pass, nothing changed: Sheets reads`,
      String(f.second.schoolReads),
      'goal 0',
      f.second.schoolReads === 0,
    );
    line(`  Drive files.list requests`, String(f.second.driveRequests), `⌈spreadsheets / 1000⌉`, null);
    line(`  time waiting for quota (virtual clock)`, `${f.second.quotaMinutes.toFixed(1)} min`, '', null);
  }
  line('regional write, 1,000 schools (build + 3 calls)', `${large.regionalWriteMs.toFixed(0)} ms`, '', null);
}
