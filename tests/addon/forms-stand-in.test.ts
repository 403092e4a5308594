// The Forms stand-in refuses what Google refuses: unpublished forms take no answers (FormApp and
// the Forms REST API alike), forms.create takes a title only, drive.file reaches a REST-made form
// for its creator only, and FormApp opens a form only for someone who may edit it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppsScript, type AppsScript } from '../../testkit/apps-script/index';
import { createFormViaApi, FORMS_API } from '../../addon/server/google/forms-api';
import { findDriveFile } from '../../addon/server/google/drive';
import { googleApi } from '../../addon/server/google/rest';

let gas: AppsScript;
let undo: () => void;
beforeEach(() => {
  gas = createAppsScript({ user: 'curator@school.example' });
  undo = gas.install();
});
afterEach(() => undo());

function linked(formId: string) {
  const form = FormApp.openById(formId);
  form.addTextItem().setTitle('ФИО');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActiveSpreadsheet().getId());
  return form;
}

describe('FormApp publishing', () => {
  it('creates forms unpublished unless asked, refuses answers until published', () => {
    const draft = FormApp.create('Черновик');
    linked(draft.getId());
    expect((draft as unknown as { isPublished(): boolean }).isPublished()).toBe(false);
    expect(() => gas.forms.submit(draft.getId(), { ФИО: 'Иванова Анна' })).toThrow(/not published/);
    (draft as unknown as { setPublished(b: boolean): void }).setPublished(true);
    gas.forms.submit(draft.getId(), { ФИО: 'Иванова Анна' });

    const open = (FormApp as unknown as { create(t: string, p: boolean): GoogleAppsScript.Forms.Form }).create(
      'Открытая',
      true,
    );
    linked(open.getId());
    gas.forms.submit(open.getId(), { ФИО: 'Петров Пётр' });
    gas.forms.forms.get(open.getId())!.setAcceptingResponses(false);
    expect(() => gas.forms.submit(open.getId(), { ФИО: 'Петров Пётр' })).toThrow(/not accepting/);
  });

  it('opens a form only for an editor of it', () => {
    const form = FormApp.create('Анкета');
    gas.actAs('deputy@school.example');
    expect(() => FormApp.openById(form.getId())).toThrow(/do not have permission/);
  });
});

describe('Forms REST API', () => {
  it('makes a form unpublished when `unpublished` is true or left out, published when false', () => {
    const post = (query: string) => googleApi('post', `${FORMS_API}${query}`, { info: { title: 'Анкета' } });
    const state = (a: ReturnType<typeof post>) =>
      (a.body.publishSettings as { publishState: { isPublished: boolean } }).publishState.isPublished;
    expect(state(post(''))).toBe(false);
    expect(state(post('?unpublished=true'))).toBe(false);
    const published = post('?unpublished=false');
    expect(state(published)).toBe(true);

    const unpublished = String(post('?unpublished=true').body.formId);
    linked(unpublished);
    expect(() => gas.forms.submit(unpublished, { ФИО: 'Иванова Анна' })).toThrow(/not published/);
    const set = googleApi('post', `${FORMS_API}/${unpublished}:setPublishSettings`, {
      publishSettings: { publishState: { isPublished: true, isAcceptingResponses: true } },
    });
    expect(set.status).toBe(200);
    gas.forms.submit(unpublished, { ФИО: 'Иванова Анна' });
  });

  it('takes only a title on create and needs a token', () => {
    const items = googleApi('post', FORMS_API, { info: { title: 'Анкета', description: 'Описание' }, items: [] });
    expect(items.status).toBe(400);
    expect(JSON.stringify(items.body)).toContain('INVALID_ARGUMENT');
    expect(gas.forms.forms.size).toBe(0);
    const anonymous = UrlFetchApp.fetch(FORMS_API, {
      method: 'post',
      payload: JSON.stringify({ info: { title: 'Анкета' } }),
      muteHttpExceptions: true,
    });
    expect(anonymous.getResponseCode()).toBe(401);
  });

  it('lets drive.file reach a REST-made form for its creator only, never a FormApp-made one', () => {
    const made = createFormViaApi('Анкета наставника');
    expect(findDriveFile(made.formId)?.name).toBe('Анкета наставника');
    expect(gas.forms.forms.get(made.formId)!._published).toBe(true);
    expect(findDriveFile(FormApp.create('Через FormApp').getId())).toBeNull();
    gas.actAs('deputy@school.example');
    expect(findDriveFile(made.formId)).toBeNull();
    expect(googleApi('get', `${FORMS_API}/${made.formId}`).status).toBe(404);
  });
});
