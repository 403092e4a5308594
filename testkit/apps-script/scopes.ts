// OAuth scopes per Apps Script method, as Google's reference lists them under «Authorization» of
// each method ("Scripts that use this method require authorization with one or more of the
// following scopes"). A call whose scopes are all missing from the manifest's `oauthScopes` throws
// Google's message. Methods not in the table are unchecked: PropertiesService, LockService,
// CacheService, HtmlService, Utilities, Logger, ScriptApp.getOAuthToken (no scope listed), the
// Spreadsheet/Sheet/Range/Document/Body/Form objects once opened (their opener was checked), and
// Ui.alert/prompt/createAddonMenu.
import { readFileSync } from 'node:fs';

const AUTH = 'https://www.googleapis.com/auth/';
const s = (...names: string[]) => names.map((n) => AUTH + n);

/** `Kind.method` → the scopes any one of which authorises it. */
export const METHOD_SCOPES: Record<string, string[]> = {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
  'SpreadsheetApp.getActiveSpreadsheet': s('spreadsheets.currentonly', 'spreadsheets'),
  'SpreadsheetApp.getActive': s('spreadsheets.currentonly', 'spreadsheets'),
  'SpreadsheetApp.getActiveSheet': s('spreadsheets.currentonly', 'spreadsheets'),
  'SpreadsheetApp.openById': s('spreadsheets'),
  'SpreadsheetApp.openByUrl': s('spreadsheets'),
  'SpreadsheetApp.create': s('spreadsheets'),
  // https://developers.google.com/apps-script/reference/document/document-app
  'DocumentApp.create': s('documents'),
  'DocumentApp.openById': s('documents'),
  'DocumentApp.openByUrl': s('documents'),
  // https://developers.google.com/apps-script/reference/drive/drive-app
  'DriveApp.getFileById': s('drive', 'drive.readonly'),
  'DriveApp.getFolderById': s('drive', 'drive.readonly'),
  'DriveApp.getRootFolder': s('drive', 'drive.readonly'),
  'DriveApp.getFilesByName': s('drive', 'drive.readonly'),
  'DriveApp.getFoldersByName': s('drive', 'drive.readonly'),
  'DriveApp.createFolder': s('drive'),
  'DriveApp.createFile': s('drive'),
  // https://developers.google.com/apps-script/reference/drive/file and …/drive/folder
  'File.moveTo': s('drive'),
  'File.makeCopy': s('drive'),
  'File.setTrashed': s('drive'),
  'Folder.createFolder': s('drive'),
  'Folder.createFile': s('drive'),
  // https://developers.google.com/apps-script/reference/forms/form-app
  'FormApp.create': s('forms'),
  'FormApp.openById': s('forms'),
  'FormApp.openByUrl': s('forms'),
  // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app
  'UrlFetchApp.fetch': s('script.external_request'),
  'UrlFetchApp.fetchAll': s('script.external_request'),
  // https://developers.google.com/apps-script/reference/script/script-app
  'ScriptApp.newTrigger': s('script.scriptapp'),
  'ScriptApp.getProjectTriggers': s('script.scriptapp'),
  'ScriptApp.getUserTriggers': s('script.scriptapp'),
  'ScriptApp.deleteTrigger': s('script.scriptapp'),
  // https://developers.google.com/apps-script/reference/mail/mail-app
  'MailApp.sendEmail': s('script.send_mail'),
  // https://developers.google.com/apps-script/reference/base/user (Session.getActiveUser /
  // getEffectiveUser return a User; reading its address needs userinfo.email)
  'User.getEmail': s('userinfo.email'),
  // https://developers.google.com/apps-script/reference/base/ui
  'Ui.showModalDialog': s('script.container.ui'),
  'Ui.showModelessDialog': s('script.container.ui'),
  'Ui.showSidebar': s('script.container.ui'),
};

/**
 * Google's REST APIs reached with ScriptApp.getOAuthToken(): the token carries the manifest's
 * scopes. Drive v3 files.* accepts drive or drive.file (plus narrower ones the add-on never uses):
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
 */
export const DRIVE_REST_SCOPES = s('drive', 'drive.file');

/** The scope names of a manifest (appsscript.json). */
export function manifestScopes(path: string): string[] {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { oauthScopes?: string[] };
  return manifest.oauthScopes ?? [];
}

export const DEFAULT_MANIFEST = 'addon/appsscript.json';

/** Google's refusal of a call the manifest does not authorise; null when it is authorised. */
export function scopeRefusal(method: string, declared: ReadonlySet<string>): Error | null {
  const needed = METHOD_SCOPES[method];
  if (!needed || needed.some((scope) => declared.has(scope))) return null;
  const required = needed.length === 1 ? needed[0] : `(${needed.join(' || ')})`;
  return new Error(`You do not have permission to call ${method}. Required permissions: ${required}`);
}
