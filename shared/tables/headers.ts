// Finding columns by header text: case, extra spaces, «ё»/«е» and dashes do not matter.
import { normalizeText } from '../catalogue';
import type { SheetSpec } from '../workspace/sheet-spec';
import { cellText } from './cell';
import { columnLetter, type TableProblem } from './problem';

export function normalizeHeader(value: unknown): string {
  return normalizeText(cellText(value));
}

export interface HeaderMatch<K extends string> {
  /** 0-based grid column of each column found. */
  columns: Partial<Record<K, number>>;
  /** The header row as text. */
  headers: string[];
  problems: TableProblem[];
}

export function matchHeaders<K extends string>(
  headerRow: readonly unknown[],
  spec: SheetSpec<K>,
  sheet: string,
): HeaderMatch<K> {
  const keyByHeader = new Map<string, K>();
  for (const column of spec.columns) {
    for (const header of [column.header, ...(column.aliases ?? [])])
      keyByHeader.set(normalizeHeader(header), column.key);
  }
  const headers = headerRow.map(cellText);
  const columns: Partial<Record<K, number>> = {};
  const problems: TableProblem[] = [];
  headerRow.forEach((cell, index) => {
    const key = keyByHeader.get(normalizeHeader(cell));
    if (key === undefined) return;
    const first = columns[key];
    if (first === undefined) {
      columns[key] = index;
      return;
    }
    problems.push({
      code: 'duplicate-column',
      sheet,
      row: 1,
      column: columnLetter(index),
      header: headers[index],
      value: '',
      message: `столбец повторяется (уже есть в столбце ${columnLetter(first)}); оставьте один`,
    });
  });
  for (const column of spec.columns) {
    if (column.required && columns[column.key] === undefined) {
      problems.push({
        code: 'missing-column',
        sheet,
        row: 1,
        column: '',
        header: column.header,
        value: '',
        message: 'нет обязательного столбца — добавьте его в строку заголовков',
      });
    }
  }
  return { columns, headers, problems };
}
