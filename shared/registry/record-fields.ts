// Small helpers shared by the registry readers.

/** `Удобные дни` may also be separated by spaces: `пн ср пт`. */
export const DAY_SEPARATORS = /[;,\s]+/;

export function optional(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** Leaves absent optional fields out, so records compare and serialise cleanly. */
export function dropUndefined<T extends object>(record: T): T {
  // A new object rather than `delete`, which would leave V8 a slow dictionary-mode object.
  const kept = {} as T;
  for (const key of Object.keys(record) as (keyof T)[]) {
    if (record[key] !== undefined) kept[key] = record[key];
  }
  return kept;
}
