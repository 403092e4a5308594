// Where the add-on puts the documents it creates (orders, templates, questionnaires): a folder
// beside the spreadsheet. Under the narrow drive.file scope the spreadsheet's own Drive file may
// be out of reach; then the folder goes to the root of «Мой диск». Its id is kept in document
// properties so every document lands in the same place.
import { DRIVE_MIME, createDriveFile, findDriveFile } from './google/drive';
import { readState, writeState } from './properties';

const FOLDER_KEY = 'documentsFolder';
export const FOLDER_NAME = 'Наставничество — документы';

function parentOfSpreadsheet(): GoogleAppsScript.Drive.Folder {
  try {
    const parents = DriveApp.getFileById(SpreadsheetApp.getActiveSpreadsheet().getId()).getParents();
    if (parents.hasNext()) return parents.next();
  } catch {
    // drive.file: the spreadsheet was not created by the add-on, so Drive does not show it.
  }
  return DriveApp.getRootFolder();
}

export function documentsFolder(): GoogleAppsScript.Drive.Folder {
  const id = readState<string>(FOLDER_KEY);
  if (id) {
    try {
      return DriveApp.getFolderById(id);
    } catch {
      // deleted or moved out of reach: make a new one
    }
  }
  const folder = parentOfSpreadsheet().createFolder(FOLDER_NAME);
  writeState(FOLDER_KEY, folder.getId());
  return folder;
}

// Stand-in seam for the questionnaire forms until the Drive REST rewrite of this file lands (it
// replaces this function): the documents folder's id through Drive v3 under drive.file, made in
// «Мой диск» when the kept id is gone (404) — the spreadsheet's own folder is out of reach there.
export function documentsFolderId(): string {
  const id = readState<string>(FOLDER_KEY);
  if (id) {
    const found = findDriveFile(id);
    if (found && !found.trashed) return found.id;
  }
  const folder = createDriveFile(FOLDER_NAME, DRIVE_MIME.folder);
  writeState(FOLDER_KEY, folder.id);
  return folder.id;
}
