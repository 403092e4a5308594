// CSV files as Excel and Google Sheets save them: UTF-8 with or without BOM, or Windows-1251;
// separated by «,», «;» or tab; CRLF or LF line ends.
import { plainCsvRecords } from './csv-records';
import { fileProblem } from './io';
import type { TableProblem } from '../shared/tables';

export type CsvRead = { grid: string[][]; problems: [] } | { grid: null; problems: TableProblem[] };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Text of a CSV file: strict UTF-8 first, Windows-1251 when the bytes are not valid UTF-8. */
export function decodeCsv(bytes: Uint8Array): string {
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1251').decode(body);
  }
}

/** The separator used most in the header line (outside quotes); `,` on a tie. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1a)) control++;
  }
  return control > sample.length / 100;
}

/** The file as a grid of strings, or the problems that stop it from being read. */
export async function readCsv(bytes: Uint8Array, sheet: string): Promise<CsvRead> {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      grid: null,
      problems: [fileProblem(sheet, 'файл в кодировке UTF-16; сохраните его как CSV в UTF-8 или Windows-1251')],
    };
  }
  if (looksBinary(bytes)) {
    return { grid: null, problems: [fileProblem(sheet, 'файл не похож на CSV-таблицу: в нём двоичные данные')] };
  }
  const text = decodeCsv(bytes);
  if (text.trim() === '')
    return {
      grid: null,
      problems: [fileProblem(sheet, 'файл пуст: в первой строке должны быть заголовки столбцов', 1)],
    };
  const delimiter = detectDelimiter(text);
  const plain = plainCsvRecords(text, delimiter);
  if (plain) return { grid: plain, problems: [] };
  // Quotes inside fields, mixed line ends and broken files: csv-parse, loaded only for them.
  const { parse } = await import('csv-parse/sync');
  try {
    const records: string[][] = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
    return { grid: records, problems: [] };
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return {
      grid: null,
      problems: [fileProblem(sheet, 'не удалось разобрать CSV: незакрытая кавычка или повреждённая строка', line)],
    };
  }
}
