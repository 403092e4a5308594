// `report`: the school report v1 built from an xlsx workspace — aggregates only.
import { basename } from 'node:path';
import { schoolReportFromWorkspace } from '../shared/school-report';
import { formatProblem, type TableProblem } from '../shared/tables';
import { menteeSheet, mentorSheet, pairSheet, satisfactionAnswerSheet, settingsSheet } from '../shared/workspace';
import { writeFilesAtomically } from './atomic-write';
import { EXIT_OK, InputError, type CliIo } from './io';
import { formatIssue } from './report-issue';
import { exitStatus, printFindings } from './row-problems';
import { countOf } from '../shared/catalogue';
import { missingSheet, openWorkbook } from './workbook-file';

export interface ReportArgs {
  workbook: string;
  schoolId: string;
  /** `YYYY`. */
  period: string;
  out?: string;
  /** Build the report from the rows without problems (they are listed); without it any problem stops `report`. */
  allowProblems?: boolean;
}

export async function reportCommand(args: ReportArgs, io: CliIo): Promise<number> {
  const file = await openWorkbook(args.workbook);
  const mentors = file.grid(mentorSheet.name);
  const mentees = file.grid(menteeSheet.name);
  const settings = file.grid(settingsSheet.name);
  const missing: TableProblem[] = [];
  for (const [grid, name] of [
    [mentors, mentorSheet.name],
    [mentees, menteeSheet.name],
    [settings, settingsSheet.name],
  ] as const) {
    if (!grid) missing.push(missingSheet(name, file.label));
  }
  if (!mentors || !mentees || !settings) throw new InputError(missing.map(formatProblem));

  const result = schoolReportFromWorkspace(
    {
      mentors,
      mentees,
      settings,
      pairs: file.grid(pairSheet.name),
      satisfaction: file.grid(satisfactionAnswerSheet.name),
    },
    { period: args.period, schoolId: args.schoolId, allowProblems: args.allowProblems === true },
  );
  printNotes(result.notes, io);
  if (!result.ok) {
    const rowsOnly =
      !args.allowProblems &&
      result.problems.length > 0 &&
      result.problems.every((problem) => problem.row > 1) &&
      result.issues.length === 0;
    if (rowsOnly) {
      io.stderr(
        'Отчёт для региона не сформирован: в строках ниже ошибки, и без этих строк числа отчёта были бы меньше. ' +
          'Исправьте их или запустите с --allow-problems, чтобы сформировать отчёт без этих строк.\n',
      );
    }
    throw new InputError([...result.problems.map(formatProblem), ...result.issues.map(formatIssue)]);
  }

  printFindings(io, { problems: result.problems, notes: [] });
  if (result.leftOut.length > 0) {
    const rows = result.leftOut.map((entry) => `«${entry.sheet}» — ${countOf(entry.rows, ROWS)}`).join(', ');
    io.stderr(`Отчёт сформирован без строк с ошибками: ${rows}; числа отчёта не включают эти строки.\n`);
  }
  const json = `${JSON.stringify(result.report, null, 2)}\n`;
  if (!args.out) {
    io.stdout(json);
    return exitStatus({ problems: result.problems, notes: [] }, EXIT_OK);
  }
  await writeFilesAtomically([{ path: args.out, content: json }]);
  const { school, period } = result.report;
  io.stdout(
    `Отчёт организации «${school.name}» (${school.id}) за ${period} год записан: ${basename(args.out)}.\n` +
      'В нём только обобщённые числа и предприятия-партнёры: ФИО, контакты, возраст и ответы участников в отчёт не входят.\n',
  );
  return exitStatus({ problems: result.problems, notes: [] }, EXIT_OK);
}

const ROWS = ['строка', 'строки', 'строк'] as const;

function printNotes(notes: readonly string[], io: CliIo): void {
  if (notes.length > 0) io.stderr(`Замечания (${notes.length}):\n${notes.map((note) => `  ${note}\n`).join('')}`);
}
