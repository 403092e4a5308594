// The add-on's Drive v3 client (addon/server/google) against the stand-in's in-process Drive REST:
// files exist per user under drive.file, another editor gets 404, quota answers are retried.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppsScript, type AppsScript } from '../../testkit/apps-script/index';
import {
  DRIVE_MIME,
  copyDriveFile,
  createDriveFile,
  driveUser,
  findDriveFile,
  listDriveFiles,
  moveDriveFile,
  trashDriveFile,
} from '../../addon/server/google/drive';
import { GoogleApiError, googleApi, problemOf, reasonOf } from '../../addon/server/google/rest';

let gas: AppsScript;
let undo: () => void;
beforeEach(() => {
  gas = createAppsScript({ user: 'curator@school.example' });
  undo = gas.install();
});
afterEach(() => undo());

describe('Drive v3 under drive.file', () => {
  it('creates a folder and a Doc in it, finds, copies, moves and trashes them', () => {
    const folder = createDriveFile('Наставничество — документы', DRIVE_MIME.folder);
    const doc = createDriveFile('Программа', DRIVE_MIME.document, folder.id);
    expect(doc.parents).toEqual([folder.id]);
    expect(gas.docs.bodies.has(doc.id)).toBe(true);
    expect(findDriveFile(doc.id)?.owners[0].email).toBe('curator@school.example');
    const other = createDriveFile('Архив', DRIVE_MIME.folder);
    const copy = copyDriveFile(doc.id, 'Копия программы', other.id);
    expect(copy.parents).toEqual([other.id]);
    expect(moveDriveFile(findDriveFile(doc.id)!, other.id).parents).toEqual([other.id]);
    trashDriveFile(doc.id);
    expect(findDriveFile(doc.id)?.trashed).toBe(true);
    expect(driveUser().email).toBe('curator@school.example');
  });

  it('another editor gets 404 for the first editor’s files, and files made by DocumentApp are out of reach', () => {
    const folder = createDriveFile('Папка', DRIVE_MIME.folder);
    const made = DocumentApp.create('Через DocumentApp');
    expect(findDriveFile(made.getId())).toBeNull();
    gas.actAs('deputy@school.example');
    expect(findDriveFile(folder.id)).toBeNull();
    expect(() => createDriveFile('Документ', DRIVE_MIME.document, folder.id)).toThrow(GoogleApiError);
    expect(driveUser().email).toBe('deputy@school.example');
  });

  it('lists a folder’s files of one type page by page, only those made for this user, none in the trash', () => {
    const folder = createDriveFile('Папка', DRIVE_MIME.folder);
    const docs = Array.from({ length: 130 }, (_, i) =>
      createDriveFile(`Документ ${i}`, DRIVE_MIME.document, folder.id),
    );
    createDriveFile('Подпапка', DRIVE_MIME.folder, folder.id);
    DocumentApp.create('Не через Drive API');
    trashDriveFile(docs[0].id);
    const listed = listDriveFiles(folder.id, DRIVE_MIME.document);
    expect(listed).toHaveLength(129);
    expect(new Set(listed.map((f) => f.id))).toEqual(new Set(docs.slice(1).map((d) => d.id)));
    expect(gas.urlFetch._requests.filter((r) => r.method === 'GET' && r.url.includes('/files?'))).toHaveLength(2);
    gas.actAs('deputy@school.example');
    expect(() => listDriveFiles(folder.id, DRIVE_MIME.document)).not.toThrow();
    expect(listDriveFiles(folder.id, DRIVE_MIME.document)).toEqual([]);
  });

  it('shares a file, unless the domain forbids sharing outside it (403 shareOutNotPermitted)', () => {
    const folder = createDriveFile('Отчёт', DRIVE_MIME.folder);
    const url = `https://www.googleapis.com/drive/v3/files/${folder.id}/permissions?sendNotificationEmail=false`;
    const grant = { role: 'reader', type: 'user', emailAddress: 'sync@region.example' };
    expect(googleApi('post', url, grant).status).toBe(200);
    gas.drive.sharingOutsideDomain = false;
    const refused = googleApi('post', url, { ...grant, emailAddress: 'other@region.example' });
    expect([refused.status, reasonOf(refused)]).toEqual([403, 'shareOutNotPermitted']);
    expect(googleApi('post', url, { ...grant, emailAddress: 'deputy@school.example' }).status).toBe(200);
    expect(gas.drive.entries.get(folder.id)!.permissions.map((p) => p.email)).toEqual([
      'sync@region.example',
      'deputy@school.example',
    ]);
  });

  it('retries quota answers with backoff and then gives a Russian failure', () => {
    let calls = 0;
    gas.urlFetch._routes.unshift((req) => {
      if (!req.url.includes('/about')) return undefined;
      calls += 1;
      const body = {
        error: {
          code: 403,
          message: 'User rate limit exceeded.',
          errors: [{ domain: 'usageLimits', reason: 'userRateLimitExceeded' }],
        },
      };
      return { status: 403, body: JSON.stringify(body) };
    });
    const answer = googleApi('get', 'https://www.googleapis.com/drive/v3/about?fields=user');
    expect(problemOf(answer)).toBe('quota');
    expect(calls).toBe(4);
    // 1, 2 and 4 s with up to 1 s of random jitter each, as Google's exponential backoff asks
    expect(gas.utilities._slept).toBeGreaterThanOrEqual(7000);
    expect(gas.utilities._slept).toBeLessThan(10000);
    expect(() => driveUser()).toThrow(/квота/);
  });
});
