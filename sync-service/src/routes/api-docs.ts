// GET /api/v1/openapi.json (the OpenAPI 3.1 description of every described route) and GET /api/docs
// (a reference page rendered from it on the server: no script, nothing loaded from elsewhere).
import { Hono } from 'hono';
import * as z from 'zod';
import { API_DOCS_CSS, renderApiReference } from '../http/api-reference';
import { documented, operationsOf, type Operation } from '../http/openapi';
import { openApiDocument } from '../http/openapi-document';

export const OPENAPI_PATH = '/api/v1/openapi.json';
export const API_DOCS_PATH = '/api/docs';
const CSS_PATH = `${API_DOCS_PATH}/style.css`;

const DESCRIPTION = `HTTP API регионального сервиса «Наставник»: приём отчётов организаций, показатели региона, регистрация организаций, токены, настройки региона и синхронизация с таблицами Google.

Все ответы — JSON в UTF-8 (кроме файлов .csv/.xlsx и страниц панели). Ошибка — всегда \`{"error":{"code","message","issues"}}\`, сообщения по-русски; \`issues\` называет каждое поле с претензией. Тело запроса — не больше 1 МБ.`;

const TAG = 'Описание API';

const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: OPENAPI_PATH,
    tag: TAG,
    summary: 'Это описание API в формате OpenAPI 3.1',
    access: 'public',
    responses: { 200: { description: 'Документ OpenAPI 3.1', json: z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.record(z.string(), z.unknown()) }) } },
  },
  {
    method: 'get',
    path: API_DOCS_PATH,
    tag: TAG,
    summary: 'Справочник API: страница, построенная из описания OpenAPI',
    access: 'public',
    responses: { 200: { description: 'Страница HTML', media: { 'text/html': undefined } } },
  },
  {
    method: 'get',
    path: CSS_PATH,
    tag: TAG,
    summary: 'Оформление справочника API',
    access: 'public',
    responses: { 200: { description: 'CSS', media: { 'text/css': undefined } } },
  },
];

/** The description and reference of `routers` (and of these routes themselves). */
export function apiDocsRoutes(routers: readonly Hono[]): Hono {
  let cached: Record<string, unknown> | undefined;
  const document = () =>
    (cached ??= openApiDocument([...operationsOf(routers), ...OPERATIONS], { title: 'Наставник — API регионального сервиса', version: '1', description: DESCRIPTION }));
  const routes = new Hono()
    .get(OPENAPI_PATH, (c) => c.json(document()))
    .get(API_DOCS_PATH, (c) => c.html(renderApiReference(document(), { openApiUrl: OPENAPI_PATH, cssUrl: CSS_PATH })))
    .get(CSS_PATH, (c) => {
      c.header('Content-Type', 'text/css; charset=utf-8');
      c.header('Cache-Control', 'public, max-age=3600');
      return c.body(API_DOCS_CSS);
    });
  return documented(routes, OPERATIONS);
}
