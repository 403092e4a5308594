// Drive v3 REST, served in-process from the DriveStore to UrlFetchApp (the add-on's Drive path
// under the drive.file scope). Rules encoded, as Google documents them:
// - a request needs `Authorization: Bearer <ScriptApp.getOAuthToken()>`, else 401;
// - under drive.file a user reaches only the files the app created for that user through the API
//   (https://developers.google.com/workspace/drive/api/guides/api-specific-auth); any other id,
//   including another editor's file, answers 404 notFound
//   (https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found_fileid);
// - the token carries the manifest's scopes: without drive or drive.file Drive answers 403
//   ACCESS_TOKEN_SCOPE_INSUFFICIENT (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
//   lists the scopes);
// - a Doc made by files.create or files.copy counts against the user's daily Docs quota
//   (documents.ts: DOCS_PER_DAY, a conservative assumption), answered as 403 dailyLimitExceeded;
// - files.create, files.get, files.update (addParents/removeParents, trashed), files.copy and
//   about.get (https://developers.google.com/workspace/drive/api/reference/rest/v3).
// Ids the store does not know are passed on (undefined) so an external stand-in may answer them.
import type { DocumentStore } from './documents';
import { MimeType, type DriveEntry, type DriveStore } from './drive';
import type { Identity } from './identity';
import type { FetchRequest, FetchResult, FetchRoute } from './misc';
import { DRIVE_REST_SCOPES } from './scopes';

const BASE = 'https://www.googleapis.com/drive/v3/';

function json(status: number, body: unknown): FetchResult {
  return { status, headers: { 'content-type': 'application/json; charset=UTF-8' }, body: JSON.stringify(body) };
}

function googleError(status: number, reason: string, message: string, extra: Record<string, string> = {}): FetchResult {
  return json(status, { error: { code: status, message, errors: [{ message, domain: 'global', reason, ...extra }] } });
}

const insufficientScopes = () =>
  json(403, {
    error: {
      code: 403,
      message: 'Request had insufficient authentication scopes.',
      errors: [{ message: 'Insufficient Permission', domain: 'global', reason: 'insufficientPermissions' }],
      status: 'PERMISSION_DENIED',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
          domain: 'googleapis.com',
        },
      ],
    },
  });

const docsQuota = () =>
  googleError(403, 'dailyLimitExceeded', 'Daily limit for creating documents exceeded.', { domain: 'usageLimits' });

export const fileNotFound = (id: string) =>
  googleError(404, 'notFound', `File not found: ${id}.`, { location: 'fileId', locationType: 'parameter' });

function resource(store: DriveStore, e: DriveEntry): Record<string, unknown> {
  return {
    kind: 'drive#file',
    id: e.id,
    name: e.name,
    mimeType: e.mimeType,
    parents: [...e.parents],
    trashed: e.trashed,
    webViewLink: store.urlOf(e),
    owners: [{ emailAddress: e.owner, displayName: e.owner.split('@')[0] }],
  };
}

const PAGE = 100;

/**
 * files.list with the query terms the add-on uses: `'<id>' in parents`, `mimeType = '<type>'`,
 * `trashed = false` (https://developers.google.com/workspace/drive/api/guides/search-files); only
 * files the user reaches under drive.file; pages of at most pageSize (the stand-in caps pages at
 * 100 so that paging is exercised).
 */
function listFiles(store: DriveStore, url: URL, reach: (id: string) => DriveEntry | null): FetchResult {
  const query = url.searchParams.get('q') ?? '';
  const terms = query
    .split(/\s+and\s+/i)
    .map((s) => s.trim())
    .filter(Boolean);
  const tests: ((e: DriveEntry) => boolean)[] = [];
  for (const term of terms) {
    let m: RegExpExecArray | null;
    if ((m = /^'((?:[^'\\]|\\.)*)' in parents$/.exec(term))) {
      const parent = m[1].replace(/\\(.)/g, '$1');
      tests.push((e) => e.parents.has(parent));
    } else if ((m = /^mimeType\s*=\s*'([^']*)'$/.exec(term))) {
      const type = m[1];
      tests.push((e) => e.mimeType === type);
    } else if (/^trashed\s*=\s*false$/.test(term)) tests.push((e) => !e.trashed);
    else
      return googleError(400, 'invalid', `Invalid Value (stand-in: query term «${term}» is not served)`, {
        location: 'q',
        locationType: 'parameter',
      });
  }
  const all = [...store.entries.values()].filter((e) => reach(e.id) && tests.every((t) => t(e)));
  const size = Math.min(Number(url.searchParams.get('pageSize') ?? PAGE) || PAGE, PAGE);
  const from = Number(url.searchParams.get('pageToken') ?? 0) || 0;
  const page = all.slice(from, from + size);
  const next = from + size < all.length ? { nextPageToken: String(from + size) } : {};
  return json(200, { kind: 'drive#fileList', files: page.map((e) => resource(store, e)), ...next });
}

