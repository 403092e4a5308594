// Pairs over a week without a meeting, shown where the curator already works and within the
// add-on's narrow scopes:
// - «Встречи → Пары без встреч больше недели» lists them (an alert; nothing is written);
// - «Ход работы пар» highlights them (progress.ts);
// - on request, an installable OPEN trigger of this spreadsheet shows a toast with their count
//   whenever the spreadsheet is opened.
// There is no weekly e-mail: a time-driven trigger runs with no active document, so reading the
// spreadsheet there needs the broad `spreadsheets` scope (SpreadsheetApp.openById), and the
// address needs `userinfo.email`; trigger failures of add-ons e-mail nobody either
// (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
//
// An add-on may have one trigger of each type per user per document; the trigger is this user's,
// so its unique id is kept in USER properties under the spreadsheet's id, and switching off
// deletes exactly that trigger.
import { overdueSummary, pairsProgress, type OverdueSummary } from '../../../shared/meetings';
import { pairSheet } from '../../../shared/workspace';
import { activeSpreadsheet, requireSheet, timeZoneOf } from '../sheets/workbook';
import { alertCurator, runMenuAction } from '../ui';
import { readMeetingsData, readPairsData, todayIn } from '../year/workspace-data';
import type { DigestState } from './meetings-wire';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

export const REMINDER_HANDLER = 'remindOverduePairs';
const reminderKey = (spreadsheetId: string) => `nastavnik.overdueReminder.${spreadsheetId}`;
const MENU_PATH = '«Наставничество → Встречи → Пары без встреч больше недели»';

/** The overdue pairs now, or null when none is overdue. */
export function overdueNow(ss: Spreadsheet): OverdueSummary | null {
  const timeZone = timeZoneOf(ss);
  const today = todayIn(timeZone);
  const pairs = readPairsData(ss, timeZone);
  const { meetings } = readMeetingsData(ss, timeZone, new Set(pairs.infos.map((p) => p.pairId)));
  return overdueSummary(pairsProgress(pairs.infos, meetings, today), pairs.names);
}

/** This user's reminder trigger of this spreadsheet: the stored one, or an orphan of ours in this document. */
function reminderTrigger(ss: Spreadsheet): Trigger | undefined {
  const storedId = PropertiesService.getUserProperties().getProperty(reminderKey(ss.getId()));
  const mine = ScriptApp.getUserTriggers(ss);
  return (
    mine.find((t) => storedId !== null && t.getUniqueId() === storedId) ??
    mine.find((t) => t.getHandlerFunction() === REMINDER_HANDLER)
  );
}

export function digestState(ss: Spreadsheet): DigestState {
  return { enabled: reminderTrigger(ss) !== undefined };
}

/** Installs (once) or removes this user's open-reminder of this spreadsheet. */
export function switchDigest(ss: Spreadsheet, enabled: boolean): DigestState {
  const props = PropertiesService.getUserProperties();
  // The weekly e-mail of earlier versions kept its switch here; its trigger deletes itself.
  PropertiesService.getDocumentProperties().deleteProperty('nastavnik.digest');
  const existing = reminderTrigger(ss);
  if (!enabled) {
    if (existing) ScriptApp.deleteTrigger(existing);
    props.deleteProperty(reminderKey(ss.getId()));
    return { enabled: false };
  }
  let trigger = existing;
  if (!trigger) {
    try {
      trigger = ScriptApp.newTrigger(REMINDER_HANDLER).forSpreadsheet(ss).onOpen().create();
    } catch (error) {
      const said = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Напоминание не включено: Google не дал создать триггер открытия таблицы (${said}). Надстройке разрешён один такой триггер на пользователя в таблице; если его заняла другая надстройка, удалите её триггер в «Расширения → Дополнения → Управление дополнениями».`,
      );
    }
  }
  props.setProperty(reminderKey(ss.getId()), trigger.getUniqueId());
  return { enabled: true };
}

/** Open-trigger entry point: a toast with the count of overdue pairs (nothing is written). */
export function remindOverduePairs(event?: { source?: Spreadsheet }): void {
  try {
    const ss = event?.source ?? SpreadsheetApp.getActiveSpreadsheet();
    if (!ss || !ss.getSheetByName(pairSheet.name)) return;
    const summary = overdueNow(ss);
    if (!summary) return;
    ss.toast(`${summary.title}: ${summary.pairIds.join(', ')}. Список — ${MENU_PATH}.`, 'Наставничество', 15);
  } catch (error) {
    // A trigger has no one to show an error to; the execution log keeps it.
    console.error(error);
  }
}

/** Menu: «Встречи → Пары без встреч больше недели». */
export function showOverduePairs(): void {
  runMenuAction('Пары без встреч', () => {
    const ss = activeSpreadsheet();
    requireSheet(ss, pairSheet.name);
    const summary = overdueNow(ss);
    if (!summary) {
      alertCurator('Пары без встреч', 'Пар без встреч больше недели нет.');
      return;
    }
    alertCurator(
      summary.title,
      [
        ...summary.lines,
        '',
        'Встречи проходят не реже раза в неделю. Отметьте проведённые встречи в листе «Встречи» или свяжитесь с наставниками этих пар.',
      ].join('\n'),
    );
  });
}

/**
 * The weekly e-mail of earlier versions ran from a time-driven trigger under this name; such a
 * trigger, when it fires, deletes itself (by its own id) and does nothing else.
 */
export function sendOverdueDigest(event?: { triggerUid?: string }): void {
  const own = ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === event?.triggerUid);
  if (own) ScriptApp.deleteTrigger(own);
}
