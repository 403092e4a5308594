// Menu «Новый учебный год…»: the year to start is asked, the preview shown (what goes to the
// archive, what carries over, what starts again) with the choice for the active pairs, then:
// 1. the archive spreadsheet is created (state saved at once, so a retry never makes a second);
// 2. every sheet is written into it in one request (and the date columns formatted in another);
//    each step is recorded, and a run out of its budget (run-budget.ts) stops between steps with
//    «запустите ещё раз»;
// 3. the archive is read back and compared with the workspace value for value; only then
// 4. the workspace changes, under the document lock, in one block per changed sheet.
// The state lives in document properties per finished year; a finished roll-over refuses to run
// again for that year, and «Настройки» carries the archive's row, so the CLI refuses it too.
import { academicYearOf } from '../../../shared/roadmap/academic-year';
import { planNewYear, type ActivePairsChoice, type NewYearPlan, type SheetGrid } from '../../../shared/new-year';
import { readState, writeState } from '../properties';
import { startRunBudget, unfinishedMessage } from '../run-budget';
import { withDocumentLock } from '../sheets/lock';
import { activeSpreadsheet, readGrid, timeZoneOf, writeChanges } from '../sheets/workbook';
import { alertCurator, runMenuAction } from '../ui';
import { todayIn } from '../year/workspace-data';
import { archiveMismatches, createArchive, writeArchiveSheets, type ArchiveFile } from './archive-spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TITLE = 'Новый учебный год';

export interface NewYearState {
  newYear: number;
  activePairs: ActivePairsChoice;
  archive?: ArchiveFile;
  /** Archive sheets already written. */
  written: string[];
  done?: boolean;
}

const stateKey = (newYear: number) => `newYear.${newYear - 1}`;

/** Every sheet of the workspace as a grid, in workbook order (one getValues per sheet). */
function workspaceSheets(ss: Spreadsheet, timeZone: string): SheetGrid[] {
  return ss.getSheets().map((sheet) => ({ name: sheet.getName(), grid: readGrid(sheet, timeZone) }));
}

function plan(sheets: SheetGrid[], timeZone: string, state: NewYearState, link?: string): NewYearPlan {
  const planned = planNewYear(sheets, {
    newYear: state.newYear,
    activePairs: state.activePairs,
    today: todayIn(timeZone),
    archiveLink: link,
  });
  if (!planned.ok) throw new Error(planned.reason);
  return planned.plan;
}

