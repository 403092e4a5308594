// A fast reader of the plain CSV most files are: fields unquoted or fully quoted ("" inside), lines
// ending all in LF or all in CRLF. It gives exactly what csv-parse gives with the options of
// csv-input.ts (relax_quotes, relax_column_count, empty lines kept as one empty field) and
// returns undefined for anything else — a quote inside a field, text after a closing quote,
// an unclosed quote, mixed or bare-CR line ends — which csv-parse then reads (or refuses).

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** The records of `text`, or undefined when only csv-parse can say what they are. */
export function plainCsvRecords(text: string, delimiter: string): string[][] | undefined {
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  const records: string[][] = [];
  /** 0 until the first line end outside quotes is seen; then 1 for LF, 2 for CRLF. */
  let lineEnd = 0;
  let record: string[] = [];
  let position = 0;
  // Each turn reads one field starting at `position`, then what follows it.
  for (;;) {
    let field: string;
    let at = position;
    if (at < length && text.charCodeAt(at) === QUOTE) {
      let value = '';
      let from = at + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) return undefined;
        if (close + 1 < length && text.charCodeAt(close + 1) === QUOTE) {
          value += text.slice(from, close + 1);
          from = close + 2;
          continue;
        }
        value += text.slice(from, close);
        at = close + 1;
        break;
      }
      field = value;
    } else {
      while (at < length) {
        const code = text.charCodeAt(at);
        if (code === separator || code === LF || code === CR) break;
        if (code === QUOTE) return undefined;
        at++;
      }
      field = text.slice(position, at);
    }
    record.push(field);
    if (at >= length) {
      records.push(record);
      return records;
    }
    const code = text.charCodeAt(at);
    if (code === separator) {
      position = at + 1;
      continue;
    }
    if (code === LF) {
      if (lineEnd === 0) lineEnd = 1;
      else if (lineEnd !== 1) return undefined;
      position = at + 1;
    } else if (code === CR) {
      if (at + 1 >= length || text.charCodeAt(at + 1) !== LF) return undefined;
      if (lineEnd === 0) lineEnd = 2;
      else if (lineEnd !== 2) return undefined;
      position = at + 2;
    } else {
      return undefined;
    }
    records.push(record);
    record = [];
    if (position >= length) return records;
  }
}
