// `match`: pairs mentors and mentees of a workspace or two CSV files (the CLI's documented interface).
import { basename } from 'node:path';
import { feasiblePairs, matchPairs, type PairingResult } from '../shared/pairing';
import { PairingInputError } from '../shared/pairing/errors';
import { countOf, normalizeText } from '../shared/catalogue';
import { isSheetProblem, readPairingInput, type PairingInput } from '../shared/registry/pairing-input';
import { pairSheetRows, writePairs, type PairSheetWrite } from '../shared/registry/pair-writer';
import { preferenceNotes } from '../shared/registry/preference-notes';
import { findSheetName, headersOf, pairSheet } from '../shared/workspace';
import { writeFilesAtomically, type OutputFile } from './atomic-write';
import { toCsv } from './csv-output';
import { formatNumberRu } from './number-format';
import { toCsvForPeople } from './csv-for-people';
import { EXIT_OK, InputError, type CliIo } from './io';
import { pairTable } from './pair-table';
import { exitStatus, printFindings, stopOnProblems } from './row-problems';
import { loadCsvSource, loadWorkbookSource, type WorkspaceSource } from './workspace-source';
import { addWorkspaceSheet } from './workspace-sheet';
import { writeModel } from './xlsx-grid';

export interface MatchArgs {
  workbook?: string;
  write: boolean;
  mentors?: string;
  mentees?: string;
  out?: string;
  scoresOut?: string;
  json: boolean;
  /** Any row problem stops the run (exit 1, nothing written). */
  strict?: boolean;
  /** `--csv plain`: plain CSV (UTF-8, «,», «.») instead of Excel-RU. */
  plainCsv?: boolean;
}

const SCORES_HEADER = ['Наставник ID', 'Наставляемый ID', 'Совместимость'];

export async function matchCommand(args: MatchArgs, io: CliIo): Promise<number> {
  const source = args.workbook
    ? await loadWorkbookSource(args.workbook)
    : await loadCsvSource(args.mentors ?? '', args.mentees ?? '');
  const input = readPairingInput(source.grids, source.labels);
  const findings = { problems: input.problems, notes: [...input.notes] };
  stopOnProblems(findings, args.strict === true, isSheetProblem);
  let result: PairingResult;
  try {
    result = matchPairs(input.mentors, input.mentees, input.options);
  } catch (error) {
    if (error instanceof PairingInputError) throw new InputError([error.message]);
    throw error;
  }
  // Preference findings first (unhonoured mutual choices lead), then the cell notes.
  findings.notes.unshift(...preferenceNotes(result.preferences ?? [], input));
  const written = writePairs(source.grids.pairs ?? [], result.pairs, input);

  const csv = args.plainCsv ? toCsv : toCsvForPeople;
  const files: OutputFile[] = [];
  if (args.out) {
    files.push({
      path: args.out,
      content: csv(headersOf(pairSheet), pairSheetRows(written.model, written.resultRows)),
    });
  }
  if (args.scoresOut) {
    const scores = feasiblePairs(input.mentors, input.mentees, input.options)
      .map((pair) => [pair.mentorId, pair.menteeId, pair.score] as const)
      .sort((a, b) => compareText(a[0], b[0]) || compareText(a[1], b[1]));
    files.push({ path: args.scoresOut, content: csv(SCORES_HEADER, scores) });
  }
  if (args.write && args.workbook && source.workbook) {
    files.push({ path: args.workbook, content: await workbookWithPairs(source, written) });
  }
  await writeFilesAtomically(files);

  printFindings(io, findings);
  if (args.json) io.stdout(`${JSON.stringify(jsonResult(result, written))}\n`);
  else io.stdout(`${args.write ? '' : pairTable(result, input)}${summary(result, input, files)}`);
  return exitStatus(findings, EXIT_OK);
}

async function workbookWithPairs(source: WorkspaceSource, written: PairSheetWrite): Promise<Uint8Array> {
  const workbook = source.workbook;
  if (!workbook) throw new Error('No workbook to write');
  const name = findSheetName(
    workbook.worksheets.map((sheet) => sheet.name),
    pairSheet.name,
  );
  const sheet = (name !== undefined && workbook.getWorksheet(name)) || addWorkspaceSheet(workbook, pairSheet);
  writeModel(sheet, written.model);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The CLI's `--json`, with `code` of each unmatched mentee and `form`, `pairId`, `pinned` of each pair added. */
function jsonResult(result: PairingResult, written: PairSheetWrite) {
  const pairIdOf = new Map<string, string>();
  for (const row of written.resultRows) {
    const key = pairKey(written.model.text(row, 'mentorId'), written.model.text(row, 'menteeId'));
    pairIdOf.set(key, written.model.text(row, 'pairId'));
  }
  return {
    matched: result.matched,
    unmatched: result.unmatched.map((mentee) => ({ id: mentee.menteeId, reason: mentee.reason, code: mentee.code })),
    totalScore: result.totalScore,
    pairs: result.pairs.map((pair) => ({
      mentorId: pair.mentorId,
      menteeId: pair.menteeId,
      score: pair.score,
      reasons: pair.reasons,
      against: pair.against,
      form: pair.form,
      pairId: pairIdOf.get(pairKey(pair.mentorId, pair.menteeId)) ?? '',
      pinned: pair.pinned,
    })),
  };
}

function summary(result: PairingResult, input: PairingInput, files: readonly OutputFile[]): string {
  const pinned = result.pairs.filter((pair) => pair.pinned).length;
  const names = new Map(input.mentees.map((mentee) => [mentee.id, mentee.fullName]));
  const waiting = result.matched - pinned + result.unmatched.length;
  const lines = [
    `Наставляемых с наставником: ${result.matched}` +
      (pinned > 0
        ? ` (из них в утверждённых парах: ${pinned}, подобрано сейчас: ${result.matched - pinned} из ${waiting} ожидавших)`
        : ` из ${waiting} ожидавших подбора`) +
      `; суммарная совместимость: ${formatNumberRu(result.totalScore)}.`,
  ];
  const leftOut = [
    input.leftOut.mentors > 0 ? countOf(input.leftOut.mentors, MENTORS) : '',
    input.leftOut.mentees > 0 ? countOf(input.leftOut.mentees, MENTEES) : '',
  ].filter(Boolean);
  if (leftOut.length > 0) {
    const verb = input.leftOut.mentors + input.leftOut.mentees === 1 ? 'не участвовал' : 'не участвовали';
    lines.push(
      `${leftOut.join(' и ')} ${verb} в подборе из-за ошибок в их строках — см. замечания выше; после исправления запустите подбор снова.`,
    );
  }
  if (result.unmatched.length > 0) {
    lines.push(`Наставляемых без наставника: ${result.unmatched.length}`);
    for (const mentee of result.unmatched)
      lines.push(`  ${mentee.menteeId} ${names.get(mentee.menteeId) ?? ''} — ${mentee.reason}`);
  }
  for (const file of files) lines.push(`Записано: ${basename(file.path)}`);
  return `${lines.join('\n')}\n`;
}

const MENTORS = ['наставник', 'наставника', 'наставников'] as const;
const MENTEES = ['наставляемый', 'наставляемых', 'наставляемых'] as const;

function pairKey(mentorId: string, menteeId: string): string {
  return `${normalizeText(mentorId)}\u0000${normalizeText(menteeId)}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
