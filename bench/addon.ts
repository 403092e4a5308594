// Add-on benchmark: the pairing sidebar's run + confirm on the Apps Script stand-in at 50 and at
// 5,000 mentees. Apps Script bills by service call, so the count must not grow with the registry.
import { performance } from 'node:perf_hooks';
import { confirmPairs, getPairingState, runPairing } from '../addon/server/pairing/handlers';
import type { PairingRequest } from '../addon/server/pairing/wire';
import { installWorkspace, seededWorkspace } from '../testkit/fixtures/pairing-workspace';
import { createAppsScript } from '../testkit/apps-script';

const SIZES = [50, 5_000];

/** Growing a sheet past its rows (1,000 in a new sheet) is one call whenever a block needs it. */
const GROWTH = ['Sheet.insertRowsAfter', 'Sheet.insertColumnsAfter'];

interface Measure {
  mentees: number;
  /** Calls by method, sheet growth left out. */
  calls: Record<string, number>;
  total: number;
  growth: number;
  runMs: number;
  confirmMs: number;
  proposed: number;
  unmatched: number;
  payloadKb: number;
}

function measure(mentees: number): Measure {
  const gas = createAppsScript({ htmlFiles: { pairing: '' } });
  const undo = gas.install();
  try {
    installWorkspace(gas, seededWorkspace(mentees, 11));
    const state = getPairingState();
    const request: PairingRequest = {
      forms: state.forms.map((form) => form.code),
      weights: Object.fromEntries(state.weights.map((weight) => [weight.key, weight.value])),
      minScore: state.minScore,
      pins: [],
    };
    gas.calls.reset();
    let started = performance.now();
    const result = runPairing(JSON.parse(JSON.stringify(request)));
    const runMs = performance.now() - started;
    const pairs = result.groups.flatMap((group) => group.pairs.filter((pair) => !pair.confirmed));
    started = performance.now();
    confirmPairs({
      request,
      pairs: pairs.map(({ mentorId, menteeId }) => ({ mentorId, menteeId })),
      startDate: '2024-09-02',
    });
    const confirmMs = performance.now() - started;
    const all = gas.calls.snapshot();
    const growth = GROWTH.reduce((sum, name) => sum + (all[name] ?? 0), 0);
    const calls = Object.fromEntries(Object.entries(all).filter(([name]) => !GROWTH.includes(name)));
    return {
      mentees,
      calls,
      total: gas.calls.total() - growth,
      growth,
      runMs,
      confirmMs,
      proposed: pairs.length,
      unmatched: result.summary.unmatched,
      payloadKb: JSON.stringify(result).length / 1024,
    };
  } finally {
    undo();
  }
}

function line(name: string, value: string, note = ''): void {
  console.log(`    ${name.padEnd(34)} ${value.padStart(14)}   ${note}`);
}

export async function benchAddon(): Promise<void> {
  console.log('\nAdd-on: pairing sidebar (run + confirm) on the Apps Script stand-in');
  const results = SIZES.map(measure);
  for (const r of results) {
    console.log(
      `  ${r.mentees.toLocaleString('en')} mentees × ${Math.max(10, Math.round(r.mentees / 5)).toLocaleString('en')} mentors`,
    );
    line(
      'service calls (run + confirm)',
      String(r.total),
      r.growth ? `+ ${r.growth} to grow «Пары» past its rows (insertRowsAfter)` : '',
    );
    line('runPairing time (Node)', `${r.runMs.toFixed(0)} ms`);
    line(
      'confirmPairs time (Node)',
      `${r.confirmMs.toFixed(0)} ms`,
      `${r.proposed} pairs confirmed, ${r.unmatched} unmatched`,
    );
    line('runPairing result over the wire', `${r.payloadKb.toFixed(0)} KB`);
  }
  const same = results.every((r) => JSON.stringify(r.calls) === JSON.stringify(results[0].calls));
  line(
    'same calls for every size',
    same ? 'yes' : 'NO',
    same ? '✓ (sheet growth aside)' : '✗ the call count grows with the registry',
  );
  const perMethod = Object.entries(results[0].calls).map(([name, n]) => `${name} ${n}`);
  console.log(`    calls: ${perMethod.join(', ')}`);
  if (!same) process.exitCode = 1;
}
