// A practice's id in the region: `<school id>-<what it came from>`, in the letters the service
// accepts (Latin, digits, «-», «_»; 3–80). The same programme always gets the same id, so packing
// it again sends a new revision of the same card instead of a second card.
import { PRACTICE_ID_PATTERN } from './card';

const LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Latin letters, digits and single «-» for any text: «П-Н001-УУ» → «P-N001-UU». */
export function latinSlug(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = LATIN[lower];
    if (latin !== undefined) out += ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    else if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else out += '-';
  }
  return out.replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/** `<schoolId>-<kind>-<slug of the source id>`, cut to 80 characters; '' when no valid id can be made. */
export function practiceIdFor(schoolId: string, kind: 'pair' | 'mentor', sourceId: string): string {
  const id = `${latinSlug(schoolId)}-${kind === 'pair' ? 'p' : 'm'}-${latinSlug(sourceId)}`
    .slice(0, 80)
    .replace(/-+$/, '');
  return PRACTICE_ID_PATTERN.test(id) ? id : '';
}
