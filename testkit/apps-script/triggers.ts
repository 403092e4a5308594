// Firing an installable trigger of the built add-on the way Apps Script does: as the user who
// created it, in AuthMode.FULL, with the event object of its type; a time-driven trigger has no
// active document (SpreadsheetApp.getActiveSpreadsheet() is null in it).
// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
// https://developers.google.com/apps-script/guides/triggers/events
import { callEntry, type BundleContext } from './bundle';
import type { AppsScript } from './index';

export function fireTrigger(gas: AppsScript, addon: BundleContext, triggerId: string): unknown {
  const trigger = gas.scriptApp._triggers.find((t) => t.id === triggerId);
  if (!trigger) throw new Error(`No trigger ${triggerId}: it was deleted or never created.`);
  const saved = { user: gas.identity.current, mode: gas.calls.authMode };
  const event: Record<string, unknown> = { authMode: 'FULL', triggerUid: trigger.id };
  if (trigger.kind === 'spreadsheet') {
    event.source = gas.spreadsheet._api;
    event.user = { getEmail: () => saved.user };
  }
  gas.identity.current = trigger.user;
  gas.calls.authMode = 'FULL';
  gas.scriptApp._running = trigger;
  try {
    return callEntry(addon, trigger.handler, event);
  } finally {
    gas.scriptApp._running = null;
    gas.identity.current = saved.user;
    gas.calls.authMode = saved.mode;
  }
}
