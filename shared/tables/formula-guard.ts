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

const PARSED_START = /^[\s=+\-@'.,\d]/;
const PARSED_WORD = /^(true|false|истина|ложь)$/i;

/**
 * Whether a spreadsheet may take this text for something else when it is typed into a cell of the
 * automatic format: a formula (= +), a number (007, 3,5, -5), a percentage, a date (02.09.2024,
 * 5-7), a boolean, or a leading apostrophe that would be swallowed. Conservative: any text that
 * starts with a digit, a sign, a space, = @ ' . or , counts.
 */
export function mayBeParsed(text: string): boolean {
  return PARSED_START.test(text) || PARSED_WORD.test(text);
}
