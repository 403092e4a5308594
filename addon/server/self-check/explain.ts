// The cause of a failed capability check in Russian, and whom to ask. Google REST answers are
// classified by problemOf (rest.ts); Apps Script services throw messages in English.
import { GoogleApiError } from '../google/rest';

const ADMIN = 'администратора домена Google Workspace (в школе — того, кто управляет учётными записями Google)';

const BY_PROBLEM: Record<string, string> = {
  disabled: `API Google отключён в Cloud-проекте надстройки или запрещён в домене. Попросите ${ADMIN} разрешить надстройке «Наставник» Google Drive API, Google Forms API и Google Sheets API (консоль администратора → Безопасность → Доступ к API и данным); если надстройку публикует регион — сообщите ему, что API выключен в его Cloud-проекте.`,
  noAccess: `Google отказал в доступе (403). Если таблица в домене Google Workspace, попросите ${ADMIN} разрешить надстройке «Наставник» доступ к Google Диску и проверить, не запрещено ли делиться файлами с адресами вне домена.`,
  quota:
    'Google временно ограничил число запросов (квота). Повторите проверку через несколько минут; если повторяется каждый день — исчерпан дневной лимит создания файлов.',
  server: 'Сервис Google временно не отвечает. Повторите проверку через несколько минут.',
  notFound:
    'Google не нашёл только что созданный файл. Повторите проверку; если повторяется, сообщите разработчикам надстройки.',
};

export function explainFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof GoogleApiError) {
    const advice = BY_PROBLEM[error.problem];
    return advice ? `${advice} (Ответ Google: код ${error.status}.)` : message;
  }
  if (
    /Required permissions|You do not have permission|Authorization is required|not have permission to call/i.test(
      message,
    )
  ) {
    return `надстройке не выдано нужное разрешение (${message}). Запустите пункт меню ещё раз и подтвердите доступ; если окно разрешений не появляется, попросите ${ADMIN} разрешить надстройке «Наставник» этот доступ.`;
  }
  if (/has not been used in project|is disabled|accessNotConfigured/i.test(message)) return BY_PROBLEM.disabled;
  if (/too many|invoked too many times|quota|rate limit/i.test(message)) return `${BY_PROBLEM.quota} (${message})`;
  if (/not been whitelisted|allowlist/i.test(message)) {
    return `адрес не разрешён в манифесте надстройки (${message}). Надстройку нужно собрать с адресом сервиса: NASTAVNIK_SERVICE_URL=https://… npm run build.`;
  }
  return message;
}
