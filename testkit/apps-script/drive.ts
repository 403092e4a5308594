// DriveApp stand-in: folders and files in memory. Documents, forms and the spreadsheet are files
// too, so copies of a template Doc copy its content. `access: 'app'` imitates the drive.file scope:
// only files the add-on created (and their folders) are reachable.
import type { CallLog } from './calls';
import type { Identity } from './identity';

export interface DriveEntry {
  id: string;
  name: string;
  mimeType: string;
  parents: Set<string>;
  /** Created by the add-on (reachable under drive.file). */
  byApp: boolean;
  /** The user who created it (Drive's owner). */
  owner: string;
  /**
   * Users whose add-on may reach it through the Drive REST API under drive.file: the user who
   * created it through that API. drive.file access is per user and per file:
   * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
   */
  grants: Set<string>;
  /** Granted through permissions.create. */
  permissions: { email: string; role: string }[];
  /** Users the owner shared the file with (Drive's sharing dialog). */
  sharedWith: Set<string>;
  trashed: boolean;
  content: string;
  /** Copies type-specific content (a document's body) for makeCopy. */
  cloneContent?: (fromId: string, toId: string) => void;
}

export const MimeType = {
  FOLDER: 'application/vnd.google-apps.folder',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  PLAIN_TEXT: 'text/plain',
  PDF: 'application/pdf',
} as const;

function notFound(id: string): Error {
  return new Error(`No item with the given ID could be found, or you do not have permission to access it. (${id})`);
}

export class DriveStore {
  readonly entries = new Map<string, DriveEntry>();
  access: 'all' | 'app' = 'all';
  /** False imitates a Workspace domain that forbids sharing files outside it. */
  sharingOutsideDomain = true;
  private seq = 0;
  readonly rootId = 'root-folder';
  constructor(
    readonly log: CallLog,
    readonly identity: Identity,
  ) {
    this.entries.set(this.rootId, {
      id: this.rootId,
      name: 'Мой диск',
      mimeType: MimeType.FOLDER,
      parents: new Set(),
      byApp: false,
      owner: identity.current,
      grants: new Set(),
      sharedWith: new Set(),
      permissions: [],
      trashed: false,
      content: '',
    });
  }
  newId(prefix: string): string {
    this.seq += 1;
    return `${prefix}-${String(this.seq).padStart(4, '0')}`;
  }
  add(
    entry: Omit<DriveEntry, 'trashed' | 'parents' | 'content' | 'owner' | 'grants' | 'sharedWith' | 'permissions'> & {
      parent?: string;
      content?: string;
      viaApi?: boolean;
    },
  ): DriveEntry {
    const { viaApi, parent, ...rest } = entry;
    const e: DriveEntry = {
      ...rest,
      parents: new Set([parent ?? this.rootId]),
      owner: this.identity.current,
      grants: new Set(viaApi ? [this.identity.current] : []),
      permissions: [],
      sharedWith: new Set(),
      trashed: false,
      content: entry.content ?? '',
    };
    this.entries.set(e.id, e);
    return e;
  }
  reachable(id: string): DriveEntry {
    const e = this.entries.get(id);
    if (!e || e.trashed) throw notFound(id);
    if (this.access === 'app' && !e.byApp && id !== this.rootId) throw notFound(id);
    return e;
  }
  /** Opened in the user's browser: their own file or one shared with them. */
  canOpen(e: DriveEntry): boolean {
    return e.owner === this.identity.current || e.sharedWith.has(this.identity.current);
  }
  /** The owner shares a file with another user (as editor). */
  share(id: string, user: string): void {
    this.entries.get(id)!.sharedWith.add(user);
  }
  children(folderId: string, folders: boolean): DriveEntry[] {
    return [...this.entries.values()].filter(
      (e) =>
        !e.trashed &&
        e.parents.has(folderId) &&
        (e.mimeType === MimeType.FOLDER) === folders &&
        (this.access === 'all' || e.byApp),
    );
  }
  urlOf(e: DriveEntry): string {
    if (e.mimeType === MimeType.GOOGLE_DOCS) return `https://docs.google.com/document/d/${e.id}/edit`;
    if (e.mimeType === MimeType.GOOGLE_SHEETS) return `https://docs.google.com/spreadsheets/d/${e.id}/edit`;
    if (e.mimeType === MimeType.GOOGLE_FORMS) return `https://docs.google.com/forms/d/${e.id}/edit`;
    if (e.mimeType === MimeType.FOLDER) return `https://drive.google.com/drive/folders/${e.id}`;
    return `https://drive.google.com/file/d/${e.id}/view`;
  }
}

