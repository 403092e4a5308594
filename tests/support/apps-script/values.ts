// How Google Sheets stores what a script writes: values typed through setValues are parsed like
// user input unless the cell's number format is plain text ('@').

export type CellValue = string | number | boolean | Date;

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Throws for values Apps Script refuses (objects, arrays, functions). */
export function checkWritable(v: unknown, a1: string): void {
  if (v === null || v === undefined) return;
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean' || isDate(v)) return;
  throw new Error(`Cannot write ${Object.prototype.toString.call(v)} to cell ${a1}: only strings, numbers, booleans and dates.`);
}

/** Stored form of a written value: integers typed as text become numbers, '=…'/'+…' become formulas. */
export function storeValue(v: unknown, numberFormat: string | undefined): CellValue {
  if (v === null || v === undefined) return '';
  if (isDate(v)) return new Date((v as Date).getTime());
  if (typeof v !== 'string' || numberFormat === '@') return v as CellValue;
  if (/^-?\d{1,15}$/.test(v.trim())) return Number(v.trim());
  // A leading '=' or '+' starts a formula; curator text like '+7 913 …' breaks as #ERROR!.
  if (/^[=+]/.test(v) && v.length > 1) return '#ERROR!';
  return v;
}

export function readValue(v: CellValue | undefined): CellValue {
  if (v === undefined) return '';
  return isDate(v) ? new Date(v.getTime()) : v;
}

export function displayValue(v: CellValue | undefined): string {
  if (v === undefined || v === '') return '';
  if (isDate(v)) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(v.getDate())}.${p(v.getMonth() + 1)}.${v.getFullYear()} ${p(v.getHours())}:${p(v.getMinutes())}:${p(v.getSeconds())}`;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
