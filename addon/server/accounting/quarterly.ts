// Quarterly personalised accounting from the menu and, when the curator switches it on, from an
// installable time-driven trigger on the 1st of every month (acting in January, April, July and
// October for the quarter just ended). Google's rules, as documented:
// - a time-driven trigger runs with no active document: SpreadsheetApp.getActiveSpreadsheet() is
//   null there (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events);
// - an add-on may have one trigger of each type per user per document, and time-driven ones no
//   more often than hourly (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions);
// - so the trigger reopens the spreadsheet by its id (kept in USER properties under the trigger's
//   id) with SpreadsheetApp.openById, whose reference lists only the broad `spreadsheets` scope
//   (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)).
//   The add-on keeps `spreadsheets.currentonly`, so Google may refuse it. Then the trigger records
//   that the quarter's snapshot is due, and the next «Снять снимок» takes it first, dated at the
//   quarter's end (the counts use the pairs' and meetings' dates, not the day it is taken).
//   Whether real Google lets the add-on's trigger open its own spreadsheet needs a check in a
//   real deployment (docs/ACCEPTANCE.md); the stand-in refuses openById under the manifest.
import {
  hasSnapshotOf,
  participationSheet,
  previousQuarter,
  quarterOf,
  snapshotLines,
} from '../../../shared/accounting';
import { withDocumentLock } from '../sheets/lock';
import { activeSpreadsheet, findSheet, readGrid, timeZoneOf } from '../sheets/workbook';
import { alertCurator, confirmWithCurator, runMenuAction } from '../ui';
import { todayIn } from '../year/workspace-data';
import { appendSnapshot, type SnapshotTaken } from './participation';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

export const SNAPSHOT_HANDLER = 'takeScheduledSnapshot';
const spreadsheetOfTrigger = (uid: string) => `nastavnik.quarterTrigger.${uid}`;
const dueKey = (spreadsheetId: string) => `nastavnik.quarterDue.${spreadsheetId}`;
const QUARTER_FIRST_MONTHS = ['01', '04', '07', '10'];

function quarterAlreadyTaken(ss: Spreadsheet, timeZone: string, label: string): boolean {
  const sheet = findSheet(ss, participationSheet.name);
  return sheet !== null && hasSnapshotOf(readGrid(sheet, timeZone), label);
}

function summary(taken: SnapshotTaken): string[] {
  const lines = [
    `${snapshotLines(taken.snapshot)[0]} — ${taken.kind}, строка ${taken.row}.`,
    ...snapshotLines(taken.snapshot).slice(1),
  ];
  if (taken.problems.length) lines.push('', `${taken.leftOut} Снимок посчитан без них:`, ...taken.problems);
  return lines;
}

/** Menu: «Учёт участников: снять снимок». A snapshot the trigger could not take is taken first. */
export function takeParticipationSnapshot(): void {
  runMenuAction('Учёт участников', () => {
    const ss = activeSpreadsheet();
    const timeZone = timeZoneOf(ss);
    const props = PropertiesService.getUserProperties();
    const due = props.getProperty(dueKey(ss.getId()));
    const lines = withDocumentLock(() => {
      const out: string[] = [];
      if (due) {
        const quarter = quarterOf(due);
        if (!quarterAlreadyTaken(ss, timeZone, quarter.label)) {
          out.push(
            `Снимок за ${quarter.label}, который не удалось снять по расписанию:`,
            ...summary(appendSnapshot(ss, timeZone, due)),
            '',
          );
        }
      }
      out.push(...summary(appendSnapshot(ss, timeZone, todayIn(timeZone))));
      return out;
    });
    if (due) props.deleteProperty(dueKey(ss.getId()));
    lines.push(
      '',
      `Строки листа «${participationSheet.name}» не переписываются: повторный снимок квартала добавляется отдельной строкой.`,
    );
    alertCurator('Учёт участников: снимок добавлен', lines.join('\n'));
  });
}

/** This user's snapshot trigger of this spreadsheet, if any. */
function snapshotTrigger(ss: Spreadsheet): Trigger | undefined {
  return ScriptApp.getUserTriggers(ss).find((t) => t.getHandlerFunction() === SNAPSHOT_HANDLER);
}

/** Menu: «Учёт участников: снимки по расписанию» — switches this user's trigger on or off. */
export function switchScheduledSnapshots(): void {
  runMenuAction('Снимки по расписанию', () => {
    const ss = activeSpreadsheet();
    const props = PropertiesService.getUserProperties();
    const existing = snapshotTrigger(ss);
    if (existing) {
      if (!confirmWithCurator('Снимки по расписанию', 'Снимки по расписанию включены. Выключить их?')) return;
      props.deleteProperty(spreadsheetOfTrigger(existing.getUniqueId()));
      ScriptApp.deleteTrigger(existing);
      alertCurator('Снимки по расписанию', 'Выключены. Снимок можно снять из меню в любой день.');
      return;
    }
    let trigger: Trigger;
    try {
      trigger = ScriptApp.newTrigger(SNAPSHOT_HANDLER).timeBased().onMonthDay(1).atHour(6).create();
    } catch (error) {
      const said = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Снимки по расписанию не включены: Google не дал создать триггер по времени (${said}). Надстройке разрешён один такой триггер на пользователя в таблице.`,
      );
    }
    props.setProperty(spreadsheetOfTrigger(trigger.getUniqueId()), ss.getId());
    alertCurator(
      'Снимки по расписанию включены',
      [
        'Первого января, апреля, июля и октября надстройка добавит в «Учёт участников» снимок за прошедший квартал (на последний день квартала).',
        'Если Google не даст надстройке открыть таблицу без вас (у неё права только на открытую таблицу), снимок будет снят при следующем «Учёт участников: снять снимок» — той же датой конца квартала.',
      ].join('\n'),
    );
  });
}

/** Time-driven trigger entry point (no active document here). */
export function takeScheduledSnapshot(event?: { triggerUid?: string }): void {
  try {
    const today = Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'yyyy-MM-dd');
    if (!QUARTER_FIRST_MONTHS.includes(today.slice(5, 7))) return;
    const props = PropertiesService.getUserProperties();
    const spreadsheetId = event?.triggerUid ? props.getProperty(spreadsheetOfTrigger(event.triggerUid)) : null;
    if (!spreadsheetId) return;
    const quarter = previousQuarter(today);
    let ss: Spreadsheet | null = null;
    try {
      ss = SpreadsheetApp.getActiveSpreadsheet() ?? SpreadsheetApp.openById(spreadsheetId);
    } catch (error) {
      console.warn(
        `Таблица ${spreadsheetId} не открылась из триггера: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!ss) {
      props.setProperty(dueKey(spreadsheetId), quarter.end);
      return;
    }
    const timeZone = timeZoneOf(ss);
    withDocumentLock(() => {
      if (!quarterAlreadyTaken(ss, timeZone, quarter.label)) appendSnapshot(ss, timeZone, quarter.end);
    });
  } catch (error) {
    // A trigger has no one to show an error to; the execution log keeps it.
    console.error(error);
  }
}