function iterator<T>(log: CallLog, kind: string, items: T[]) {
  let i = 0;
  return log.wrap(kind, {
    hasNext: () => i < items.length,
    next: () => {
      if (i >= items.length) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
      return items[i++];
    },
  });
}

export class FileImpl {
  constructor(
    protected readonly store: DriveStore,
    readonly _entry: DriveEntry,
  ) {}
  getId() {
    return this._entry.id;
  }
  getName() {
    return this._entry.name;
  }
  setName(name: string) {
    this._entry.name = name;
    return this.store.log.wrap('File', this);
  }
  getUrl() {
    return this.store.urlOf(this._entry);
  }
  getMimeType() {
    return this._entry.mimeType;
  }
  getParents() {
    const parents = [...this._entry.parents].filter(
      (id) => this.store.access === 'all' || this.store.entries.get(id)?.byApp,
    );
    return iterator(
      this.store.log,
      'FolderIterator',
      parents.map((id) => folderApi(this.store, this.store.entries.get(id)!)),
    );
  }
  moveTo(folder: FolderImpl) {
    this._entry.parents = new Set([folder.getId()]);
    return this.store.log.wrap('File', this);
  }
  makeCopy(name?: string, destination?: FolderImpl) {
    const prefix = this._entry.id.split('-')[0];
    const id = this.store.newId(prefix);
    const copy = this.store.add({
      id,
      name: name ?? `Копия ${this._entry.name}`,
      mimeType: this._entry.mimeType,
      byApp: true,
      parent: destination ? destination.getId() : [...this._entry.parents][0],
      content: this._entry.content,
    });
    copy.cloneContent = this._entry.cloneContent;
    this._entry.cloneContent?.(this._entry.id, id);
    return fileApi(this.store, copy);
  }
  setTrashed(trashed: boolean) {
    this._entry.trashed = trashed;
    return this.store.log.wrap('File', this);
  }
  isTrashed() {
    return this._entry.trashed;
  }
  getBlob() {
    return this.store.log.wrap('Blob', {
      getDataAsString: () => this._entry.content,
      getContentType: () => this._entry.mimeType,
    });
  }
}

export class FolderImpl extends FileImpl {
  createFolder(name: string) {
    const e = this.store.add({
      id: this.store.newId('folder'),
      name,
      mimeType: MimeType.FOLDER,
      byApp: true,
      parent: this._entry.id,
    });
    return folderApi(this.store, e);
  }
  createFile(name: string, content: string, mimeType: string = MimeType.PLAIN_TEXT) {
    const e = this.store.add({
      id: this.store.newId('file'),
      name,
      mimeType,
      byApp: true,
      parent: this._entry.id,
      content,
    });
    return fileApi(this.store, e);
  }
  getFolders() {
    return iterator(
      this.store.log,
      'FolderIterator',
      this.store.children(this._entry.id, true).map((e) => folderApi(this.store, e)),
    );
  }
  getFoldersByName(name: string) {
    return iterator(
      this.store.log,
      'FolderIterator',
      this.store
        .children(this._entry.id, true)
        .filter((e) => e.name === name)
        .map((e) => folderApi(this.store, e)),
    );
  }
  getFiles() {
    return iterator(
      this.store.log,
      'FileIterator',
      this.store.children(this._entry.id, false).map((e) => fileApi(this.store, e)),
    );
  }
  getFilesByName(name: string) {
    return iterator(
      this.store.log,
      'FileIterator',
      this.store
        .children(this._entry.id, false)
        .filter((e) => e.name === name)
        .map((e) => fileApi(this.store, e)),
    );
  }
}

function fileApi(store: DriveStore, e: DriveEntry) {
  return store.log.wrap('File', new FileImpl(store, e));
}
function folderApi(store: DriveStore, e: DriveEntry) {
  return store.log.wrap('Folder', new FolderImpl(store, e));
}

export class DriveAppImpl {
  constructor(private readonly store: DriveStore) {}
  getFileById(id: string) {
    const e = this.store.reachable(id);
    if (e.mimeType === MimeType.FOLDER) throw notFound(id);
    return fileApi(this.store, e);
  }
  getFolderById(id: string) {
    const e = this.store.reachable(id);
    if (e.mimeType !== MimeType.FOLDER) throw notFound(id);
    return folderApi(this.store, e);
  }
  getRootFolder() {
    return folderApi(this.store, this.store.entries.get(this.store.rootId)!);
  }
  createFolder(name: string) {
    return this.getRootFolder().createFolder(name);
  }
  getFoldersByName(name: string) {
    return this.getRootFolder().getFoldersByName(name);
  }
  getFilesByName(name: string) {
    return this.getRootFolder().getFilesByName(name);
  }
}
