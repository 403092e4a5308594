// `indicators`: the organisation's six Table 5 indicators from the report it would send, against
// the year's targets; printed, and with --write put into `Показатели` with coloured statuses.
import { basename } from 'node:path';
import {
  INDICATORS,
  indicatorCells,
  indicatorSheet,
  organisationIndicators,
  TARGET_STATUS_COLOURS,
  TARGET_STATUS_LABELS,
} from '../shared/indicators';
import { schoolReportFromWorkspace } from '../shared/school-report';
import { formatProblem, type TableProblem } from '../shared/tables';
import { menteeSheet, mentorSheet, pairSheet, satisfactionAnswerSheet, settingsSheet } from '../shared/workspace';
import { writeFilesAtomically } from './atomic-write';
import { EXIT_OK, InputError, type CliIo } from './io';
import { writeProductSheet } from './product-sheet';
import { formatIssue } from './report-issue';
import { formatPercentRu } from './number-format';
import { exitStatus, printFindings } from './row-problems';
import { missingSheet, openWorkbook } from './workbook-file';

export interface IndicatorsArgs {
  workbook: string;
  /** `YYYY`. */
  period: string;
  write: boolean;
  /** Any row problem stops the command (exit 1, nothing written). */
  strict?: boolean;
}

export async function indicatorsCommand(args: IndicatorsArgs, io: CliIo): Promise<number> {
  const file = await openWorkbook(args.workbook);
  const mentors = file.grid(mentorSheet.name);
  const mentees = file.grid(menteeSheet.name);
  const settings = file.grid(settingsSheet.name);
  const missing: TableProblem[] = [];
  if (!mentors) missing.push(missingSheet(mentorSheet.name, file.label));
  if (!mentees) missing.push(missingSheet(menteeSheet.name, file.label));
  if (!settings) missing.push(missingSheet(settingsSheet.name, file.label));
  if (!mentors || !mentees || !settings) throw new InputError(missing.map(formatProblem));

  const result = schoolReportFromWorkspace(
    {
      mentors,
      mentees,
      settings,
      pairs: file.grid(pairSheet.name),
      satisfaction: file.grid(satisfactionAnswerSheet.name),
    },
    // The indicators stay in the workbook: rows with problems are left out unless --strict.
    { period: args.period, allowProblems: args.strict !== true },
  );
  if (result.notes.length > 0)
    io.stderr(`Замечания (${result.notes.length}):\n${result.notes.map((note) => `  ${note}\n`).join('')}`);
  if (!result.ok) throw new InputError([...result.problems.map(formatProblem), ...result.issues.map(formatIssue)]);
  const findings = { problems: result.problems, notes: [] };
  printFindings(io, findings);

  const indicators = organisationIndicators(result.report);
  const lines = indicators.map((row) => {
    const value =
      row.percent === null
        ? `${row.numerator}`
        : `${formatPercentRu(row.percent)} (${row.numerator} из ${row.denominator})`;
    const target = row.target === null ? '' : `, цель ${formatPercentRu(row.target)}`;
    return `${INDICATORS[row.key].shortLabel}: ${value}${target} — ${TARGET_STATUS_LABELS[row.status]}`;
  });
  if (args.write) {
    const keys = indicatorSheet.columns.map((column) => column.key);
    const statusColumn = keys.indexOf('status') + 1;
    const rows = [
      indicatorSheet.columns.map((column) => column.header),
      ...indicators.map((row) => {
        const cells = indicatorCells(row, args.period);
        return keys.map((key) => cells[key]);
      }),
    ];
    const cellFills = indicators.flatMap((row, index) => {
      const colour = TARGET_STATUS_COLOURS[row.status];
      return colour ? [{ row: index + 2, column: statusColumn, colour }] : [];
    });
    writeProductSheet(file, indicatorSheet, rows, { cellFills });
    await writeFilesAtomically([{ path: file.path, content: new Uint8Array(await file.workbook.xlsx.writeBuffer()) }]);
    lines.push(`Лист «${indicatorSheet.name}» обновлён в «${basename(args.workbook)}».`);
  }
  if (result.leftOut.length > 0) {
    lines.push(
      `Без строк с ошибками: ${result.leftOut.map((entry) => `«${entry.sheet}» — ${entry.rows}`).join(', ')}; показатели не включают эти строки.`,
    );
  }
  io.stdout(`Показатели за ${args.period} год (цели — Таблица 5):\n${lines.join('\n')}\n`);
  return exitStatus(findings, EXIT_OK);
}
