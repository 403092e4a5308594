// The same text rules on both stores: PostgreSQL refuses NUL in TEXT, SQLite stores it; neither
// belongs in a name or an id. Control characters are refused at the edge with the field's path.
import { issuePath } from '../../../shared/report/issues';
import type { MiddlewareHandler } from 'hono';
import { invalidBody } from './errors';

// C0 controls, DEL and C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const describe = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The path of the first string (value or key) holding a control character, and the character. */
export function firstControlCharacter(value: unknown): { path: string; char: string } | null {
  // Iterative: a deeply nested body must not overflow the stack.
  const stack: Array<{ node: unknown; path: PropertyKey[] }> = [{ node: value, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (typeof node === 'string') {
      const m = CONTROL.exec(node);
      if (m) return { path: issuePath(path), char: m[0] };
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], path: [...path, i] });
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        const m = CONTROL.exec(key);
        if (m) return { path: issuePath([...path, key]), char: m[0] };
        stack.push({ node: child, path: [...path, key] });
      }
    }
  }
  return null;
}

/** 400 when a JSON body holds a control character. */
export function refuseControlCharacters(body: unknown): void {
  const found = firstControlCharacter(body);
  if (found) {
    throw invalidBody([
      {
        path: found.path,
        message: `Недопустимый управляющий символ ${describe(found.char)} в поле «${found.path || 'тело запроса'}»`,
      },
    ]);
  }
}

/** 400 when the address (path or query) holds a control character, e.g. `%00` in an id. */
export const controlCharactersInAddress: MiddlewareHandler = async (c, next) => {
  const url = new URL(c.req.url);
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    throw invalidBody([{ path: '', message: 'Адрес запроса содержит неверную %-последовательность' }]);
  }
  const inPath = CONTROL.exec(path);
  if (inPath)
    throw invalidBody([
      { path: '', message: `Недопустимый управляющий символ ${describe(inPath[0])} в адресе запроса` },
    ]);
  for (const [name, value] of url.searchParams) {
    const m = CONTROL.exec(name + value);
    if (m)
      throw invalidBody([
        { path: name, message: `Недопустимый управляющий символ ${describe(m[0])} в параметре «${name}»` },
      ]);
  }
  await next();
};
