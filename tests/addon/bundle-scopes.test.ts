// Every Apps Script service call in the built Code.js is covered by the built manifest's scopes,
// read from Google's reference per method (testkit/apps-script/scopes.ts). DriveApp in
// particular needs the broad drive scope, which the add-on must not ask for: Drive goes through REST.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtAddon } from '../../testkit/apps-script/addon-build';
import { manifestScopes, scopeRefusal } from '../../testkit/apps-script/scopes';

/**
 * Calls the add-on makes knowing the manifest may not cover them, each caught and handled, each
 * with the test that shows the handling. The scheduled quarterly snapshot runs with no active
 * document and tries to reopen the spreadsheet by id; under `spreadsheets.currentonly` Google may
 * refuse, and the snapshot is then taken at the next menu use.
 */
const TRIED_AND_HANDLED: Record<string, { inFunction: string; shownBy: string }> = {
  'SpreadsheetApp.openById': { inFunction: 'takeScheduledSnapshot', shownBy: 'tests/addon/participation.test.ts' },
};

const SERVICES = [
  'SpreadsheetApp',
  'DocumentApp',
  'DriveApp',
  'FormApp',
  'UrlFetchApp',
  'ScriptApp',
  'MailApp',
  'Session',
];

describe('the built add-on', () => {
  it('calls no service method its manifest does not authorise, and never DriveApp', async () => {
    const dir = await builtAddon();
    const code = readFileSync(join(dir, 'Code.js'), 'utf8');
    const declared = new Set(manifestScopes(join(dir, 'appsscript.json')));
    const called = new Set<string>();
    for (const m of code.matchAll(new RegExp(`\\b(${SERVICES.join('|')})\\.([A-Za-z]+)\\s*\\(`, 'g')))
      called.add(`${m[1]}.${m[2]}`);
    // Session.getActiveUser()/getEffectiveUser() return a User; its address is User.getEmail.
    if (/\b(getActiveUser|getEffectiveUser)\(\)\s*\.getEmail\(\)/.test(code)) called.add('User.getEmail');
    const refused = [...called]
      .filter((method) => !(method in TRIED_AND_HANDLED))
      .map((method) => scopeRefusal(method, declared)?.message)
      .filter(Boolean);
    expect(refused).toEqual([]);
    for (const [method, { inFunction }] of Object.entries(TRIED_AND_HANDLED)) {
      // Only where the handling is: once, inside that function.
      const uses = [...code.matchAll(new RegExp(`\\b${method.replace('.', '\\.')}\\s*\\(`, 'g'))];
      expect(uses, method).toHaveLength(1);
      const start = code.lastIndexOf(`function ${inFunction}(`, uses[0].index);
      expect(start, `${method} inside ${inFunction}`).toBeGreaterThan(-1);
      expect(code.indexOf('\nfunction ', start + 1), `${method} inside ${inFunction}`).toBeGreaterThan(uses[0].index);
    }
    expect(code).not.toMatch(/\bDriveApp\b/);
  });
});
