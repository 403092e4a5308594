// `practice`: a practice card pre-filled from an xlsx workspace (`--workbook … --pair …`), sending a
// finished card to the region's bank (`practice push`), and the bank's answer brought back
// (`practice refresh`): the «Практики» sheet and the authors' achievements in «Достижения наставников».
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dayToDate, toDay } from '../shared/core/day';
import { readMentees, readMentors, readSettings } from '../shared/registry';
import { readReportSettings } from '../shared/school-report';
import { cardProblems, practiceDraftFromWorkspace } from '../shared/practice/from-workspace';
import { BANK_LEVEL_LABELS, BANK_STATUS_LABELS, type PracticeStatus } from '../shared/practice/bank-status';
import { practicesSheet, practiceSheetRows } from '../shared/practice/practices-sheet';
import {
  achievementGrid,
  achievementsFromBank,
  achievementsSheet,
  mergeAchievements,
  pendingFromGrid,
  PENDING_ACHIEVEMENTS_SHEET,
} from '../shared/practice/achievements';
import { meetingSheet } from '../shared/meetings/sheet';
import { formatProblem, sortProblems } from '../shared/tables';
import { mentorSheet, menteeSheet, pairSheet, settingsSheet } from '../shared/workspace';
import { exitStatus, printFindings } from './row-problems';
import { writeFilesAtomically } from './atomic-write';
import { EXIT_OK, InputError, type CliIo } from './io';
import type { PracticeArgs } from './practice-args';
import { fetchPractices, sendCard } from './practice-client';
import { writeProductSheet } from './product-sheet';
import { missingSheet, openWorkbook, type WorkbookFile } from './workbook-file';
import { readAnswersData, readMeetingsData, readPairsData } from './year-data';

export async function practiceCommand(args: PracticeArgs, io: CliIo): Promise<number> {
  if (args.action === 'push') return pushCard(args, io);
  if (args.action === 'refresh') return refresh(args, io);
  return buildCard(args, io);
}

function settingsOf(file: WorkbookFile): { organizationName?: string; schoolId?: string } {
  const grid = file.grid(settingsSheet.name);
  if (!grid) return {};
  return {
    organizationName: readSettings(grid).settings.organizationName,
    schoolId: readReportSettings(grid).settings.schoolId,
  };
}

async function buildCard(args: Extract<PracticeArgs, { action: 'build' }>, io: CliIo): Promise<number> {
  const file = await openWorkbook(args.workbook);
  const mentorGrid = file.grid(mentorSheet.name);
  const menteeGrid = file.grid(menteeSheet.name);
  if (!mentorGrid || !menteeGrid) {
    throw new InputError(
      [mentorGrid ? null : mentorSheet.name, menteeGrid ? null : menteeSheet.name]
        .filter((n): n is string => n !== null)
        .map((n) => formatProblem(missingSheet(n, file.label))),
    );
  }
  const pairs = readPairsData(file);
  const settings = settingsOf(file);
  const mentors = readMentors(mentorGrid, { requireRows: false });
  const meetings = readMeetingsData(file, pairs);
  const answers = readAnswersData(file);
  const result = practiceDraftFromWorkspace(
    {
      ...settings,
      mentors: mentors.mentors,
      mentees: readMentees(menteeGrid, { requireRows: false }).mentees,
      pairs: pairs.records,
      meetings: meetings.meetings,
      measurement: answers.measurement,
      today: args.today,
    },
    args.pair,
  );
  // Rows with problems are left out of the figures: each is named, and the exit status says so.
  const findings = {
    problems: sortProblems(
      [...mentors.problems, ...pairs.problems, ...meetings.problems, ...answers.problems],
      [mentorSheet.name, pairSheet.name, meetingSheet.name],
    ),
    notes: [],
  };
  printFindings(io, findings);
  if (!result.ok) throw new InputError([result.message]);
  const { draft } = result;
  const lines = [
    `Карточка практики по программе: ${draft.source}.`,
    'Цифры программы (только обобщённые, без данных наставляемых):',
    ...draft.figures.map((f) => `  ${f}`),
  ];
  if (draft.notes.length) lines.push('Проверьте:', ...draft.notes.map((n) => `  ${n}`));
  if (draft.missing.length)
    lines.push('Перед отправкой заполните в файле карточки:', ...draft.missing.map((m) => `  ${m}`));
  lines.push(
    'Согласие автора на публикацию контактов не отмечено: e-mail и телефон в карточку не внесены. ' +
      'Если автор согласен, поставьте "consentToPublishContacts": true и добавьте "email" и "phone".',
  );
  io.stderr(`${lines.join('\n')}\n`);
  const json = `${JSON.stringify(draft.card, null, 2)}\n`;
  if (!args.out) {
    io.stdout(json);
    return exitStatus(findings, EXIT_OK);
  }
  await writeFilesAtomically([{ path: args.out, content: json }]);
  io.stdout(
    `Карточка записана: ${basename(args.out)}. Допишите её и отправьте: npx nastavnik practice push ${basename(args.out)} --url … --token …\n`,
  );
  return exitStatus(findings, EXIT_OK);
}

