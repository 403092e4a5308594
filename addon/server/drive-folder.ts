// Where the add-on puts the documents it creates (programmes, cards, orders, templates, forms): a
// folder «Наставничество — документы» in the user's «Мой диск», made through Drive REST under
// drive.file (the spreadsheet's own folder is out of reach there). drive.file access is per user,
// so the folder is per user too: its id is kept in the user's properties for this spreadsheet
// (owned-files.ts), and a second editor gets a folder of their own instead of a 404.
import { DRIVE_MIME, createDriveFile, findDriveFile } from './google/drive';
import { readUserRecord, writeUserRecord } from './google/owned-files';

const FOLDER_KEY = 'documentsFolder';
export const FOLDER_NAME = 'Наставничество — документы';

/** The id of this user's documents folder; made again only when Drive answers 404 or it is in the trash. */
export function documentsFolderId(): string {
  const kept = readUserRecord(FOLDER_KEY);
  if (kept) {
    const found = findDriveFile(kept.id);
    if (found && !found.trashed) return found.id;
  }
  const folder = createDriveFile(FOLDER_NAME, DRIVE_MIME.folder);
  writeUserRecord(FOLDER_KEY, { id: folder.id, by: folder.owners[0]?.email ?? '' });
  return folder.id;
}
