// The OpenAPI 3.1 document built from the described routes: JSON Schema 2020-12 straight from zod.
import * as z from 'zod';
import { SESSION_COOKIE } from '../auth/principal';
import type { Operation, ResponseSpec } from './operation';

export const errorBodySchema = z
  .strictObject({
    error: z.strictObject({
      code: z.string().meta({
        description:
          'invalid_body, unauthorized, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, internal_error',
      }),
      message: z.string().meta({ description: 'Что случилось и что делать, по-русски' }),
      issues: z
        .array(
          z.strictObject({
            path: z.string().meta({
              description: 'Поле через точку, элементы списков по номеру с нуля; пустая строка — тело целиком',
            }),
            message: z.string(),
          }),
        )
        .meta({ description: 'Претензии к полям (пусто, если их нет)' }),
    }),
  })
  .meta({ description: 'Ошибка' });

const ROLE_NAMES = {
  admin: 'администратор',
  viewer: 'наблюдатель',
  methodologist: 'методист',
  school: 'организация (токен школы)',
} as const;

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
  return rest;
}

function response(spec: ResponseSpec): JsonSchema {
  const content: Record<string, { schema: JsonSchema }> = {};
  if (spec.json) content['application/json'] = { schema: jsonSchema(spec.json, 'output') };
  for (const [media, schema] of Object.entries(spec.media ?? {}))
    content[media] = { schema: schema ? jsonSchema(schema, 'output') : { type: 'string' } };
  const out: JsonSchema = { description: spec.description };
  if (Object.keys(content).length) out.content = content;
  if (spec.headers)
    out.headers = Object.fromEntries(
      Object.entries(spec.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }]),
    );
  return out;
}

const errorResponse = (description: string): ResponseSpec => ({ description, json: errorBodySchema });

/** The answers every operation of its kind may give, unless it describes them itself (429 and 503 come
 *  from the auth throttle and the store's outage handling). */
function automaticErrors(op: Operation): Record<number, ResponseSpec> {
  const errors: Record<number, ResponseSpec> = {};
  if (op.body || op.query || op.params)
    errors[400] = errorResponse('Запрос не прошёл проверку: `issues` называет каждое поле');
  if (op.access !== 'public') {
    errors[401] = errorResponse('Нет токена, токен неизвестен или сессия истекла');
    errors[403] = errorResponse('Токен другой роли (или другой организации)');
    errors[429] = errorResponse(
      'Слишком много неудачных попыток входа с этого адреса: повторите позже (заголовок Retry-After)',
    );
  }
  if (op.body) {
    errors[413] = errorResponse('Тело запроса больше 1 МБ');
    errors[415] = errorResponse('Тело не того типа (Content-Type)');
  }
  errors[500] = errorResponse('Внутренняя ошибка сервиса; подробности — в журнале сервиса');
  errors[503] = errorResponse('Хранилище недоступно: повторите позже (заголовок Retry-After)');
  return errors;
}

function parameters(op: Operation): JsonSchema[] {
  const list: JsonSchema[] = [];
  const add = (where: 'path' | 'query', object: z.ZodObject | undefined) => {
    if (!object) return;
    const schema = jsonSchema(object, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const { description, ...rest } = property;
      list.push({
        name,
        in: where,
        required: where === 'path' || (schema.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  };
  add('path', op.params);
  add('query', op.query);
  return list;
}

function access(op: Operation): string {
  if (op.access === 'public') return 'Доступ: без токена.';
  const roles = op.access.map((r) => ROLE_NAMES[r]).join(', ');
  return `Доступ: ${roles}${op.cookie ? ' (также с cookie сессии панели)' : ''}.`;
}

function operationObject(op: Operation): JsonSchema {
  const out: JsonSchema = {
    operationId: `${op.method}${op.path.replace(/\{(\w+)\}/g, 'By-$1').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    tags: [op.tag],
    summary: op.summary,
    description: [op.description, access(op)].filter(Boolean).join('\n\n'),
    responses: Object.fromEntries(
      Object.entries({ ...automaticErrors(op), ...op.responses })
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([status, spec]) => [status, response(spec)]),
    ),
  };
  const params = parameters(op);
  if (params.length) out.parameters = params;
  if (op.body) {
    const [media, schema] =
      'media' in op.body && typeof op.body.media === 'string'
        ? [op.body.media, op.body.schema]
        : ['application/json', op.body as z.core.$ZodType];
    out.requestBody = { required: true, content: { [media]: { schema: jsonSchema(schema, 'input') } } };
  }
  if (op.access !== 'public') out.security = op.cookie ? [{ bearer: [] }, { session: [] }] : [{ bearer: [] }];
  return out;
}

export interface DocumentInfo {
  title: string;
  version: string;
  description: string;
}

export function openApiDocument(operations: readonly Operation[], info: DocumentInfo): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operationObject(op);
  const tags = [...new Set(operations.map((op) => op.tag))].map((name) => ({ name }));
  return {
    openapi: '3.1.1',
    info,
    tags,
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Токен администратора, наблюдателя, методиста или организации: «Authorization: Bearer <токен>»',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: 'Cookie сессии панели (после входа на POST /login); только для чтения',
        },
      },
    },
  };
}
