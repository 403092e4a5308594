// One normal form for everything a curator types: headers, form names, statuses, list items.
// Matching is case-insensitive and ignores extra spaces, «ё»/«е», dash variants and quotes.

export const DASHES = /[\u002D\u00AD\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
export const ODD_SPACES = /[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t\r\n]/g;
export const QUOTES = /[«»"“”„‟'`]/g;
/** Spaces next to these signs carry no meaning: «студент – студент» = «студент-студент». */
const SPACE_AROUND_SIGNS = / ?([-/,.;:()]) ?/g;

/** Normal forms already computed: IDs, names and list items are normalised again and again. */
const normalForms = new Map<string, string>();
const NORMAL_FORMS_KEPT = 100_000;

export function normalizeText(value: string): string {
  let normal = normalForms.get(value);
  if (normal === undefined) {
    normal = normalForm(value);
    if (normalForms.size >= NORMAL_FORMS_KEPT) normalForms.clear();
    normalForms.set(value, normal);
  }
  return normal;
}

/**
 * Anything the steps of normalForm would change besides the case: odd spaces, dashes other than «-», a space
 * next to «-», quotes, ё, signs that swallow spaces, a run of spaces, white space at an end.
 */
const NEEDS_STEPS =
  /[\u00AD\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t\r\n«»"“”„‟'`ёЁ/,.;:()]| [ -]|- |^\s|\s$/;

function normalForm(value: string): string {
  // Most IDs, names and list items need only the lower case.
  if (!NEEDS_STEPS.test(value)) return value.toLowerCase();
  return value
    .replace(ODD_SPACES, ' ')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(DASHES, '-')
    .replace(QUOTES, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(SPACE_AROUND_SIGNS, '$1')
    .replace(/\.+$/, '');
}

/** Trims and collapses runs of spaces for display, keeping the case and the spelling. */
export function tidyText(value: string): string {
  return UNTIDY.test(value) ? value.replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim() : value;
}

/** Anything tidyText changes: odd spaces, a run of spaces, a space or any other white space at an end. */
const UNTIDY = /[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t\r\n]| {2}|^\s|\s$/;