export function driveRest(
  store: DriveStore,
  docs: DocumentStore,
  identity: Identity,
  scopes: () => ReadonlySet<string> | null = () => null,
): FetchRoute {
  return (req: FetchRequest) => {
    if (!req.url.startsWith(BASE)) return undefined;
    const url = new URL(req.url);
    const path = url.pathname
      .replace(/^\/drive\/v3\//, '')
      .split('/')
      .map(decodeURIComponent);
    const known = (id: string) => store.entries.has(id);
    if (path[0] === 'files' && path[1] && !known(path[1])) return undefined;

    const user = identity.userOfToken(
      (req.headers.Authorization ?? req.headers.authorization ?? '').replace(/^Bearer\s+/i, ''),
    );
    if (!user) return googleError(401, 'authError', 'Request had invalid authentication credentials.');
    const declared = scopes();
    if (declared && !DRIVE_REST_SCOPES.some((scope) => declared.has(scope))) return insufficientScopes();
    const reach = (id: string): DriveEntry | null => {
      const e = store.entries.get(id);
      return e && e.grants.has(user) ? e : null;
    };
    const body = (): Record<string, unknown> =>
      req.payload ? (JSON.parse(req.payload) as Record<string, unknown>) : {};

    if (path[0] === 'about' && req.method === 'GET') {
      return json(200, { user: { kind: 'drive#user', emailAddress: user, displayName: user.split('@')[0], me: true } });
    }
    if (path[0] !== 'files') return googleError(404, 'notFound', `Not found: ${url.pathname}`);

    if (path.length === 1 && req.method === 'GET') return listFiles(store, url, reach);

    if (path.length === 1 && req.method === 'POST') {
      const meta = body();
      const parents = (meta.parents as string[] | undefined) ?? [];
      for (const p of parents) if (!reach(p)) return fileNotFound(p);
      const name = String(meta.name ?? 'Без названия');
      const mimeType = String(meta.mimeType ?? 'application/octet-stream');
      const parent = parents[0];
      let id: string;
      if (mimeType === MimeType.GOOGLE_DOCS && !docs.takeQuota()) return docsQuota();
      if (mimeType === MimeType.GOOGLE_DOCS) id = docs.create(name, parent, true);
      else
        id = store.add({
          id: store.newId(mimeType === MimeType.FOLDER ? 'folder' : 'file'),
          name,
          mimeType,
          byApp: true,
          parent,
          viaApi: true,
        }).id;
      return json(200, resource(store, store.entries.get(id)!));
    }

    const e = reach(path[1]);
    if (!e) return fileNotFound(path[1]);
    if (path.length === 2 && req.method === 'GET') return json(200, resource(store, e));
    if (path.length === 2 && req.method === 'PATCH') {
      const meta = body();
      const add = url.searchParams.get('addParents')?.split(',').filter(Boolean) ?? [];
      const remove = url.searchParams.get('removeParents')?.split(',').filter(Boolean) ?? [];
      for (const p of add) if (!reach(p)) return fileNotFound(p);
      for (const p of remove) e.parents.delete(p);
      for (const p of add) e.parents.add(p);
      if (typeof meta.trashed === 'boolean') e.trashed = meta.trashed;
      if (typeof meta.name === 'string') e.name = meta.name;
      return json(200, resource(store, e));
    }
    if (path.length === 2 && req.method === 'DELETE') {
      store.entries.delete(e.id);
      return { status: 204, body: '' };
    }
    if (path[2] === 'permissions' && req.method === 'POST') {
      // permissions.create: a domain whose administrator restricts sharing outside it refuses an
      // address of another domain with 403 shareOutNotPermitted
      // (https://developers.google.com/workspace/drive/api/guides/handle-errors).
      const meta = body();
      const email = String(meta.emailAddress ?? '');
      const domainOf = (address: string) => address.split('@')[1] ?? '';
      if (!store.sharingOutsideDomain && domainOf(email) !== domainOf(e.owner)) {
        const message = `Bad Request. User message: "Sharing with ${email} is not allowed: your administrator has restricted sharing outside ${domainOf(e.owner)}."`;
        return googleError(403, 'shareOutNotPermitted', message);
      }
      e.permissions.push({ email, role: String(meta.role ?? 'reader') });
      return json(200, {
        kind: 'drive#permission',
        id: `perm-${e.permissions.length}`,
        type: String(meta.type ?? 'user'),
        role: String(meta.role ?? 'reader'),
      });
    }
    if (path[2] === 'copy' && req.method === 'POST') {
      const meta = body();
      const parents = (meta.parents as string[] | undefined) ?? [...e.parents];
      for (const p of parents) if (!reach(p)) return fileNotFound(p);
      if (e.mimeType === MimeType.GOOGLE_DOCS && !docs.takeQuota()) return docsQuota();
      const id = store.newId(e.id.split('-')[0]);
      const copy = store.add({
        id,
        name: String(meta.name ?? `Копия ${e.name}`),
        mimeType: e.mimeType,
        byApp: true,
        parent: parents[0],
        content: e.content,
        viaApi: true,
      });
      copy.cloneContent = e.cloneContent;
      e.cloneContent?.(e.id, id);
      return json(200, resource(store, copy));
    }
    return googleError(400, 'badRequest', `Stand-in: ${req.method} ${url.pathname} is not served`);
  };
}
