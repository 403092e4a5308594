// What a failed google.script.run call says to the curator. When several Google accounts are signed
// in, Apps Script serves the page under one account and runs the call under another, and every call
// fails before reaching the add-on with «ScriptError: We're sorry, a server error occurred while
// reading from storage. Error code PERMISSION_DENIED.» or «ScriptError: Authorization is required
// to perform that action.» Google's advice is to sign out of the other accounts or use an
// incognito window: https://developers.google.com/apps-script/guides/projects#fix_issues_with_multiple_google_accounts
const SEVERAL_ACCOUNTS =
  /error occurred while reading from storage|Error code PERMISSION_DENIED|Authorization is required to perform that action/i;

export const SEVERAL_ACCOUNTS_MESSAGE =
  'Похоже, в браузере открыто несколько аккаунтов Google, и Google не смог выполнить действие надстройки. Выйдите из других аккаунтов Google (оставьте тот, под которым открыта таблица) или откройте таблицу в окне инкогнито, войдя только в этот аккаунт, и повторите.';

/** The failure as an Error whose message the curator can act on. */
export function scriptError(error: unknown): Error {
  const message =
    error instanceof Error
      ? error.message
      : typeof error === 'object' && error !== null && 'message' in error
        ? String(error.message)
        : String(error ?? '');
  if (SEVERAL_ACCOUNTS.test(message)) return new Error(`${SEVERAL_ACCOUNTS_MESSAGE}\n(Ответ Google: ${message})`);
  if (error instanceof Error) return error;
  return new Error(message || 'Неизвестная ошибка');
}
