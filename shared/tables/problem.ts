// A problem found in a table, addressed like a spreadsheet cell, with a Russian message.

export type ProblemCode =
  | 'empty-sheet'
  | 'no-rows'
  | 'missing-sheet'
  | 'missing-column'
  | 'duplicate-column'
  | 'required'
  | 'not-integer'
  | 'not-number'
  | 'out-of-range'
  | 'unknown-value'
  | 'bad-grade'
  | 'bad-grade-range'
  | 'bad-inn'
  | 'duplicate-id'
  | 'duplicate-parameter'
  | 'bad-date'
  | 'unknown-reference'
  | 'bad-file'
  // Notes: the row is kept.
  | 'corrected'
  | 'look-alike'
  | 'unknown-preference'
  | 'ambiguous-preference'
  | 'preference-not-honoured'
  // The consequence of a problem elsewhere: this row is left out too.
  | 'left-out';

export interface TableProblem {
  code: ProblemCode;
  /** Sheet name (for CSV input: the sheet it stands for and the file name). */
  sheet: string;
  /** 1-based sheet row; the header row is 1. */
  row: number;
  /** Column letter (`A`, `B`, … `AA`); empty when the problem is not in one column. */
  column: string;
  /** The header of that column (or of the missing column); empty when none. */
  header: string;
  /** The cell's text as the curator sees it; empty for an empty cell. */
  value: string;
  /** What is wrong and how to fix it, in Russian. */
  message: string;
}

/** `A` for index 0, `Z` for 25, `AA` for 26. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** One Russian line: `Лист «Наставники», строка 4, столбец O «Макс. наставляемых»: «два» — нужно целое число`. */
export function formatProblem(problem: TableProblem): string {
  const place = [`Лист «${problem.sheet}»`];
  if (problem.row > 0) place.push(`строка ${problem.row}`);
  if (problem.column) place.push(`столбец ${problem.column}${problem.header ? ` «${problem.header}»` : ''}`);
  else if (problem.header) place.push(`столбец «${problem.header}»`);
  const value = problem.value ? `«${problem.value}» — ` : '';
  return `${place.join(', ')}: ${value}${problem.message}`;
}

/** Problems in sheet order, then by row and column, for stable output. */
export function sortProblems(problems: readonly TableProblem[], sheetOrder: readonly string[] = []): TableProblem[] {
  const sheetRank = (sheet: string) => {
    const rank = sheetOrder.indexOf(sheet);
    return rank === -1 ? sheetOrder.length : rank;
  };
  const columnRank = (letters: string) => {
    let rank = 0;
    for (const letter of letters) rank = rank * 26 + (letter.charCodeAt(0) - 64);
    return rank;
  };
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        sheetRank(a.problem.sheet) - sheetRank(b.problem.sheet) ||
        a.problem.row - b.problem.row ||
        columnRank(a.problem.column) - columnRank(b.problem.column) ||
        a.index - b.index,
    )
    .map((entry) => entry.problem);
}
