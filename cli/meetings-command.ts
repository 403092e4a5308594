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
  type PairNames,
  type PairProgress,
} from '../shared/meetings';
import { formatProblem, sortProblems } from '../shared/tables';
import { pairSheet } from '../shared/workspace';
import { writeFilesAtomically } from './atomic-write';
import { EXIT_OK, InputError, type CliIo } from './io';
import { writeProductSheet } from './product-sheet';
import { openWorkbook } from './workbook-file';
import { readMeetingsData, readPairsData } from './year-data';

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
  const problems = sortProblems([...pairs.problems, ...meetings.problems], [pairSheet.name, meetingSheet.name]);
  if (problems.length > 0) throw new InputError(problems.map(formatProblem));
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
  io.stdout(summary(progress, pairs.names, args));
  return EXIT_OK;
}

function summary(progress: readonly PairProgress[], names: ReadonlyMap<string, PairNames>, args: YearArgs): string {
  const overdue = progress.filter((pair) => pair.overdue).sort((a, b) => (b.daysWithoutMeeting ?? 0) - (a.daysWithoutMeeting ?? 0));
  const ready = progress.filter((pair) => pair.readyToComplete);
  const lines = [`На ${formatDayRu(args.today)}: пар ${progress.length}, больше ${OVERDUE_AFTER_DAYS} дней без встречи — ${overdue.length}.`];
  for (const pair of overdue) lines.push(`  ${pair.pairId} (${names.get(pair.pairId)?.mentor || 'наставник не указан'}): дней без встречи — ${pair.daysWithoutMeeting}`);
  if (ready.length > 0) lines.push(`Итоговая встреча проведена, пару можно завершить: ${ready.map((pair) => pair.pairId).join(', ')}.`);
  if (args.write) lines.push(`Лист «${progressSheet.name}» обновлён в «${basename(args.workbook)}».`);
  return `${lines.join('\n')}\n`;
}
