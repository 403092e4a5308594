// «Проверить работу надстройки»: in the curator's real spreadsheet, tries each capability the
// add-on needs — cheaply, trashing whatever it made — and says in Russian per line what works and,
// for what does not, the cause and what to ask the domain administrator.
import { pairSheet } from '../../../shared/workspace';
import { createDriveFile, driveUser, DRIVE_MIME, trashDriveFile } from '../google/drive';
import { apiFailure, googleApi, googleApiOk, reasonOf } from '../google/rest';
import { readState } from '../properties';
import { REMINDER_HANDLER } from '../meetings/digest';
import { serviceAddressProblem } from '../report/service-address';
import { activeSpreadsheet } from '../sheets/workbook';
import { alertCurator, runMenuAction } from '../ui';
import { explainFailure } from './explain';

export interface CheckLine {
  what: string;
  ok: boolean;
  /** What works, or the cause and what to do. */
  detail: string;
}

const TEMP_NAME = 'Наставник — проверка надстройки (можно удалить)';
const FORMS_API = 'https://forms.googleapis.com/v1/forms';
const DRIVE_FILES = 'https://www.googleapis.com/drive/v3/files';
/** Where report.ts keeps the region's service address and service account (document properties). */
const SERVICE_URL_KEY = 'report.serviceUrl';
const SERVICE_ACCOUNT_KEY = 'report.serviceAccount';
/**
 * Drive's refusals when the domain's sharing policy forbids the grant (reasons in Drive's error
 * body: https://developers.google.com/workspace/drive/api/guides/handle-errors).
 */
const SHARING_POLICY = [
  'shareOutNotPermitted',
  'shareOutNotPermittedToUser',
  'publishOutNotPermitted',
  'domainPolicy',
  'invalidSharingRequest',
  'shareOutNotPermittedForContent',
];

function attempt(what: string, run: () => string): CheckLine {
  try {
    return { what, ok: true, detail: run() };
  } catch (error) {
    return { what, ok: false, detail: explainFailure(error) };
  }
}

/** Trashes a file made by the check; when that fails, the line fails and names the file to remove. */
function cleanUp(id: string, name: string, done: string): string {
  try {
    trashDriveFile(id);
    return done;
  } catch (error) {
    throw new Error(
      `файл создан, но не удалён в корзину: ${explainFailure(error)} Удалите «${name}» с Google Диска вручную.`,
    );
  }
}

function checkDrive(): string {
  const file = createDriveFile(TEMP_NAME, DRIVE_MIME.folder);
  const who = driveUser().email;
  return `временная папка создана и ${cleanUp(file.id, file.name, 'удалена в корзину')}${who ? ` (учётная запись ${who})` : ''}.`;
}

/** Read access for the region's service account, tried on a temporary folder without notice. */
function checkSharing(account: string): string {
  const file = createDriveFile(TEMP_NAME, DRIVE_MIME.folder);
  const answer = googleApi(
    'post',
    `${DRIVE_FILES}/${encodeURIComponent(file.id)}/permissions?sendNotificationEmail=false`,
    { role: 'reader', type: 'user', emailAddress: account },
  );
  cleanUp(file.id, file.name, '');
  if (answer.status === 200)
    return `доступ на чтение для ${account} выдаётся (проверено на временной папке, она удалена в корзину).`;
  const reason = reasonOf(answer);
  if (SHARING_POLICY.includes(reason)) {
    throw new Error(
      `домен запрещает открывать файлы адресам вне него (Google: ${reason}), поэтому таблица отчёта не будет видна сервису региона. Попросите администратора домена Google Workspace разрешить доступ для ${account} (консоль администратора → Приложения → Google Workspace → Диск и Документы → Настройки общего доступа) или отправляйте отчёт в сервис региона по адресу и токену.`,
    );
  }
  throw apiFailure(`Открыть доступ для ${account}`, answer);
}

function checkDocs(): string {
  const file = createDriveFile(TEMP_NAME, DRIVE_MIME.document);
  try {
    DocumentApp.openById(file.id).getBody().appendParagraph('Проверка');
  } catch (error) {
    trashDriveFile(file.id);
    throw error;
  }
  return `документ создан, заполнен и ${cleanUp(file.id, file.name, 'удалён в корзину')}. Учтите: Google разрешает создавать около 250 документов в день на обычном аккаунте и около 1 500 в Google Workspace.`;
}

