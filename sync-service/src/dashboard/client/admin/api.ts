// Calls to the service from the administration page, with the session cookie; errors carry the
// service's Russian message and the list of problems.

export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export async function api<T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof Blob || body instanceof ArrayBuffer) {
    payload = body;
    headers['content-type'] = contentType ?? 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiFailure('Нет связи с сервером.', 0);
  }
  if (res.status === 401) {
    location.assign('/'); // the session has ended: the dashboard shows the login page
    throw new ApiFailure('Сессия истекла: войдите заново.', 401);
  }
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (json as { error?: { message?: string; issues?: { path: string; message: string }[] } } | null)
      ?.error;
    throw new ApiFailure(error?.message ?? `Сервер ответил с кодом ${res.status}.`, res.status, error?.issues ?? []);
  }
  return json as T;
}

/** The Russian text of a failure, with the problems it lists. */
export function failureText(error: unknown): string {
  if (!(error instanceof ApiFailure)) return (error as Error).message;
  const issues = error.issues
    .filter((i) => i.message !== error.message)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  return [error.message, ...issues].join('\n');
}
