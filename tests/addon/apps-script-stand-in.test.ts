// The stand-in behaves like the Apps Script services where the add-on relies on it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createAppsScript, httpFetch } from '../../testkit/apps-script';
import { acrossWire } from '../../testkit/apps-script/wire';

function services(gas: ReturnType<typeof createAppsScript>) {
  return gas.globals as any;
}

describe('Apps Script stand-in', () => {
  it('counts calls per service method and logs value reads and writes with the lock state', () => {
    const gas = createAppsScript();
    const { SpreadsheetApp, LockService } = services(gas);
    const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Данные');
    const lock = LockService.getDocumentLock();
    lock.waitLock(1000);
    sheet.getRange(1, 1, 2, 2).setValues([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    lock.releaseLock();
    sheet.getRange('A1:B2').getValues();
    sheet.getRange('C1').setValue('x');
    expect(gas.calls.count('Range.setValues')).toBe(1);
    expect(gas.calls.count('Sheet.getRange')).toBe(3);
    expect(gas.calls.writes('Данные').map((w) => [w.a1, w.locked])).toEqual([
      ['A1:B2', true],
      ['C1', false],
    ]);
    expect(gas.calls.reads('Данные')).toHaveLength(1);
    expect(gas.calls.unlockedWrites()).toHaveLength(1);
  });

  it('forbids everything but the add-on menu under AuthMode.NONE', () => {
    const gas = createAppsScript({ authMode: 'NONE' });
    const { SpreadsheetApp, PropertiesService } = services(gas);
    SpreadsheetApp.getUi().createAddonMenu().addItem('Пункт', 'fn').addToUi();
    expect(gas.ui._menus[0].items).toEqual([{ caption: 'Пункт', functionName: 'fn' }]);
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(/AuthMode\.NONE/);
    expect(() => PropertiesService.getDocumentProperties()).toThrow(/AuthMode\.NONE/);
  });

  it('checks range shapes and sheet bounds, and parses typed text like Sheets does', () => {
    const gas = createAppsScript();
    const sheet = services(gas).SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['a']])).toThrow(/columns in the data does not match/);
    expect(() => sheet.getRange(1001, 1)).toThrow(/outside the dimensions/);
    sheet.getRange('A1:C1').setValues([['007', '+7 913 000-00-00', 'текст']]);
    sheet.getRange('D1').setNumberFormat('@').setValue('007');
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[7, '#ERROR!', 'текст', '007']]);
    expect(sheet.getLastRow()).toBe(1);
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D1');
  });

  it('enforces rejecting data validation and keeps warning-only rules permissive', () => {
    const gas = createAppsScript();
    const { SpreadsheetApp } = services(gas);
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    const strict = SpreadsheetApp.newDataValidation().requireValueInList(['да', 'нет']).setAllowInvalid(false).build();
    sheet.getRange('A2:A10').setDataValidation(strict);
    expect(() => sheet.getRange('A3').setValue('может быть')).toThrow(/violates the data validation/);
    sheet.getRange('A3').setValue('да');
    const soft = SpreadsheetApp.newDataValidation().requireValueInList(['да', 'нет']).build();
    sheet.getRange('B2:B10').setDataValidation(soft);
    sheet.getRange('B3').setValue('может быть');
    expect(sheet.getRange('B5').getDataValidation().getCriteriaValues()[0]).toEqual(['да', 'нет']);
  });

  it('links a form to the spreadsheet and records submitted answers like Google Forms', () => {
    const gas = createAppsScript();
    const { FormApp, SpreadsheetApp } = services(gas);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const form = FormApp.create('Анкета', true);
    form.addTextItem().setTitle('ФИО').setRequired(true);
    form.addCheckboxItem().setTitle('Дни').setChoiceValues(['пн', 'вт', 'ср']);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    gas.forms.submit(form.getId(), { ФИО: 'Иванова Анна', Дни: ['пн', 'ср'] }, new Date(Date.UTC(2024, 8, 2, 10)));
    expect(() => gas.forms.submit(form.getId(), { Дни: ['пн'] })).toThrow(/required/);
    expect(() => gas.forms.submit(form.getId(), { ФИО: 'Б', Дни: ['чт'] })).toThrow(/not a choice/);
    const responses = ss.getSheets()[0];
    expect(responses.getName()).toBe('Ответы на форму (1)');
    expect(responses.getFormUrl()).toBe(form.getEditUrl());
    expect(gas.sheetValues('Ответы на форму (1)')).toEqual([
      ['Отметка времени', 'ФИО', 'Дни'],
      [new Date(Date.UTC(2024, 8, 2, 10)), 'Иванова Анна', 'пн, ср'],
    ]);
  });

  it('copies a template document through Drive and edits text in place', () => {
    // DriveApp needs the broad drive scope, which the add-on does not declare.
    const gas = createAppsScript({
      oauthScopes: ['https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/documents'],
    });
    const { DocumentApp, DriveApp } = services(gas);
    const template = DocumentApp.create('Шаблон');
    const body = template.getBody();
    body.appendParagraph('Приказ № {{Номер}}');
    body.appendParagraph('{{Таблица}}');
    const folder = DriveApp.getRootFolder().createFolder('Приказы');
    const copy = DocumentApp.openById(DriveApp.getFileById(template.getId()).makeCopy('Приказ 1', folder).getId());
    const copyBody = copy.getBody();
    const found = copyBody.findText('\\{\\{Номер\\}\\}');
    found
      .getElement()
      .asText()
      .deleteText(found.getStartOffset(), found.getEndOffsetInclusive())
      .insertText(found.getStartOffset(), '12-$1');
    const placeholder = copyBody.findText('\\{\\{Таблица\\}\\}').getElement().getParent();
    copyBody.insertTable(copyBody.getChildIndex(placeholder), [
      ['№', 'ФИО'],
      ['1', 'Иванова'],
    ]);
    placeholder.removeFromParent();
    expect(gas.docs.text(copy.getId())).toBe('\nПриказ № 12-$1\n№\tФИО\n1\tИванова');
    expect(gas.docs.text(template.getId())).toBe('\nПриказ № {{Номер}}\n{{Таблица}}');
    expect(DriveApp.getFileById(copy.getId()).getParents().next().getName()).toBe('Приказы');
  });

  it('hides the spreadsheet file from Drive under drive.file access', () => {
    const gas = createAppsScript({
      driveAccess: 'app',
      oauthScopes: [
        'https://www.googleapis.com/auth/drive',
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
      ],
    });
    const { DriveApp, SpreadsheetApp } = services(gas);
    expect(() => DriveApp.getFileById(SpreadsheetApp.getActiveSpreadsheet().getId())).toThrow(
      /No item with the given ID/,
    );
  });

  it('lets only JSON-safe values cross google.script.run', () => {
    expect(acrossWire({ a: [1, 'x', null], b: { c: true } })).toEqual({ a: [1, 'x', null], b: { c: true } });
    expect(() => acrossWire({ when: new Date() })).toThrow(/value\.when is \[object Date\]/);
    expect(() => acrossWire({ m: new Map() })).toThrow(/Map/);
  });

  it('fetches over real HTTP synchronously from a server in another process', async () => {
    const server = spawn(process.execPath, [
      '-e',
      `require('http').createServer((q, s) => { let b = ''; q.on('data', (d) => (b += d)); q.on('end', () => {
         s.writeHead(q.url === '/fail' ? 503 : 201, { 'content-type': 'application/json' });
         s.end(JSON.stringify({ method: q.method, auth: q.headers.authorization, type: q.headers['content-type'], body: b }));
       }); }).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`,
    ]);
    try {
      const [chunk] = (await once(server.stdout, 'data')) as [Buffer];
      const base = `http://127.0.0.1:${String(chunk).trim()}`;
      const gas = createAppsScript({ fetch: httpFetch });
      const { UrlFetchApp } = services(gas);
      const res = UrlFetchApp.fetch(`${base}/api`, {
        method: 'post',
        contentType: 'application/json',
        payload: '{"a":1}',
        headers: { Authorization: 'Bearer t' },
      });
      expect(res.getResponseCode()).toBe(201);
      expect(JSON.parse(res.getContentText())).toEqual({
        method: 'POST',
        auth: 'Bearer t',
        type: 'application/json',
        body: '{"a":1}',
      });
      expect(() => UrlFetchApp.fetch(`${base}/fail`)).toThrow(/returned code 503/);
      expect(UrlFetchApp.fetch(`${base}/fail`, { muteHttpExceptions: true }).getResponseCode()).toBe(503);
      expect(gas.calls.count('UrlFetchApp.fetch')).toBe(3);
    } finally {
      server.kill();
    }
  });

  it('has no network unless a fetch handler is given', () => {
    const { UrlFetchApp } = services(createAppsScript());
    expect(() => UrlFetchApp.fetch('https://example.org/')).toThrow(/no network/);
  });

  it('keeps user properties per user and document properties per spreadsheet', () => {
    const gas = createAppsScript({ user: 'curator@school.example' });
    const { PropertiesService } = services(gas);
    PropertiesService.getUserProperties().setProperty('folder', 'mine');
    PropertiesService.getDocumentProperties().setProperty('report', 'shared');
    gas.actAs('deputy@school.example');
    expect(PropertiesService.getUserProperties().getProperty('folder')).toBeNull();
    expect(PropertiesService.getDocumentProperties().getProperty('report')).toBe('shared');
    gas.actAs('curator@school.example');
    expect(PropertiesService.getUserProperties().getProperty('folder')).toBe('mine');
  });
});
