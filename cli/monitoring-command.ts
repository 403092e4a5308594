// `monitoring`: stage 1 and stage 2 monitoring from `Пары`, `Встречи` and the answer sheets,
// printed as text, and with --write put into `Мониторинг` (the product's sheet, rewritten whole).
import { basename } from 'node:path';
import { meetingSheet } from '../shared/meetings';
import { monitoringSheet, satisfactionSummary, stage1Report, stage2Report, swotSummary } from '../shared/monitoring';
import { cellText, sortProblems } from '../shared/tables';
import {
  measurementAnswerSheet,
  monitoringReportSheet,
  pairSheet,
  satisfactionAnswerSheet,
  swotAnswerSheet,
} from '../shared/workspace';
import { writeFilesAtomically } from './atomic-write';
import { EXIT_OK, type CliIo } from './io';
import { formatNumberRu } from './number-format';
import { exitStatus, printFindings, stopOnProblems } from './row-problems';
import type { YearArgs } from './meetings-command';
import { writeProductSheet } from './product-sheet';
import { openWorkbook } from './workbook-file';
import { readAnswersData, readMeetingsData, readPairsData } from './year-data';

export async function monitoringCommand(args: YearArgs, io: CliIo): Promise<number> {
  const file = await openWorkbook(args.workbook);
  const pairs = readPairsData(file);
  const meetings = readMeetingsData(file, pairs);
  const answers = readAnswersData(file);
  const problems = sortProblems(
    [...pairs.problems, ...meetings.problems, ...answers.problems],
    [
      pairSheet.name,
      meetingSheet.name,
      measurementAnswerSheet.name,
      satisfactionAnswerSheet.name,
      swotAnswerSheet.name,
    ],
  );
  const findings = { problems, notes: [] };
  stopOnProblems(findings, args.strict === true, (problem) => problem.row <= 1);
  printFindings(io, findings);

  const layout = monitoringSheet({
    today: args.today,
    stage1: stage1Report(pairs.infos, meetings.meetings, args.today),
    satisfaction: satisfactionSummary(answers.satisfaction),
    swot: swotSummary(answers.swot),
    stage2: stage2Report(answers.measurement),
  });
  const text = layout.grid.map((row) => trimEnd(row.map(cellForPeople)).join(' | ')).join('\n');
  if (!args.write) {
    io.stdout(`${text}\n`);
    return exitStatus(findings, EXIT_OK);
  }
  writeProductSheet(file, monitoringReportSheet, layout.grid, {
    boldRows: layout.titleRows,
    headerRows: layout.headerRows,
    widths: layout.widths,
  });
  await writeFilesAtomically([{ path: file.path, content: new Uint8Array(await file.workbook.xlsx.writeBuffer()) }]);
  io.stdout(
    `${text}\n\nЛист «${monitoringReportSheet.name}» обновлён в «${basename(args.workbook)}». ` +
      'Диаграмму средних на входе и выходе строит надстройка; в файле .xlsx её можно построить по таблице этапа 2.\n',
  );
  return exitStatus(findings, EXIT_OK);
}

/** Numbers with a decimal comma; everything else as the sheet shows it. */
function cellForPeople(value: unknown): string {
  return typeof value === 'number' ? formatNumberRu(value) : cellText(value);
}

function trimEnd(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}
