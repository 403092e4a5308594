// `rating`: mentors' points for the academic year of --today — achievements from «Достижения
// наставников» plus the year's results of their pairs — ranked within each form, with the
// «Наставник года» shortlist; printed, and with --write put into «Рейтинг наставников» (the
// product's sheet, rewritten whole). --write also creates «Достижения наставников» when missing and
// adds absent rows of the points table to «Настройки»; the curator's rows and values are never written.
import { basename } from 'node:path';
import {
  ACHIEVEMENTS_SHEET,
  RATING_COLUMNS,
  RATING_SHEET,
  computeRating,
  ratingLayout,
  readPointsTable,
  readRatingInput,
  shortlists,
  type PointsSettingSpec,
} from '../shared/achievements';
import { meetingSheet } from '../shared/meetings';
import { cellText, formatProblem, sortProblems } from '../shared/tables';
import {
  measurementAnswerSheet,
  mentorSheet,
  pairSheet,
  satisfactionAnswerSheet,
  settingsSheet,
} from '../shared/workspace';
import { writeFilesAtomically } from './atomic-write';
import { EXIT_OK, InputError, type CliIo } from './io';
import { formatNumberRu } from './number-format';
import { writeProductSheet } from './product-sheet';
import { exitStatus, printFindings, stopOnProblems } from './row-problems';
import type { YearArgs } from './meetings-command';
import { missingSheet, openWorkbook, type WorkbookFile } from './workbook-file';
import { addWorkspaceSheet } from './workspace-sheet';
import { readAnswersData, readMeetingsData, readPairsData } from './year-data';

const SHORTLIST_FILL = '#d9ead3';

export async function ratingCommand(args: YearArgs, io: CliIo): Promise<number> {
  const file = await openWorkbook(args.workbook);
  const mentorGrid = file.grid(mentorSheet.name);
  if (!mentorGrid) throw new InputError([formatProblem(missingSheet(mentorSheet.name, file.label))]);
  const settingsGrid = file.grid(settingsSheet.name);
  const points = readPointsTable(settingsGrid);
  const pairs = readPairsData(file);
  const achievementGrid = file.grid(ACHIEVEMENTS_SHEET.name);
  const read = readRatingInput({
    today: args.today,
    mentors: mentorGrid,
    points,
    achievements: achievementGrid?.length ? achievementGrid : undefined,
    pairs,
    meetings: readMeetingsData(file, pairs),
    answers: readAnswersData(file),
  });
  const problems = sortProblems(read.problems, [
    mentorSheet.name,
    settingsSheet.name,
    pairSheet.name,
    meetingSheet.name,
    measurementAnswerSheet.name,
    satisfactionAnswerSheet.name,
    ACHIEVEMENTS_SHEET.name,
  ]);
  const findings = { problems, notes: [] };
  stopOnProblems(findings, args.strict === true, (problem) => problem.row <= 1 && problem.sheet === mentorSheet.name);
  printFindings(io, findings);

  const rating = computeRating(read.input);
  const lists = shortlists(rating);
  const layout = ratingLayout(rating, lists);
  const text = layout.grid.map((row) => trimEnd(row.map(cellForPeople)).join(' | ')).join('\n');
  const missingPoints = settingsGrid ? points.missing : [];
  const changes = [
    ...(achievementGrid ? [] : [`создан лист «${ACHIEVEMENTS_SHEET.name}» со списками видов и уровней`]),
    ...(settingsGrid ? [] : [`создан лист «${settingsSheet.name}» с баллами по умолчанию`]),
    ...(missingPoints.length
      ? [
          `на лист «${settingsSheet.name}» добавлены баллы по умолчанию: ${missingPoints.map((s) => `«${s.label}»`).join(', ')}`,
        ]
      : []),
  ];
  if (!args.write) {
    const later = changes.length ? `\n\nС --write также: ${changes.join('; ')}.` : '';
    io.stdout(
      `${text}${later}\n\nЭто предпросмотр: книга не изменена. С --write рейтинг будет записан на лист «${RATING_SHEET.name}».\n`,
    );
    return exitStatus(findings, EXIT_OK);
  }
  writeProductSheet(file, RATING_SHEET, layout.grid, {
    boldRows: layout.titleRows,
    headerRows: layout.headerRows,
    widths: layout.widths,
    cellFills: layout.shortlistedRows.flatMap((row) =>
      RATING_COLUMNS.map((_, i) => ({ row, column: i + 1, colour: SHORTLIST_FILL })),
    ),
  });
  if (!achievementGrid) addWorkspaceSheet(file.workbook, ACHIEVEMENTS_SHEET);
  if (!settingsGrid) addWorkspaceSheet(file.workbook, settingsSheet);
  else appendSettings(file, missingPoints);
  await writeFilesAtomically([{ path: file.path, content: new Uint8Array(await file.workbook.xlsx.writeBuffer()) }]);
  const done = [`Лист «${RATING_SHEET.name}» обновлён в «${basename(args.workbook)}»`, ...changes];
  io.stdout(`${text}\n\n${done.join('; ')}.\n`);
  return exitStatus(findings, EXIT_OK);
}

/** Rows of the points table under the last row of «Настройки»; rows above are not touched. */
function appendSettings(file: WorkbookFile, missing: readonly PointsSettingSpec[]): void {
  const sheet = file.sheet(settingsSheet.name);
  if (!sheet || missing.length === 0) return;
  let last = sheet.rowCount;
  while (last > 1 && sheet.getRow(last).values.length === 0) last--;
  missing.forEach((spec, index) => {
    const row = sheet.getRow(last + 1 + index);
    row.getCell(1).value = spec.label;
    row.getCell(2).value = spec.initial;
    row.getCell(3).value = spec.hint;
  });
}

function cellForPeople(value: unknown): string {
  return typeof value === 'number' ? formatNumberRu(value) : cellText(value);
}

function trimEnd(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}