async function pushCard(args: Extract<PracticeArgs, { action: 'push' }>, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError([`Файл карточки «${args.file}» ${code === 'ENOENT' ? 'не найден' : 'не удаётся прочитать'}`]);
  }
  let card: unknown;
  try {
    card = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError([
      `Файл карточки «${basename(args.file)}» — не JSON: ${(error as Error).message}. Соберите его командой practice --workbook … --pair …`,
    ]);
  }
  // Checked here first: nothing leaves while the card is unfinished or names contacts without consent.
  const problems = cardProblems(card);
  if (problems.length) throw new InputError(problems.map((p) => `Карточка «${basename(args.file)}», ${p}`));
  return sendCard(args.url, args.token, JSON.stringify(card), io);
}

function statusLine(p: PracticeStatus): string {
  const level = p.status === 'accepted' && p.level ? `, ${BANK_LEVEL_LABELS[p.level]} банк` : '';
  return `  ${p.practiceId} «${p.title}» — ${BANK_STATUS_LABELS[p.status]}${level}, редакция ${p.revision}${p.comment ? `; комментарий региона: ${p.comment}` : ''}`;
}

async function refresh(args: Extract<PracticeArgs, { action: 'refresh' }>, io: CliIo): Promise<number> {
  const file = await openWorkbook(args.workbook);
  const schoolId = args.schoolId ?? settingsOf(file).schoolId;
  if (!schoolId)
    throw new InputError([
      `Лист «${settingsSheet.name}»: не заполнен «Код организации в регионе» — заполните его или укажите --school-id`,
    ]);
  const practices = await fetchPractices(args.url, args.token, schoolId, io);
  io.stdout(
    `Практики организации ${schoolId} в банке региона: ${practices.length}.\n${practices.map((p) => `${statusLine(p)}\n`).join('')}`,
  );
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const fresh = achievementsFromBank(practices, args.url, timeZone);
  const pendingSheet = file.sheet(PENDING_ACHIEVEMENTS_SHEET);
  const pending = pendingFromGrid(file.grid(PENDING_ACHIEVEMENTS_SHEET), (cell) => toDay(cell));
  const target = file.sheet(achievementsSheet.name);
  const targetGrid = target ? trimmed(file.grid(achievementsSheet.name) ?? []) : null;
  const merge = mergeAchievements(targetGrid, pending, fresh, dayToDate);
  if (!args.write) {
    if (merge.appended.length)
      io.stdout(`С --write в «${achievementsSheet.name}» добавятся достижения авторов: ${merge.appended.length}.\n`);
    if (merge.pending.length) io.stdout(`Достижения авторов (${merge.pending.length}) ждут: ${merge.waitReason}.\n`);
    return EXIT_OK;
  }
  writeProductSheet(file, practicesSheet, practiceSheetRows(practices, args.url, timeZone), {
    widths: practicesSheet.columns.map((c) => c.width),
  });
  if (target && merge.append.length) {
    const start = (targetGrid?.length ?? 0) + 1;
    merge.append.forEach((line, i) => {
      const row = target.getRow(start + i);
      line.forEach((value, c) => {
        const cell = row.getCell(c + 1);
        if (value === '') return;
        cell.value = value as never;
        if (value instanceof Date) cell.numFmt = 'dd.mm.yyyy';
      });
    });
  }
  if (merge.pending.length) {
    const sheet = writeProductSheet(
      file,
      { name: PENDING_ACHIEVEMENTS_SHEET, frozenRows: 1, columns: achievementsSheet.columns },
      achievementGrid(merge.pending, dayToDate),
    );
    sheet.state = 'hidden';
  } else if (pendingSheet) file.workbook.removeWorksheet(pendingSheet.id);
  await writeFilesAtomically([{ path: file.path, content: new Uint8Array(await file.workbook.xlsx.writeBuffer()) }]);
  const lines = [`Лист «${practicesSheet.name}» обновлён в «${basename(args.workbook)}».`];
  if (merge.appended.length)
    lines.push(
      `В «${achievementsSheet.name}» добавлены достижения авторов: ${merge.appended.length} (${merge.appended.map((a) => `${a.mentor}, ${a.level}`).join('; ')}).`,
    );
  if (merge.alreadyThere) lines.push(`Уже записанных раньше достижений: ${merge.alreadyThere} — не повторяются.`);
  if (merge.pending.length)
    lines.push(`Достижения авторов (${merge.pending.length}) сохранены до появления листа: ${merge.waitReason}.`);
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

/** The grid without its empty rows at the bottom: new rows go right under the last filled one. */
function trimmed(grid: unknown[][]): unknown[][] {
  let end = grid.length;
  while (end > 0 && grid[end - 1].every((v) => v === null || v === undefined || v === '')) end--;
  return grid.slice(0, end);
}
