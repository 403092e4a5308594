// Google Forms API v1, served in-process from the FormStore to UrlFetchApp (the add-on creates its
// questionnaires here so that drive.file reaches them). Rules encoded, as Google documents them:
// - a request needs `Authorization: Bearer <ScriptApp.getOAuthToken()>`, else 401;
// - forms.create copies only info.title and info.documentTitle; any other field is refused
//   (https://developers.google.com/workspace/forms/api/reference/rest/v1/forms/create);
// - `unpublished=true` makes a form that takes no responses, and after 30 June 2026 a form created
//   by the API without `unpublished=false` starts unpublished as well
//   (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms);
// - forms.setPublishSettings publishes or unpublishes; isAcceptingResponses is forced to false on
//   an unpublished form
//   (https://developers.google.com/workspace/forms/api/reference/rest/v1/forms/setPublishSettings);
// - under drive.file a user reaches only the forms the app created for that user; any other id,
//   including another editor's form, answers 404
//   (https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
import type { DriveStore } from './drive';
import type { FormImpl, FormStore } from './forms';
import type { Identity } from './identity';
import type { FetchRequest, FetchResult, FetchRoute } from './misc';

const BASE = 'https://forms.googleapis.com/v1/forms';

function json(status: number, body: unknown): FetchResult {
  return { status, headers: { 'content-type': 'application/json; charset=UTF-8' }, body: JSON.stringify(body) };
}

const STATUS: Record<number, string> = { 400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 404: 'NOT_FOUND' };

function googleError(status: number, message: string): FetchResult {
  return json(status, { error: { code: status, message, status: STATUS[status] ?? 'UNKNOWN' } });
}

function resource(form: FormImpl): Record<string, unknown> {
  return {
    formId: form._id,
    info: {
      title: form._title,
      documentTitle: form._title,
      ...(form._description ? { description: form._description } : {}),
    },
    revisionId: '00000001',
    responderUri: form.getPublishedUrl(),
    publishSettings: { publishState: { isPublished: form._published, isAcceptingResponses: form._accepting } },
  };
}

export function formsRest(forms: FormStore, drive: DriveStore, identity: Identity): FetchRoute {
  return (req: FetchRequest) => {
    if (!req.url.startsWith(BASE)) return undefined;
    const user = identity.userOfToken(
      (req.headers.Authorization ?? req.headers.authorization ?? '').replace(/^Bearer\s+/i, ''),
    );
    if (!user)
      return googleError(401, 'Request is missing required authentication credential. Expected OAuth 2 access token.');
    const url = new URL(req.url);
    const rest = decodeURIComponent(url.pathname.replace(/^\/v1\/forms\/?/, ''));
    const body = (): Record<string, unknown> =>
      req.payload ? (JSON.parse(req.payload) as Record<string, unknown>) : {};

    if (rest === '' && req.method === 'POST') {
      const meta = body();
      const extra = Object.keys(meta).filter((k) => k !== 'info');
      const info = (meta.info as Record<string, unknown> | undefined) ?? {};
      const extraInfo = Object.keys(info).filter((k) => k !== 'title' && k !== 'documentTitle');
      if (extra.length || extraInfo.length)
        return googleError(
          400,
          `Only info.title and info.documentTitle can be set when creating a form (got ${[...extra, ...extraInfo.map((k) => `info.${k}`)].join(', ')}).`,
        );
      if (typeof info.title !== 'string' || info.title === '') return googleError(400, 'info.title is required.');
      const unpublished = url.searchParams.get('unpublished');
      const form = forms.create(info.title, { published: unpublished === 'false', viaApi: true });
      return json(200, resource(form));
    }

    const [id, verb] = rest.split(':');
    const entry = drive.entries.get(id);
    const form = forms.forms.get(id);
    if (!entry || !form || entry.trashed || !entry.grants.has(user))
      return googleError(404, 'Requested entity was not found.');
    if (!verb && req.method === 'GET') return json(200, resource(form));
    if (verb === 'setPublishSettings' && req.method === 'POST') {
      const state = ((body().publishSettings as Record<string, unknown> | undefined)?.publishState ?? {}) as {
        isPublished?: unknown;
        isAcceptingResponses?: unknown;
      };
      if (typeof state.isPublished !== 'boolean')
        return googleError(400, 'publishSettings.publishState.isPublished is required.');
      form.setPublished(state.isPublished);
      if (state.isAcceptingResponses === false) form.setAcceptingResponses(false);
      return json(200, { formId: form._id, publishSettings: resource(form).publishSettings });
    }
    return googleError(400, `Stand-in: ${req.method} ${url.pathname} is not served`);
  };
}
