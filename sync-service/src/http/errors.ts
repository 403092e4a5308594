// API errors and their JSON shape: {"error":{"code","message","issues"}}; messages in Russian.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Issue } from '../../../shared/report';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
    /** Seconds, sent as Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** An answer lists at most this many issues (a huge invalid list must not become a huge answer). */
export const MAX_ISSUES = 100;

export function invalidBody(
  issues: Issue[],
  message = 'Запрос не прошёл проверку: исправьте перечисленные поля',
): ApiError {
  if (issues.length <= MAX_ISSUES) return new ApiError(400, 'invalid_body', message, issues);
  return new ApiError(
    400,
    'invalid_body',
    `${message} (показаны первые ${MAX_ISSUES} замечаний из ${issues.length})`,
    issues.slice(0, MAX_ISSUES),
  );
}
export const unauthorized = (message: string) => new ApiError(401, 'unauthorized', message);
export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);
export const notFound = (message: string) => new ApiError(404, 'not_found', message);
export const conflict = (message: string) => new ApiError(409, 'conflict', message);
export const payloadTooLarge = () => new ApiError(413, 'payload_too_large', 'Тело запроса больше 1 МБ');
export const tooManyRequests = (code: string, message: string, retryAfter: number) =>
  new ApiError(429, code, message, [], retryAfter);
export const unsupportedMediaType = (expected: string) =>
  new ApiError(415, 'unsupported_media_type', `Ожидается тело запроса с Content-Type: ${expected}`);

export function errorResponse(c: Context, error: ApiError): Response {
  if (error.status === 401) c.header('WWW-Authenticate', 'Bearer realm="nastavnik"');
  // The rest of an oversize body is never read: the connection cannot carry another request.
  if (error.status === 413) c.header('Connection', 'close');
  if (error.retryAfter !== undefined) c.header('Retry-After', String(Math.max(1, Math.ceil(error.retryAfter))));
  return c.json({ error: { code: error.code, message: error.message, issues: error.issues } }, error.status);
}
