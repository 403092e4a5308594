// «Встречи»: the dialog to add a meeting of a pair, the recomputed «Ход работы пар», completing a
// pair (only once its final meeting is held) and the switch of the on-open reminder of overdue pairs.
import { menteeStatuses, normalizeText } from '../../../shared/catalogue';
import {
  completionCheck,
  formatDayRu,
  meetingCells,
  meetingSheet,
  meetingTypes,
  parseMeetingInput,
  pairProgress,
  readMeetings,
  type Day,
  type PairProgress,
  pairsData,
} from '../../../shared/meetings';
import { TableModel, type TableProblem } from '../../../shared/tables';
import { menteeSheet, pairSheet } from '../../../shared/workspace';
import { alignedGrid } from '../sheets/changes';
import { withDocumentLock } from '../sheets/lock';
import { openSpecSheet } from '../sheets/spec-sheet';
import { activeSpreadsheet, readGrid, requireSheet, timeZoneOf, writeChanges } from '../sheets/workbook';
import { alertCurator, runMenuAction, showDialog } from '../ui';
import {
  leftOutLine,
  problemLines,
  readMeetingsData,
  readPairsData,
  todayIn,
  type PairsData,
} from '../year/workspace-data';
import { digestState, switchDigest } from './digest';
import type {
  AddMeetingResult,
  CompletePairResult,
  DigestState,
  MeetingDialogData,
  MeetingInput,
  MeetingsApi,
  PairChoice,
} from './meetings-wire';
import { refreshProgress, type ProgressSource } from './progress';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function choice(p: PairProgress, pairs: PairsData): PairChoice {
  const names = pairs.names.get(p.pairId);
  return {
    pairId: p.pairId,
    mentor: names?.mentor ?? '',
    mentees: (names?.mentees ?? []).join(', '),
    status: p.status ?? '',
    stage: p.stage ? meetingTypes.labelOf(p.stage) : '',
    lastMeeting: p.lastMeeting ? formatDayRu(p.lastMeeting) : '',
    overdue: p.overdue,
    daysWithoutMeeting: p.daysWithoutMeeting ?? null,
    readyToComplete: p.readyToComplete,
  };
}

function dialogData(
  ss: Spreadsheet,
  progress: PairProgress[],
  pairs: PairsData,
  today: Day,
  problems: readonly TableProblem[],
): MeetingDialogData {
  return {
    // Proposals are not pairs yet: meetings belong to confirmed (and finished) pairs.
    pairs: progress.filter((p) => p.status && p.status !== 'предложена').map((p) => choice(p, pairs)),
    types: [...meetingTypes.labels],
    today: formatDayRu(today),
    digest: digestState(ss),
    leftOut: leftOutLine(problems),
    problems: problemLines(problems),
  };
}

function refreshed(ss: Spreadsheet, timeZone: string, today: Day, source?: ProgressSource): MeetingDialogData {
  const r = refreshProgress(ss, timeZone, today, source);
  return dialogData(ss, r.progress, r.pairs, today, r.problems);
}

export function meetingDialogData(): MeetingDialogData {
  const ss = activeSpreadsheet();
  const timeZone = timeZoneOf(ss);
  const today = todayIn(timeZone);
  const pairs = readPairsData(ss, timeZone);
  const { meetings, problems } = readMeetingsData(ss, timeZone, pairs.allPairIds);
  const progress = pairs.infos.map((info) => pairProgress(info, meetings, today));
  return dialogData(ss, progress, pairs, today, [...pairs.problems, ...problems]);
}

export function addMeeting(input: MeetingInput): AddMeetingResult {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const timeZone = timeZoneOf(ss);
    const today = todayIn(timeZone);
    const pairs = readPairsData(ss, timeZone);
    const parsed = parseMeetingInput(input, new Set(pairs.infos.map((p) => p.pairId)));
    if (!parsed.ok) throw new Error(`Встреча не добавлена: ${parsed.issues.map((i) => i.message).join('; ')}.`);
    const { sheet, grid } = openSpecSheet(ss, meetingSheet, timeZone);
    const model = TableModel.fromGrid(grid, meetingSheet);
    model.append(meetingCells(parsed.meeting));
    const after = alignedGrid(grid, model);
    writeChanges(sheet, grid, after, model.ownColumns(), timeZone);
    const m = parsed.meeting;
    const read = readMeetings(after, { pairIds: pairs.allPairIds });
    return {
      message: `Встреча пары ${m.pairId} (${meetingTypes.labelOf(m.type)}, ${formatDayRu(m.date)}) добавлена в лист «Встречи».`,
      data: refreshed(ss, timeZone, today, {
        pairs,
        meetings: read.meetings,
        problems: [...pairs.problems, ...read.problems],
      }),
    };
  });
}

