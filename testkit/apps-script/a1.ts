// A1 notation for the stand-in: "B2", "A1:C10", "A:C" (whole columns), "2:5" (whole rows).

export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(r: GridRange): string {
  const start = `${columnLetter(r.column)}${r.row}`;
  if (r.numRows === 1 && r.numColumns === 1) return start;
  return `${start}:${columnLetter(r.column + r.numColumns - 1)}${r.row + r.numRows - 1}`;
}

/** Parses A1 notation against a sheet of `maxRows` × `maxColumns`. */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridRange {
  const ref = a1.includes('!') ? a1.slice(a1.lastIndexOf('!') + 1) : a1;
  const [from, to = from] = ref.replace(/\$/g, '').split(':');
  const part = (p: string) => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new Error(`Range not found: ${a1}`);
    return { col: m[1] ? columnNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
  };
  const a = part(from);
  const b = part(to);
  const row = a.row ?? 1;
  const column = a.col ?? 1;
  const lastRow = b.row ?? maxRows;
  const lastColumn = b.col ?? maxColumns;
  return { row, column, numRows: lastRow - row + 1, numColumns: lastColumn - column + 1 };
}
