// Drive v3 over REST under the `drive.file` scope (DriveApp needs the broad `drive` scope for
// getFileById, getFolderById, getRootFolder and createFolder:
// https://developers.google.com/apps-script/reference/drive/drive-app). Files the add-on creates
// here are reachable by this user only; another editor of the spreadsheet gets 404 for them.
// Scopes per method: https://developers.google.com/workspace/drive/api/reference/rest/v3/files
import { googleApi, googleApiOk, apiFailure } from './rest';

const FILES = 'https://www.googleapis.com/drive/v3/files';
const ABOUT = 'https://www.googleapis.com/drive/v3/about';

export const DRIVE_MIME = {
  folder: 'application/vnd.google-apps.folder',
  document: 'application/vnd.google-apps.document',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  form: 'application/vnd.google-apps.form',
} as const;

const FIELDS = 'id,name,mimeType,parents,trashed,webViewLink,owners(emailAddress,displayName)';

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  url: string;
  owners: { email: string; name: string }[];
}

function asFile(body: Record<string, unknown>): DriveFile {
  const owners = (body.owners as { emailAddress?: string; displayName?: string }[] | undefined) ?? [];
  return {
    id: String(body.id),
    name: String(body.name ?? ''),
    mimeType: String(body.mimeType ?? ''),
    parents: (body.parents as string[] | undefined) ?? [],
    trashed: body.trashed === true,
    url: String(body.webViewLink ?? ''),
    owners: owners.map((o) => ({ email: o.emailAddress ?? '', name: o.displayName ?? '' })),
  };
}

const q = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');

/** A new file (a folder, or an empty Google Doc, Sheet or Form) in `parentId` or «Мой диск». */
export function createDriveFile(name: string, mimeType: string, parentId?: string): DriveFile {
  const body = googleApiOk(`Создать «${name}» на Google Диске`, 'post', `${FILES}?${q({ fields: FIELDS })}`, {
    name,
    mimeType,
    ...(parentId ? { parents: [parentId] } : {}),
  });
  return asFile(body);
}

/** The file, or null when Drive answers 404 (deleted for good, or never created for this user). */
export function findDriveFile(id: string): DriveFile | null {
  const answer = googleApi('get', `${FILES}/${encodeURIComponent(id)}?${q({ fields: FIELDS })}`);
  if (answer.status === 404) return null;
  if (answer.status !== 200) throw apiFailure('Найти файл на Google Диске', answer);
  return asFile(answer.body);
}

export function copyDriveFile(id: string, name: string, parentId: string): DriveFile {
  const body = googleApiOk(
    `Скопировать файл в «${name}»`,
    'post',
    `${FILES}/${encodeURIComponent(id)}/copy?${q({ fields: FIELDS })}`,
    { name, parents: [parentId] },
  );
  return asFile(body);
}

/**
 * The files of a folder this user's add-on can reach (under drive.file: the ones it made for them),
 * of one type, not in the trash; every page of files.list.
 */
export function listDriveFiles(folderId: string, mimeType: string): DriveFile[] {
  const files: DriveFile[] = [];
  let pageToken = '';
  do {
    const params: Record<string, string> = {
      q: `'${folderId.replace(/['\\]/g, '\\$&')}' in parents and mimeType = '${mimeType}' and trashed = false`,
      fields: `nextPageToken,files(${FIELDS})`,
      pageSize: '1000',
      ...(pageToken ? { pageToken } : {}),
    };
    const body = googleApiOk('Прочитать папку на Google Диске', 'get', `${FILES}?${q(params)}`);
    for (const f of (body.files as Record<string, unknown>[] | undefined) ?? []) files.push(asFile(f));
    pageToken = String(body.nextPageToken ?? '');
  } while (pageToken);
  return files;
}

/** Moves a file the add-on can reach into `folderId` (out of every other folder). */
export function moveDriveFile(file: DriveFile, folderId: string): DriveFile {
  if (file.parents.length === 1 && file.parents[0] === folderId) return file;
  const params = { addParents: folderId, removeParents: file.parents.join(','), fields: FIELDS };
  return asFile(
    googleApiOk(
      `Переместить «${file.name}» в папку`,
      'patch',
      `${FILES}/${encodeURIComponent(file.id)}?${q(params)}`,
      {},
    ),
  );
}

/** Moves a file to the trash (never deletes: the curator can restore it). */
export function trashDriveFile(id: string): void {
  googleApiOk('Переместить файл в корзину', 'patch', `${FILES}/${encodeURIComponent(id)}`, { trashed: true });
}

/** Who the add-on acts for: Drive's about.user (no userinfo.email scope needed). */
export function driveUser(): { email: string; name: string } {
  const body = googleApiOk(
    'Узнать пользователя Google Диска',
    'get',
    `${ABOUT}?${q({ fields: 'user(emailAddress,displayName)' })}`,
  );
  const user = (body.user as { emailAddress?: string; displayName?: string } | undefined) ?? {};
  return { email: user.emailAddress ?? '', name: user.displayName ?? '' };
}