export function completePair(pairId: string): CompletePairResult {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const timeZone = timeZoneOf(ss);
    const today = todayIn(timeZone);
    const pairsSheet = requireSheet(ss, pairSheet.name);
    const pairGrid = readGrid(pairsSheet, timeZone);
    const pairs = pairsData(pairGrid);
    const info = pairs.infos.find((p) => p.pairId === String(pairId ?? '').trim());
    if (!info) throw new Error(`Пары «${pairId}» нет в листе «Пары».`);
    const { meetings, problems } = readMeetingsData(ss, timeZone, pairs.allPairIds);
    const check = completionCheck(pairProgress(info, meetings, today));
    if (!check.canComplete) {
      const data = refreshed(ss, timeZone, today, { pairs, meetings, problems: [...pairs.problems, ...problems] });
      return { completed: false, blockers: check.blockers, warnings: check.warnings, menteesCompleted: 0, data };
    }
    const pairModel = TableModel.fromGrid(pairGrid, pairSheet);
    const menteeIds = new Set<string>();
    for (const row of pairModel.rows) {
      if (pairModel.text(row, 'pairId') !== info.pairId) continue;
      pairModel.set(row, { status: 'завершена' });
      menteeIds.add(normalizeText(pairModel.text(row, 'menteeId')));
    }
    const pairsAfter = alignedGrid(pairGrid, pairModel);
    writeChanges(pairsSheet, pairGrid, pairsAfter, pairModel.ownColumns(), timeZone);

    const menteesSheet = requireSheet(ss, menteeSheet.name);
    const menteeGrid = readGrid(menteesSheet, timeZone);
    const menteeModel = TableModel.fromGrid(menteeGrid, menteeSheet);
    let menteesCompleted = 0;
    const done = menteeStatuses.labelOf('завершил');
    for (const row of menteeModel.rows) {
      if (!menteeIds.has(normalizeText(menteeModel.text(row, 'id'))) || menteeModel.text(row, 'status') === done)
        continue;
      menteeModel.set(row, { status: done });
      menteesCompleted += 1;
    }
    writeChanges(menteesSheet, menteeGrid, alignedGrid(menteeGrid, menteeModel), menteeModel.ownColumns(), timeZone);
    const finished = pairsData(pairsAfter);
    const data = refreshed(ss, timeZone, today, {
      pairs: finished,
      meetings,
      problems: [...finished.problems, ...problems],
    });
    return { completed: true, blockers: [], warnings: check.warnings, menteesCompleted, data };
  });
}

export function setDigest(enabled: boolean): DigestState {
  return withDocumentLock(() => switchDigest(activeSpreadsheet(), Boolean(enabled)));
}

/** Menu: «Встречи → Добавить встречу…». */
export function openMeetingDialog(): void {
  runMenuAction('Встречи', () => {
    requireSheet(activeSpreadsheet(), pairSheet.name);
    showDialog('meetings', 'Встречи пар', 620, 600);
  });
}

/** Menu: «Встречи → Обновить ход работы пар». */
export function refreshPairProgress(): void {
  runMenuAction('Ход работы пар', () => {
    const data = withDocumentLock(() => {
      const ss = activeSpreadsheet();
      const timeZone = timeZoneOf(ss);
      return refreshed(ss, timeZone, todayIn(timeZone));
    });
    const overdue = data.pairs.filter((p) => p.overdue);
    const lines = [`Пар в работе и завершённых: ${data.pairs.length}.`];
    lines.push(
      overdue.length
        ? `Больше недели без встречи (выделены красным): ${overdue.map((p) => p.pairId).join(', ')}.`
        : 'Пар без встреч больше недели нет.',
    );
    if (data.problems.length) lines.push('', `${data.leftOut} Исправьте их и обновите снова:`, ...data.problems);
    alertCurator('Ход работы пар обновлён', lines.join('\n'));
  });
}

/** The handlers fit the dialog's wire contract (checked by the compiler only). */
type Fits<Api, Handlers extends Api> = Handlers;
export type MeetingHandlers = Fits<
  MeetingsApi,
  {
    meetingDialogData: typeof meetingDialogData;
    addMeeting: typeof addMeeting;
    completePair: typeof completePair;
    setDigest: typeof setDigest;
  }
>;
