// `meetings`: each pair's progress from `Пары` and `Встречи` — stage, last meeting, more than a
// week without one — printed, and with --write put into `Ход работы пар` (the product's sheet).
import { basename } from 'node:path';
import {
  formatDayRu,
  meetingSheet,
  OVERDUE_AFTER_DAYS,
  pairsProgress,
  progressCells,
  progressSheet,
  type Day,
  type PairProgress,
} from '../shared/meetings';
import { sortProblems } from '../shared/tables';
import { pairSheet } from '../shared/workspace';
import { writeFilesAtomically } from './atomic-write';
import { EXIT_OK, type CliIo } from './io';
import { exitStatus, printFindings, stopOnProblems } from './row-problems';
import { writeProductSheet } from './product-sheet';
import { openWorkbook } from './workbook-file';
import { readMeetingsData, readPairsData, type PairsData } from './year-data';

export interface YearArgs {
  workbook: string;
  today: Day;
  write: boolean;
  /** Any row problem stops the command (exit 1, nothing written). */
  strict?: boolean;
}

const OVERDUE_FILL = '#f4c7c3';
const READY_FILL = '#d9ead3';

export async function meetingsCommand(args: YearArgs, io: CliIo): Promise<number> {
  const file = await openWorkbook(args.workbook);
  const pairs = readPairsData(file);
  const meetings = readMeetingsData(file, pairs);
  const findings = {
    problems: sortProblems([...pairs.problems, ...meetings.problems], [pairSheet.name, meetingSheet.name]),
    notes: [],
  };
  stopOnProblems(findings, args.strict === true, (problem) => problem.row <= 1);
  const progress = pairsProgress(pairs.infos, meetings.meetings, args.today);

  if (args.write) {
    const keys = progressSheet.columns.map((column) => column.key);
    const rows = [
      progressSheet.columns.map((column) => column.header),
      ...progress.map((pair) => {
        const cells = progressCells(pair, pairs.names.get(pair.pairId));
        return keys.map((key) => cells[key]);
      }),
    ];
    writeProductSheet(file, progressSheet, rows, {
      rowFills: progress.map((pair) => (pair.overdue ? OVERDUE_FILL : pair.readyToComplete ? READY_FILL : null)),
      fillWidth: keys.length,
    });
    await writeFilesAtomically([{ path: file.path, content: new Uint8Array(await file.workbook.xlsx.writeBuffer()) }]);
  }
  printFindings(io, findings);
  io.stdout(summary(progress, pairs, args, findings.problems.length));
  return exitStatus(findings, EXIT_OK);
}

function summary(progress: readonly PairProgress[], pairs: PairsData, args: YearArgs, problems: number): string {
  const names = pairs.names;
  const overdue = progress
    .filter((pair) => pair.overdue)
    .sort((a, b) => (b.daysWithoutMeeting ?? 0) - (a.daysWithoutMeeting ?? 0));
  const ready = progress.filter((pair) => pair.readyToComplete);
  // «Пара» everywhere is one «ID пары»: a mentor with the mentees of one form; the sheet has a row per mentee.
  const byStatus = PAIR_STATUSES.map(
    (status) => [status, progress.filter((pair) => pair.status === status).length] as const,
  ).filter(([, count]) => count > 0);
  const statuses = byStatus.map(([status, count]) => `${STATUS_WORDS[status]} — ${count}`).join(', ');
  const lines = [
    `На ${formatDayRu(args.today)}: пар (по «ID пары») — ${progress.length}${statuses ? ` (${statuses})` : ''}; ` +
      `строк на листе «${pairSheet.name}» — ${pairs.rows}, по одной на наставляемого.`,
    `Пар больше ${OVERDUE_AFTER_DAYS} дней без встречи: ${overdue.length}.`,
  ];
  for (const pair of overdue)
    lines.push(
      `  ${pair.pairId} (${names.get(pair.pairId)?.mentor || 'наставник не указан'}): дней без встречи — ${pair.daysWithoutMeeting}`,
    );
  if (ready.length > 0)
    lines.push(`Итоговая встреча проведена, пару можно завершить: ${ready.map((pair) => pair.pairId).join(', ')}.`);
  if (problems > 0) lines.push(`Строки с ошибками не учтены (${problems}) — см. замечания выше.`);
  if (args.write) lines.push(`Лист «${progressSheet.name}» обновлён в «${basename(args.workbook)}».`);
  return `${lines.join('\n')}\n`;
}

const PAIR_STATUSES = ['утверждена', 'предложена', 'завершена', 'расторгнута'] as const;
const STATUS_WORDS: Record<(typeof PAIR_STATUSES)[number], string> = {
  утверждена: 'в работе',
  предложена: 'предложены',
  завершена: 'завершены',
  расторгнута: 'расторгнуты',
};
