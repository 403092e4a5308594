// A1 notation as the Sheets API accepts it: `Sheet`, `'It''s'!A1:C`, `A:C`, `2:5`, `B3`.
// Indexes are 0-based; an end is exclusive and `undefined` means "to the edge of the grid".

export interface A1Range {
  sheetTitle?: string;
  startRow: number;
  startCol: number;
  endRow?: number;
  endCol?: number;
}

export class A1Error extends Error {}

export function parseA1(text: string): A1Range {
  const { sheetTitle, cells } = splitSheet(text.trim());
  if (cells === undefined) return { sheetTitle, startRow: 0, startCol: 0 };
  const [from, to = from] = cells.split(':');
  const a = parseCell(from, text);
  const b = parseCell(to, text);
  return {
    sheetTitle,
    startRow: a.row ?? 0,
    startCol: a.col ?? 0,
    endRow: b.row === undefined ? undefined : b.row + 1,
    endCol: b.col === undefined ? undefined : b.col + 1,
  };
}

export function formatA1(
  title: string,
  r: { startRow: number; startCol: number; endRow: number; endCol: number },
): string {
  const sheet = `'${title.replace(/'/g, "''")}'`;
  return `${sheet}!${columnName(r.startCol)}${r.startRow + 1}:${columnName(r.endCol - 1)}${r.endRow}`;
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function splitSheet(text: string): { sheetTitle?: string; cells?: string } {
  if (text.startsWith("'")) {
    let i = 1;
    let title = '';
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") {
        title += "'";
        i += 2;
      } else if (text[i] === "'") break;
      else title += text[i++];
    }
    if (i >= text.length) throw new A1Error(`Unable to parse range: ${text}`);
    const rest = text.slice(i + 1);
    if (rest === '') return { sheetTitle: title };
    if (!rest.startsWith('!')) throw new A1Error(`Unable to parse range: ${text}`);
    return { sheetTitle: title, cells: rest.slice(1) };
  }
  const bang = text.lastIndexOf('!');
  if (bang >= 0) return { sheetTitle: text.slice(0, bang), cells: text.slice(bang + 1) };
  // Without `!` the text is either cells (`A1:B2`) or a bare sheet title.
  return /^[A-Za-z]*\d*(:[A-Za-z]*\d*)?$/.test(text) && text !== '' ? { cells: text } : { sheetTitle: text };
}

function parseCell(cell: string, whole: string): { row?: number; col?: number } {
  const m = /^([A-Za-z]*)(\d*)$/.exec(cell);
  if (!m || (m[1] === '' && m[2] === '')) throw new A1Error(`Unable to parse range: ${whole}`);
  const col =
    m[1] === '' ? undefined : [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = m[2] === '' ? undefined : Number(m[2]) - 1;
  if (row !== undefined && row < 0) throw new A1Error(`Unable to parse range: ${whole}`);
  return { row, col };
}
