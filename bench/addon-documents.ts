// Add-on benchmark: personalised programmes for 50 and 500 pairs on the Apps Script stand-in's
// simulated clock (per-call cost estimates: testkit/apps-script/clock.ts). Apps Script ends an
// execution at 6 minutes; the add-on stops a run at 4.5 and continues on the next one. Prints the
// service calls, the simulated time and how many runs (menu clicks) it takes.
import { callEntry } from '../testkit/apps-script/bundle';
import { startAddon } from '../testkit/apps-script/addon-build';
import { programmes, setPairs } from '../testkit/fixtures/programme-pairs';

const SIZES = [50, 500];
const LIMIT_MS = 6 * 60 * 1000;
const CONSUMER_DOCS_PER_DAY = 250;

function line(name: string, value: string, note = ''): void {
  console.log(`    ${name.padEnd(34)} ${value.padStart(14)}   ${note}`);
}

const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;

async function measure(pairs: number): Promise<void> {
  // Workspace quota (1,500 Docs a day) so that runs, not days, are counted here.
  const { gas, addon } = await startAddon({ docsPerDay: 1_500 });
  callEntry(addon, 'createWorkspace');
  setPairs(gas, pairs);
  gas.calls.reset();
  const runs: { ms: number; made: number; calls: number }[] = [];
  while (programmes(gas).size < pairs && runs.length < 50) {
    const before = { ms: gas.clock.total, made: programmes(gas).size, calls: gas.calls.total() };
    callEntry(addon, 'createProgrammes');
    runs.push({
      ms: gas.clock.total - before.ms,
      made: programmes(gas).size - before.made,
      calls: gas.calls.total() - before.calls,
    });
  }
  const total = runs.reduce((sum, r) => sum + r.ms, 0);
  const calls = gas.calls.snapshot();
  const top = Object.entries(calls)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 5)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  console.log(`  ${pairs} pairs`);
  line(
    'service calls',
    String(gas.calls.total()),
    `${(gas.calls.total() / pairs).toFixed(1)} per programme; most: ${top}`,
  );
  line(
    'simulated time, all programmes',
    minutes(total),
    `${(total / pairs / 1000).toFixed(1)} s per programme; ${total > LIMIT_MS ? 'over' : 'within'} one 6-minute execution`,
  );
  line('runs (menu clicks)', String(runs.length), `programmes per run: ${runs.map((r) => r.made).join(', ')}`);
  line('longest run', minutes(Math.max(...runs.map((r) => r.ms))), 'stops at 4.5 min, Apps Script ends at 6');
  line(
    'days on a consumer account',
    String(Math.ceil((pairs + 1) / CONSUMER_DOCS_PER_DAY)),
    `${CONSUMER_DOCS_PER_DAY} Docs a day (the template is one); Workspace: 1,500`,
  );
}

export async function benchAddonDocuments(): Promise<void> {
  console.log('\nAdd-on: personalised programmes on the stand-in’s simulated clock (6-minute executions)');
  for (const size of SIZES) await measure(size);
}