function checkForms(): string {
  const body = googleApiOk('Создать Google Форму', 'post', `${FORMS_API}?unpublished=true`, {
    info: { title: TEMP_NAME, documentTitle: TEMP_NAME },
  });
  return `форма создана через Google Forms API и ${cleanUp(String(body.formId), TEMP_NAME, 'удалена в корзину')}.`;
}

function checkTriggers(): string {
  const ss = activeSpreadsheet();
  const mine = ScriptApp.getUserTriggers(ss);
  if (mine.some((t) => t.getHandlerFunction() === REMINDER_HANDLER)) {
    return 'напоминание при открытии таблицы включено, его триггер на месте.';
  }
  const trigger = ScriptApp.newTrigger(REMINDER_HANDLER).forSpreadsheet(ss).onOpen().create();
  ScriptApp.deleteTrigger(trigger);
  return 'триггер открытия таблицы создан и удалён (нужен для напоминания о парах без встреч).';
}

function checkService(url: string): string {
  const health = `${url.replace(/\/+$/, '')}/healthz`;
  const refused = serviceAddressProblem(health);
  if (refused) throw new Error(refused);
  let status: number;
  try {
    status = UrlFetchApp.fetch(health, {
      method: 'get',
      muteHttpExceptions: true,
      followRedirects: false,
    }).getResponseCode();
  } catch (error) {
    throw new Error(
      `не удалось связаться с ${health}: ${error instanceof Error ? error.message : String(error)}. Проверьте адрес сервиса в «Отчёт в регион → Подключение»; если адрес верный, спросите регионального администратора, работает ли сервис.`,
    );
  }
  if (status !== 200)
    throw new Error(
      `${health} ответил кодом ${status}. Проверьте адрес сервиса; если он верный, сообщите региональному администратору — сервис не готов принимать отчёты.`,
    );
  return `сервис ${url} отвечает.`;
}

function checkAuthorization(): string {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  if (info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED) {
    throw new Error(
      'надстройке выданы не все разрешения (например, после обновления). Запустите любой пункт меню «Наставничество» и подтвердите доступ; если окно разрешений не появляется, администратор домена запретил надстройке часть доступа — попросите его разрешить «Наставник» в консоли администратора (Безопасность → Доступ к API и данным).',
    );
  }
  return 'все разрешения надстройки выданы.';
}

export function selfCheckLines(): CheckLine[] {
  const lines = [
    attempt('Разрешения', checkAuthorization),
    attempt('Google Диск (Drive API)', checkDrive),
    attempt('Google Документы', checkDocs),
    attempt('Google Формы (Forms API)', checkForms),
    attempt('Триггеры', checkTriggers),
  ];
  const account = readState<string>(SERVICE_ACCOUNT_KEY);
  if (account) lines.push(attempt('Доступ для сервисного аккаунта региона', () => checkSharing(account)));
  const serviceUrl = readState<string>(SERVICE_URL_KEY);
  lines.push(
    serviceUrl
      ? attempt('Сервис региона', () => checkService(serviceUrl))
      : {
          what: 'Сервис региона',
          ok: true,
          detail:
            'адрес не указан — отчёт передаётся таблицей отчёта или адрес укажут в «Отчёт в регион → Подключение».',
        },
  );
  if (!activeSpreadsheet().getSheetByName(pairSheet.name)) {
    lines.push({
      what: 'Рабочее пространство',
      ok: true,
      detail: 'листов надстройки ещё нет — начните с пункта «Создать или восстановить рабочее пространство».',
    });
  }
  return lines;
}

/** Menu: «Проверить работу надстройки». */
export function checkAddon(): void {
  runMenuAction('Проверка надстройки', () => {
    const lines = selfCheckLines();
    const failed = lines.filter((l) => !l.ok).length;
    const text = lines.map((l) => `${l.ok ? '✓' : '✗'} ${l.what}: ${l.detail}`).join('\n\n');
    alertCurator(
      failed ? `Проверка надстройки: не работает ${failed} из ${lines.length}` : 'Проверка надстройки: всё работает',
      text,
    );
  });
}
