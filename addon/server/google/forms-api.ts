// Google Forms API v1 over REST with the add-on's token. A form made here is created by the app,
// so the narrow `drive.file` scope reaches it through Drive REST (to move it into the documents
// folder); FormApp.create makes forms Drive REST cannot see under drive.file.
// forms.create accepts drive, drive.file or forms.body, and copies only info.title and
// info.documentTitle (https://developers.google.com/workspace/forms/api/reference/rest/v1/forms/create).
// Forms created by the API after 30 June 2026 start unpublished unless asked
// (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms), so the
// request says `unpublished=false` and the caller still checks Form.isPublished().
import { googleApiOk } from './rest';

export const FORMS_API = 'https://forms.googleapis.com/v1/forms';

export interface ApiForm {
  formId: string;
  title: string;
  /** The link respondents open. */
  responderUri: string;
}

/** A new, empty, published form titled `title` in «Мой диск» of the user running the add-on. */
export function createFormViaApi(title: string): ApiForm {
  const body = googleApiOk(`Создать Google Форму «${title}»`, 'post', `${FORMS_API}?unpublished=false`, {
    info: { title, documentTitle: title },
  });
  const info = (body.info as { title?: string } | undefined) ?? {};
  return { formId: String(body.formId), title: info.title ?? title, responderUri: String(body.responderUri ?? '') };
}
