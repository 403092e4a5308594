// One normal form for everything a curator types: headers, form names, statuses, list items.
// Matching is case-insensitive and ignores extra spaces, «ё»/«е», dash variants and quotes.

export const DASHES = /[\u002D\u00AD\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
export const ODD_SPACES = /[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t\r\n]/g;
export const QUOTES = /[«»"“”„‟'`]/g;
/** Spaces next to these signs carry no meaning: «студент – студент» = «студент-студент». */
const SPACE_AROUND_SIGNS = / ?([-/,.;:()]) ?/g;

export function normalizeText(value: string): string {
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
  return value.replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}
