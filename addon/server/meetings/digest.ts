// The optional weekly e-mail to the curator about pairs over a week without a meeting: a
// time-driven trigger (add-ons may run at most hourly; this one runs on Mondays at 8). Switched
// on and off from the meetings dialog. A trigger has no document context, so the spreadsheet and
// the recipient are kept in USER properties under the trigger's id.
import { overdueDigest, pairsProgress } from '../../../shared/meetings';
import { readState, writeState } from '../properties';
import { timeZoneOf } from '../sheets/workbook';
import { readAllSettings, readMeetingsData, readPairsData, todayIn } from '../year/workspace-data';
import type { DigestState } from './meetings-wire';

export const DIGEST_HANDLER = 'sendOverdueDigest';
const STATE = 'digest';
const userKey = (triggerId: string) => `nastavnik.digest.${triggerId}`;

interface StoredDigest {
  triggerId: string;
  recipient: string;
}

interface DigestTarget {
  spreadsheetId: string;
  recipient: string;
}

function ourTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === DIGEST_HANDLER);
}

export function digestState(): DigestState {
  const stored = readState<StoredDigest>(STATE);
  return { enabled: Boolean(stored), recipient: stored?.recipient ?? '' };
}

/** Installs (once) or removes the weekly trigger of this spreadsheet. */
export function switchDigest(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, enabled: boolean): DigestState {
  for (const trigger of ourTriggers(ss)) {
    PropertiesService.getUserProperties().deleteProperty(userKey(trigger.getUniqueId()));
    ScriptApp.deleteTrigger(trigger);
  }
  if (!enabled) {
    PropertiesService.getDocumentProperties().deleteProperty(`nastavnik.${STATE}`);
    return { enabled: false, recipient: '' };
  }
  const recipient = Session.getEffectiveUser().getEmail();
  if (!recipient) throw new Error('Не удалось узнать адрес вашей почты: письмо некому отправить.');
  const trigger = ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create();
  const target: DigestTarget = { spreadsheetId: ss.getId(), recipient };
  PropertiesService.getUserProperties().setProperty(userKey(trigger.getUniqueId()), JSON.stringify(target));
  writeState(STATE, { triggerId: trigger.getUniqueId(), recipient } satisfies StoredDigest);
  return { enabled: true, recipient };
}

/** Trigger entry point: sends the digest when some pair is overdue; returns what was sent. */
export function sendOverdueDigest(event?: { triggerUid?: string }): { sent: boolean; pairs: number } {
  const raw = event?.triggerUid ? PropertiesService.getUserProperties().getProperty(userKey(event.triggerUid)) : null;
  const target = raw ? (JSON.parse(raw) as DigestTarget) : null;
  const ss = SpreadsheetApp.getActiveSpreadsheet() ?? (target ? SpreadsheetApp.openById(target.spreadsheetId) : null);
  const recipient = target?.recipient ?? readState<StoredDigest>(STATE)?.recipient;
  if (!ss || !recipient) return { sent: false, pairs: 0 };
  const timeZone = timeZoneOf(ss);
  const today = todayIn(timeZone);
  const pairs = readPairsData(ss, timeZone);
  const { meetings } = readMeetingsData(ss, timeZone);
  const digest = overdueDigest(pairsProgress(pairs.infos, meetings, today), today, pairs.names, readAllSettings(ss, timeZone).settings.organizationName);
  if (!digest) return { sent: false, pairs: 0 };
  MailApp.sendEmail(recipient, digest.subject, digest.body);
  return { sent: true, pairs: digest.pairIds.length };
}
