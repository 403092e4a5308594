// GET /api/v1/openapi.json (the OpenAPI 3.1 description of every route, openapi/operations) and
// GET /api/docs (a reference page rendered from it on the server: no script, nothing from elsewhere).
import { Hono } from 'hono';
import { openApiDocument } from '../openapi/document';
import { API_OPERATIONS } from '../openapi/operations';
import { API_DOCS_CSS_PATH, API_DOCS_PATH, OPENAPI_PATH } from '../openapi/operations/api-docs';
import { API_DOCS_CSS, renderApiReference } from '../openapi/reference-page';

const DESCRIPTION = `HTTP API регионального сервиса «Наставник»: приём отчётов организаций, показатели региона, регистрация организаций, токены, настройки региона и синхронизация с таблицами Google.

Все ответы — JSON в UTF-8 (кроме файлов .csv/.xlsx и страниц панели). Ошибка — всегда \`{"error":{"code","message","issues"}}\`, сообщения по-русски; \`issues\` называет каждое поле с претензией. Тело запроса — не больше 1 МБ.`;

export function apiDocsRoutes(): Hono {
  let cached: Record<string, unknown> | undefined;
  const document = () =>
    (cached ??= openApiDocument(API_OPERATIONS, {
      title: 'Наставник — API регионального сервиса',
      version: '1',
      description: DESCRIPTION,
    }));
  return new Hono()
    .get(OPENAPI_PATH, (c) => c.json(document()))
    .get(API_DOCS_PATH, (c) =>
      c.html(renderApiReference(document(), { openApiUrl: OPENAPI_PATH, cssUrl: API_DOCS_CSS_PATH })),
    )
    .get(API_DOCS_CSS_PATH, (c) => {
      c.header('Content-Type', 'text/css; charset=utf-8');
      c.header('Cache-Control', 'public, max-age=3600');
      return c.body(API_DOCS_CSS);
    });
}
