// Request bodies: at most 1 MB (also when streamed without Content-Length), JSON or a login form.
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError, invalidBody, payloadTooLarge, unsupportedMediaType } from './errors';
import { refuseControlCharacters } from './text-rules';

/** The client went away mid-upload: not a fault of the service, one info line in the journal. */
export const REQUEST_ABORTED = 'request_aborted';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Refuses a declared oversize body before anything else reads it. */
export const declaredSizeGuard: MiddlewareHandler = async (c, next) => {
  const length = c.req.header('content-length');
  if (length !== undefined && Number(length) > MAX_BODY_BYTES) throw payloadTooLarge();
  await next();
};

async function readLimited(c: Context): Promise<Uint8Array> {
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = (stream as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch {
      throw new ApiError(400, REQUEST_ABORTED, 'Передача тела запроса прервана клиентом');
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw payloadTooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidBody([{ path: '', message: 'Тело запроса не в кодировке UTF-8' }]);
  }
}

/** The parsed JSON body: 415 unless `application/json`, 413 over 1 MB, 400 when it is not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  if (mediaType(c) !== 'application/json') throw unsupportedMediaType('application/json');
  const text = decodeUtf8(await readLimited(c));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw invalidBody([{ path: '', message: `Тело запроса — не JSON: ${(error as Error).message}` }]);
  }
  refuseControlCharacters(body);
  return body;
}

/** Fields of an HTML form post (`application/x-www-form-urlencoded`). */
export async function readForm(c: Context): Promise<URLSearchParams> {
  if (mediaType(c) !== 'application/x-www-form-urlencoded')
    throw unsupportedMediaType('application/x-www-form-urlencoded');
  const form = new URLSearchParams(decodeUtf8(await readLimited(c)));
  refuseControlCharacters(Object.fromEntries(form));
  return form;
}

/** A raw uploaded file (at most 1 MB) of one of the given media types. */
export async function readUpload(c: Context, types: readonly string[]): Promise<Uint8Array> {
  if (!types.includes(mediaType(c))) throw unsupportedMediaType(types.join(' или '));
  return readLimited(c);
}
