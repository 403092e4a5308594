// Text a spreadsheet program would take for a formula when it opens a CSV file or a person types
// it: a leading = + - @ (and tab or carriage return, which Excel strips before looking) starts a
// formula. Such text is written with a leading apostrophe, which keeps it text.

const FORMULA_START = /^[=+\-@\t\r]/;

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text with an apostrophe in front when it would start a formula. */
export function guardFormulaText(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}
