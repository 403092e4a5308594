// The command a curator runs, measured from the outside: `--help` start-up, and the whole CLI
// pairing of 5,000 mentees × 1,000 mentors (start, reading the CSVs, scoring, solving, output) as
// a child process, side by side with scipy's linear_sum_assignment on the same candidate pairs
// (bench/scipy_assignment.py; skipped with a note when python3 with scipy is not installed).
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formName } from '../shared/catalogue';
import { feasiblePairs, matchPairs } from '../shared/pairing';
import type { Mentee, Mentor } from '../shared/registry/types';
import { headersOf, menteeSheet, mentorSheet } from '../shared/workspace';
import { realisticInput } from './pairing';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'dist', 'cli', 'nastavnik.js');
const HELP_GOAL_MS = 300;
const RUNS = 3;
const MAX_CLASS = 11;

function line(name: string, value: string, note = ''): void {
  console.log(`    ${name.padEnd(34)} ${value.padStart(12)}   ${note}`);
}

function timedRun(command: string, args: string[], timeout = 120_000) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout });
  return { ...result, ms: performance.now() - started };
}

function csv(rows: readonly (readonly unknown[])[]): string {
  const field = (value: unknown) => {
    const text = value === undefined || value === null ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${rows.map((row) => row.map(field).join(',')).join('\n')}\n`;
}

/** A registry as the curator's CSV: the sheet's headers, one row per person. */
function mentorRows(mentors: readonly Mentor[]): unknown[][] {
  const cells = (one: Mentor): Record<string, unknown> => ({
    ...one,
    forms: one.forms.map(formName).join('; '),
    competencies: one.competencies.join('; '),
    interests: one.interests.join('; '),
    menteeGrades: one.menteeGrades ? `${one.menteeGrades.min}-${one.menteeGrades.max}` : '',
    days: one.days.join(' '),
    preferredMentees: one.preferredMentees.join('; '),
    consent: one.consent ? 'да' : 'нет',
  });
  return [
    headersOf(mentorSheet),
    ...mentors.map((one) => ((row) => mentorSheet.columns.map((column) => row[column.key]))(cells(one))),
  ];
}

function menteeRows(mentees: readonly Mentee[]): unknown[][] {
  const cells = (one: Mentee): Record<string, unknown> => ({
    ...one,
    form: formName(one.form),
    requests: one.requests.join('; '),
    interests: one.interests.join('; '),
    days: one.days.join(' '),
    consent: one.consent ? 'да' : 'нет',
  });
  return [
    headersOf(menteeSheet),
    ...mentees.map((one) => ((row) => menteeSheet.columns.map((column) => row[column.key]))(cells(one))),
  ];
}

/** Candidate pairs for scipy: counts, capacities, then mentee, mentor and score of each pair. */
function assignmentInput(mentors: Mentor[], mentees: Mentee[]): Buffer {
  const pairs = feasiblePairs(mentors, mentees);
  const mentorIndex = new Map(mentors.map((one, k) => [one.id, k]));
  const menteeIndex = new Map(mentees.map((one, k) => [one.id, k]));
  const n = pairs.length;
  const out = Buffer.alloc(12 + 4 * mentors.length + 9 * n);
  out.writeInt32LE(mentees.length, 0);
  out.writeInt32LE(mentors.length, 4);
  out.writeInt32LE(n, 8);
  let at = 12;
  for (const one of mentors) at = out.writeInt32LE(one.capacity, at);
  for (const pair of pairs) at = out.writeInt32LE(menteeIndex.get(pair.menteeId)!, at);
  for (const pair of pairs) at = out.writeInt32LE(mentorIndex.get(pair.mentorId)!, at);
  for (const pair of pairs) at = out.writeUInt8(pair.score, at);
  return out;
}

/** A python3 with numpy and scipy, or undefined. */
function findPython(): string | undefined {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(candidate, ['-c', 'import numpy, scipy.optimize'], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

/** Writes the 5,000 × 1,000 registries as CSV files into `dir` (also for profiling by hand). */
export async function writeRegistries(
  dir: string,
): Promise<{ mentors: Mentor[]; mentees: Mentee[]; mentorsCsv: string; menteesCsv: string }> {
  const input = realisticInput(5_000, 1_000, 2025);
  const mentees = input.mentees;
  // The sheet takes classes 1–11 (the generator reaches 13): the registries as a curator could type them.
  const mentors = input.mentors.map((one) =>
    one.menteeGrades
      ? { ...one, menteeGrades: { min: one.menteeGrades.min, max: Math.min(one.menteeGrades.max, MAX_CLASS) } }
      : one,
  );
  const mentorsCsv = join(dir, 'mentors.csv');
  const menteesCsv = join(dir, 'mentees.csv');
  await writeFile(mentorsCsv, csv(mentorRows(mentors)));
  await writeFile(menteesCsv, csv(menteeRows(mentees)));
  return { mentors, mentees, mentorsCsv, menteesCsv };
}

export async function benchCli(): Promise<void> {
  console.log('CLI as a command (built JavaScript, child processes)');
  const build = timedRun(process.execPath, [join(ROOT, 'scripts', 'build-node.mjs')]);
  if (build.status !== 0) {
    console.log(`    ✗ build failed: ${build.stderr}`);
    process.exitCode = 1;
    return;
  }
  line('build (npm ci → prepare)', `${build.ms.toFixed(0)} ms`);

  const helps = Array.from({ length: 5 }, () => timedRun(process.execPath, [BIN, '--help']));
  const help = Math.min(...helps.map((run) => run.ms));
  const bare = Math.min(...Array.from({ length: 5 }, () => timedRun(process.execPath, ['-e', '0']).ms));
  const clean = helps.every((run) => run.status === 0 && run.stdout.startsWith('Использование:'));
  line(
    'nastavnik --help, best of 5',
    `${help.toFixed(0)} ms`,
    `goal < ${HELP_GOAL_MS} ms ${help < HELP_GOAL_MS && clean ? '✓' : '✗'} (node -e 0 alone: ${bare.toFixed(0)} ms)`,
  );
  const npx = timedRun('npx', ['nastavnik', '--help'], 60_000);
  line(
    'npx nastavnik --help (npm start-up too)',
    npx.status === 0 ? `${npx.ms.toFixed(0)} ms` : 'failed',
    npx.stdout.startsWith('Использование:') ? 'stdout starts with the help, no npm header' : '',
  );
  if (help >= HELP_GOAL_MS || !clean) process.exitCode = 1;

  const dir = await mkdtemp(join(tmpdir(), 'nastavnik-bench-'));
  try {
    const { mentors, mentees, mentorsCsv, menteesCsv } = await writeRegistries(dir);
    const expected = matchPairs(mentors, mentees);
    console.log(
      `  5,000 mentees × 1,000 mentors from CSV files (places ${mentors.reduce((sum, one) => sum + one.capacity, 0)})`,
    );

    const runs = Array.from({ length: RUNS }, () =>
      timedRun(process.execPath, [
        BIN,
        'match',
        '--mentors',
        mentorsCsv,
        '--mentees',
        menteesCsv,
        '--out',
        join(dir, 'pairs.csv'),
        '--json',
      ]),
    );
    const failed = runs.find((run) => run.status !== 0 && run.status !== 3);
    if (failed) {
      console.log(`    ✗ nastavnik match failed (${failed.status}): ${failed.stderr.slice(0, 500)}`);
      process.exitCode = 1;
      return;
    }
    const cliMs = Math.min(...runs.map((run) => run.ms));
    const json = JSON.parse(runs[0].stdout) as { matched?: number; totalScore?: number };
    line(
      `CLI: whole match, best of ${RUNS}`,
      `${cliMs.toFixed(0)} ms`,
      `first ${runs[0].ms.toFixed(0)} ms; matched ${json.matched} / score ${json.totalScore}`,
    );
    if (json.matched !== expected.matched || json.totalScore !== expected.totalScore) {
      console.log(
        `    ✗ the CLI's result differs from the engine on the same registries: ${expected.matched} / ${expected.totalScore}`,
      );
      process.exitCode = 1;
    }

    const python = findPython();
    if (!python) {
      console.log('    scipy side skipped: no python3 with numpy and scipy (Debian: apt-get install python3-scipy)');
      return;
    }
    const matrix = join(dir, 'assignment.bin');
    await writeFile(matrix, assignmentInput(mentors, mentees));
    const scipyRuns = Array.from({ length: RUNS }, () =>
      timedRun(python, [join(ROOT, 'bench', 'scipy_assignment.py'), matrix], 600_000),
    );
    const bad = scipyRuns.find((run) => run.status !== 0);
    if (bad) {
      console.log(`    scipy side failed, not compared: ${bad.stderr.slice(0, 300)}`);
      return;
    }
    const results = scipyRuns.map((run) => ({
      wall: run.ms,
      ...(JSON.parse(run.stdout) as {
        importMs: number;
        buildMs: number;
        solveMs: number;
        places: number;
        matched: number;
        totalScore: number;
      }),
    }));
    const best = results.reduce((a, b) => (a.buildMs + a.solveMs <= b.buildMs + b.solveMs ? a : b));
    const scipyMs = best.buildMs + best.solveMs;
    line(
      `scipy: build matrix + solve, best of ${RUNS}`,
      `${scipyMs.toFixed(0)} ms`,
      `build ${best.buildMs.toFixed(0)} + solve ${best.solveMs.toFixed(0)} ms (${mentees.length} × ${best.places}); matched ${best.matched} / score ${best.totalScore}`,
    );
    const scipyWholeMs = Math.min(...results.map((r) => r.wall));
    line(
      'scipy: whole python process',
      `${scipyWholeMs.toFixed(0)} ms`,
      `with interpreter start and import ${best.importMs.toFixed(0)} ms`,
    );
    const sameOptimum = best.matched === expected.matched && best.totalScore === expected.totalScore;
    console.log(
      `    ${sameOptimum ? '✓' : '✗'} same optimum: matched ${best.matched} vs ${expected.matched}, total score ${best.totalScore} vs ${expected.totalScore}`,
    );
    // The goal compares whole runs, as the issue measured them (scipy's whole script about 1.6 s here):
    // start, reading, matrix or scores, solving and output on both sides.
    const ok = cliMs <= scipyWholeMs;
    console.log(
      `    ${ok ? '✓' : '✗'} whole CLI run ${cliMs.toFixed(0)} ms vs whole scipy run ${scipyWholeMs.toFixed(0)} ms: ${(cliMs / scipyWholeMs).toFixed(2)}×`,
    );
    console.log(
      `      stricter, against scipy's build + solve alone (no start, import or reading) ${scipyMs.toFixed(0)} ms: ${(cliMs / scipyMs).toFixed(2)}×`,
    );
    if (!ok || !sameOptimum) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) {
  if (process.argv[2] === '--write-registries') await writeRegistries(process.argv[3]);
  else await benchCli();
}
