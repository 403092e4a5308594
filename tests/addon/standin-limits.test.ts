// The stand-in refuses what Google refuses: calls outside the manifest's scopes, executions past
// 6 minutes, Docs past the daily quota, another user's unshared Doc, another user's files in Drive REST.
import { describe, expect, it } from 'vitest';
import { createAppsScript } from '../../testkit/apps-script';
import { callEntry, loadBundle } from '../../testkit/apps-script/bundle';

const services = (gas: ReturnType<typeof createAppsScript>) => gas.globals as any;
const AUTH = 'https://www.googleapis.com/auth/';

describe('scopes of the manifest', () => {
  it('refuses DriveApp under drive.file with Google’s message, as the add-on’s manifest declares', () => {
    const gas = createAppsScript();
    const { DriveApp } = services(gas);
    expect(() => DriveApp.getFileById('ss-curator-0001')).toThrow(
      'You do not have permission to call DriveApp.getFileById. Required permissions: (https://www.googleapis.com/auth/drive || https://www.googleapis.com/auth/drive.readonly)',
    );
    expect(() => DriveApp.getRootFolder()).toThrow(/DriveApp\.getRootFolder/);
    expect(() => DriveApp.createFolder('Папка')).toThrow(`Required permissions: ${AUTH}drive`);
  });

  it('allows the current spreadsheet under spreadsheets.currentonly but not openById', () => {
    const gas = createAppsScript({ oauthScopes: [`${AUTH}spreadsheets.currentonly`] });
    const { SpreadsheetApp } = services(gas);
    expect(SpreadsheetApp.getActiveSpreadsheet().getId()).toBe('ss-curator-0001');
    expect(() => SpreadsheetApp.openById('ss-curator-0001')).toThrow(
      `You do not have permission to call SpreadsheetApp.openById. Required permissions: ${AUTH}spreadsheets`,
    );
  });

  it('needs userinfo.email for a user’s address, script.external_request for UrlFetchApp and documents for DocumentApp', () => {
    const gas = createAppsScript({ oauthScopes: [`${AUTH}spreadsheets.currentonly`] });
    const { Session, UrlFetchApp, DocumentApp, PropertiesService } = services(gas);
    expect(() => Session.getEffectiveUser().getEmail()).toThrow(`Required permissions: ${AUTH}userinfo.email`);
    expect(() => UrlFetchApp.fetch('https://www.googleapis.com/drive/v3/about')).toThrow(
      `Required permissions: ${AUTH}script.external_request`,
    );
    expect(() => DocumentApp.create('Документ')).toThrow(`Required permissions: ${AUTH}documents`);
    // Services that list no scope stay open.
    PropertiesService.getDocumentProperties().setProperty('k', 'v');
  });

  it('answers Drive REST with 403 insufficient scopes when the manifest has neither drive nor drive.file', () => {
    const gas = createAppsScript({ oauthScopes: [`${AUTH}script.external_request`] });
    const { UrlFetchApp, ScriptApp } = services(gas);
    const answer = UrlFetchApp.fetch('https://www.googleapis.com/drive/v3/files', {
      method: 'post',
      payload: JSON.stringify({ name: 'Папка', mimeType: 'application/vnd.google-apps.folder' }),
      headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
      muteHttpExceptions: true,
    });
    expect(answer.getResponseCode()).toBe(403);
    expect(JSON.parse(answer.getContentText()).error.details[0].reason).toBe('ACCESS_TOKEN_SCOPE_INSUFFICIENT');
  });
});

describe('one execution', () => {
  const code = `
    function sleepy(ms) { Utilities.sleep(ms); return 'done'; }
    function elapsed() { const t0 = Date.now(); Utilities.sleep(5000); return Date.now() - t0; }
    function manyDocs(n) { for (let i = 0; i < n; i++) DocumentApp.create('Документ ' + i); return n; }
    function cellIsDate() { const v = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); return [v instanceof Date, new Date() instanceof Date, typeof Date()]; }
  `;

  it('advances Date.now by the calls’ costs and keeps cell dates instances of Date', () => {
    const gas = createAppsScript();
    const bundle = loadBundle(gas, code);
    const ms = callEntry(bundle, 'elapsed') as number;
    expect(ms).toBeGreaterThanOrEqual(5000);
    expect(ms).toBeLessThan(5100);
    gas.setSheetValues(gas.sheetNames()[0], [[new Date(2024, 8, 2)]]);
    expect(callEntry(bundle, 'cellIsDate')).toEqual([true, true, 'string']);
  });

  it('throws «Exceeded maximum execution time» past 6 minutes, and each call starts a new execution', () => {
    const gas = createAppsScript({ docsPerDay: 1000 });
    const bundle = loadBundle(gas, code);
    expect(() => callEntry(bundle, 'sleepy', 7 * 60 * 1000)).toThrow('Exceeded maximum execution time');
    expect(callEntry(bundle, 'sleepy', 5 * 60 * 1000)).toBe('done');
    expect(callEntry(bundle, 'sleepy', 5 * 60 * 1000)).toBe('done');
    // About 2 s per new Doc: 200 Docs do not fit into one execution.
    expect(() => callEntry(bundle, 'manyDocs', 200)).toThrow('Exceeded maximum execution time');
    expect(callEntry(bundle, 'manyDocs', 100)).toBe(100);
  });
});

describe('documents', () => {
  it('refuses Docs past the daily quota, through DocumentApp and through Drive REST', () => {
    const gas = createAppsScript({ docsPerDay: 2 });
    const { DocumentApp, UrlFetchApp, ScriptApp } = services(gas);
    DocumentApp.create('1');
    DocumentApp.create('2');
    expect(() => DocumentApp.create('3')).toThrow('Service invoked too many times for one day: docs create.');
    const answer = UrlFetchApp.fetch('https://www.googleapis.com/drive/v3/files', {
      method: 'post',
      payload: JSON.stringify({ name: '3', mimeType: 'application/vnd.google-apps.document' }),
      headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
      muteHttpExceptions: true,
    });
    expect(answer.getResponseCode()).toBe(403);
    expect(JSON.parse(answer.getContentText()).error.errors[0].reason).toBe('dailyLimitExceeded');
    // Another user has a quota of their own.
    gas.actAs('deputy@school.example');
    expect(DocumentApp.create('Заместитель').getId()).toMatch(/^doc-/);
  });

  it('opens another user’s Doc only once it is shared with the user', () => {
    const gas = createAppsScript();
    const { DocumentApp } = services(gas);
    const id = DocumentApp.create('Шаблон').getId();
    gas.actAs('deputy@school.example');
    expect(() => DocumentApp.openById(id)).toThrow(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
    gas.drive.share(id, 'deputy@school.example');
    expect(DocumentApp.openById(id).getId()).toBe(id);
  });

  it('gives each user their own user properties', () => {
    const gas = createAppsScript();
    const { PropertiesService } = services(gas);
    PropertiesService.getUserProperties().setProperty('folder', 'curator');
    PropertiesService.getDocumentProperties().setProperty('shared', 'yes');
    gas.actAs('deputy@school.example');
    expect(PropertiesService.getUserProperties().getProperty('folder')).toBeNull();
    expect(PropertiesService.getDocumentProperties().getProperty('shared')).toBe('yes');
  });
});
