// What crosses google.script.run: plain JSON-like values. Apps Script rejects Dates, functions and
// other objects (a result holding a Date reaches the page as null); Maps and Sets arrive empty.
// The stand-in is stricter: it throws and names the path, so tests catch the bug.

export function assertWireSafe(value: unknown, path = 'value'): void {
  if (value === null || value === undefined) return;
  const t = typeof value;
  if (t === 'string' || t === 'boolean') return;
  if (t === 'number') {
    if (!Number.isFinite(value))
      throw new Error(`google.script.run: ${path} is ${String(value)}, which JSON turns into null.`);
    return;
  }
  if (t === 'function' || t === 'symbol' || t === 'bigint')
    throw new Error(`google.script.run: ${path} is a ${t}, which cannot cross.`);
  const tag = Object.prototype.toString.call(value);
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertWireSafe(v, `${path}[${i}]`));
    return;
  }
  if (tag !== '[object Object]')
    throw new Error(
      `google.script.run: ${path} is ${tag}; send plain objects, arrays, strings, numbers and booleans only.`,
    );
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null)
    throw new Error(`google.script.run: ${path} is a class instance; send plain objects.`);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) assertWireSafe(v, `${path}.${k}`);
}

/** JSON round trip after the check, as the page would receive it. */
export function acrossWire<T>(value: T, path = 'value'): T {
  assertWireSafe(value, path);
  return value === undefined ? (undefined as T) : (JSON.parse(JSON.stringify(value)) as T);
}
