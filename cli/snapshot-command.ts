// `snapshot`: the quarterly personalised accounting — who takes part at a date, by category and
// form, new and left in the quarter; printed, and with --write APPENDED to «Учёт участников»
// (created when missing). A row is never rewritten: a retake is a new row marked as such.
import { basename } from 'node:path';
import { participationSheet, snapshotFromWorkspace, snapshotLines, snapshotRow } from '../shared/accounting';
import type { Day } from '../shared/meetings';
import { meetingSheet } from '../shared/meetings/sheet';
import { formatProblem } from '../shared/tables';
import { menteeSheet, mentorSheet, pairSheet, settingsSheet } from '../shared/workspace';
import { writeFilesAtomically } from './atomic-write';
import { EXIT_OK, InputError, type CliIo } from './io';
import { printFindings, exitStatus } from './row-problems';
import { missingSheet, openWorkbook } from './workbook-file';
import { addWorkspaceSheet } from './workspace-sheet';

export interface SnapshotArgs {
  workbook: string;
  date: Day;
  write: boolean;
}

export async function snapshotCommand(args: SnapshotArgs, io: CliIo): Promise<number> {
  const file = await openWorkbook(args.workbook);
  const mentors = file.grid(mentorSheet.name);
  const mentees = file.grid(menteeSheet.name);
  if (!mentors || !mentees) {
    throw new InputError(
      [mentorSheet.name, menteeSheet.name]
        .filter((n) => !file.grid(n))
        .map((n) => formatProblem(missingSheet(n, file.label))),
    );
  }
  const { snapshot, problems } = snapshotFromWorkspace(
    {
      mentors,
      mentees,
      pairs: file.grid(pairSheet.name),
      meetings: file.grid(meetingSheet.name),
      settings: file.grid(settingsSheet.name),
    },
    args.date,
  );
  const findings = { problems, notes: [] };
  printFindings(io, findings);
  const lines = snapshotLines(snapshot);
  if (args.write) {
    const sheet = file.sheet(participationSheet.name) ?? addWorkspaceSheet(file.workbook, participationSheet);
    const grid = file.grid(participationSheet.name) ?? [];
    const row = snapshotRow(grid, snapshot);
    // The next row after the last one with anything in it: rows above are never touched.
    let last = sheet.rowCount;
    while (last > 1 && grid[last - 1]?.every((v) => v === null || v === '')) last--;
    sheet.getRow(last + 1).values = row;
    await writeFilesAtomically([{ path: file.path, content: new Uint8Array(await file.workbook.xlsx.writeBuffer()) }]);
    lines.push(
      `Строка добавлена в лист «${participationSheet.name}» в «${basename(args.workbook)}» (${String(row[2])}).`,
    );
  } else lines.push(`Ничего не записано; с --write снимок добавится строкой в лист «${participationSheet.name}».`);
  io.stdout(`${lines.join('\n')}\n`);
  return exitStatus(findings, EXIT_OK);
}