/** The year the curator starts: asked, with the coming September's year offered. */
function askYear(timeZone: string): number | null {
  const ui = SpreadsheetApp.getUi();
  const today = todayIn(timeZone);
  const offered = academicYearOf(today) + (Number(today.slice(5, 7)) >= 6 && Number(today.slice(5, 7)) < 9 ? 1 : 0);
  const answer = ui.prompt(
    TITLE,
    `Год начала нового учебного года (пусто — ${offered}, то есть ${offered}/${offered + 1}):`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  const text = answer.getResponseText().trim();
  if (!text) return offered;
  if (!/^(19|20|21)\d{2}$/.test(text))
    throw new Error(
      `Год начала учебного года — четыре цифры, например ${offered}, а не «${text}». Ничего не изменено.`,
    );
  return Number(text);
}

/** The preview; YES carries the active pairs over, NO completes them, CANCEL stops. */
function askChoice(preview: NewYearPlan): ActivePairsChoice | null {
  const ui = SpreadsheetApp.getUi();
  const text = [
    ...preview.preview,
    '',
    `Активных пар: ${preview.counts.carriedPairs || preview.counts.completedNow}. Перенести их в ${preview.next.label}?`,
    '«Да» — перенести со встречами и замерами; «Нет» — завершить при переносе; «Отмена» — ничего не делать.',
  ].join('\n');
  const button = ui.alert(`${TITLE}: ${preview.next.label}`, text, ui.ButtonSet.YES_NO_CANCEL);
  if (button === ui.Button.YES) return 'carry';
  if (button === ui.Button.NO) return 'complete';
  return null;
}

/** Menu: «Новый учебный год…». */
export function startNewYear(): void {
  runMenuAction(TITLE, () => {
    const ss = activeSpreadsheet();
    const timeZone = timeZoneOf(ss);
    const pending = readState<{ newYear: number }>('newYear.pending');
    let state = pending ? readState<NewYearState>(stateKey(pending.newYear)) : null;
    let read: SheetGrid[] | undefined;
    if (!state || state.done) {
      const newYear = askYear(timeZone);
      if (newYear === null) return;
      const earlier = readState<NewYearState>(stateKey(newYear));
      if (earlier?.done) {
        throw new Error(
          `${newYear - 1}/${newYear} учебный год уже перенесён в архив (${earlier.archive?.url ?? ''}); второй раз он не архивируется. Ничего не изменено.`,
        );
      }
      // Carrying over is assumed for the preview's counts; the curator's answer decides.
      read = workspaceSheets(ss, timeZone);
      const preview = plan(read, timeZone, { newYear, activePairs: 'carry', written: [] });
      const activePairs = askChoice(preview);
      if (activePairs === null) return;
      state = { newYear, activePairs, written: [] };
      writeState(stateKey(newYear), state);
      writeState('newYear.pending', { newYear });
    }
    const result = continueNewYear(ss, timeZone, state, read);
    alertCurator(TITLE, result);
  });
}

/** Runs the remaining steps within one execution's budget; returns the message for the curator. */
export function continueNewYear(ss: Spreadsheet, timeZone: string, state: NewYearState, read?: SheetGrid[]): string {
  const budget = startRunBudget();
  const key = stateKey(state.newYear);
  const current = plan(read ?? workspaceSheets(ss, timeZone), timeZone, state);
  if (!state.archive) {
    state.archive = createArchive(
      current.archiveTitle,
      current.archive.map((s) => s.name),
    );
    writeState(key, state);
  }
  const archive = state.archive;
  const total = current.archive.length;
  const unwritten = current.archive.filter((sheet) => !state.written.includes(sheet.name));
  if (unwritten.length > 0) {
    if (!budget.hasTime()) return unfinishedMessage(total - unwritten.length, total);
    writeArchiveSheets(archive, unwritten, () => writeState(key, state));
    state.written.push(...unwritten.map((sheet) => sheet.name));
    writeState(key, state);
  }
  if (!budget.hasTime()) return unfinishedMessage(total, total);

  return withDocumentLock(() => {
    // Read again under the lock: what is verified is exactly what then changes.
    const sheets = workspaceSheets(ss, timeZone);
    const final = plan(sheets, timeZone, state, archive.url);
    // The summary sheet is the product's own; every workspace sheet must match value for value.
    const mismatched = archiveMismatches(archive, final.archive.slice(0, -1));
    if (mismatched.length > 0) {
      state.written = state.written.filter((name) => !mismatched.includes(name));
      writeState(key, state);
      throw new Error(
        `Архив не совпал с рабочей таблицей на листах ${mismatched.map((n) => `«${n}»`).join(', ')} (их изменили во время переноса). ` +
          'Рабочая таблица не изменена. Запустите «Новый учебный год» ещё раз — эти листы будут записаны в архив заново.',
      );
    }
    const before = new Map(sheets.map((s) => [s.name, s.grid]));
    for (const change of final.changes) {
      const sheet = ss.getSheetByName(change.name);
      if (!sheet) continue;
      const width = Math.max(...change.grid.map((r) => r.length));
      writeChanges(
        sheet,
        before.get(change.name) ?? [],
        change.grid,
        new Set(Array.from({ length: width }, (_, i) => i)),
        timeZone,
      );
    }
    state.done = true;
    writeState(key, state);
    writeState('newYear.pending', null);
    return [
      `Готово: ${final.finished.label} — в архиве, таблица переведена на ${final.next.label}.`,
      `Архив (${final.archive.length} листов, сверен со всеми строками): ${archive.url}`,
      'Ссылка на архив записана в «Настройки».',
      ...final.preview,
    ].join('\n');
  });
}
