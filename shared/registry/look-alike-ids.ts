// IDs typed in the other alphabet: when the IDs of a sheet are written in Cyrillic (`Н001`), an
// `H016` with a Latin «H» looks the same but is another ID, and the other way round.
import { latinLetters } from '../catalogue';
import { columnLetter, type Table, type TableProblem } from '../tables';

const LATIN = /[a-z]/i;
const CYRILLIC = /[а-яё]/i;

/** Notes for IDs whose letters are all of the sheet's minority alphabet while they could pass for the other one. */
export function otherAlphabetIds<K extends string>(
  table: Table<K>,
  key: K,
  ids: readonly { row: number; id: string }[],
): TableProblem[] {
  let latin = 0;
  let cyrillic = 0;
  for (const { id } of ids) {
    if (LATIN.test(id) && !CYRILLIC.test(id)) latin++;
    if (CYRILLIC.test(id) && !LATIN.test(id)) cyrillic++;
  }
  if (latin === 0 || cyrillic === 0 || latin === cyrillic) return [];
  const minorityIsLatin = latin < cyrillic;
  const index = table.columns[key];
  const notes: TableProblem[] = [];
  for (const { row, id } of ids) {
    const letters = id.match(/\p{L}/gu) ?? [];
    const lookAlikes = latinLetters(id);
    const isMinority = minorityIsLatin ? LATIN.test(id) && !CYRILLIC.test(id) : CYRILLIC.test(id) && !LATIN.test(id);
    if (!isMinority) continue;
    // Cyrillic letters that pass for Latin ones are the same set in reverse.
    const passes = minorityIsLatin
      ? lookAlikes.length > 0 && letters.every((letter) => latinLetters(letter).length > 0)
      : letters.every((letter) => /[авсенкмортхуАВСЕНКМОРТХУ]/.test(letter));
    if (!passes) continue;
    const other = minorityIsLatin ? 'латинскими' : 'русскими';
    const usual = minorityIsLatin ? 'русскими' : 'латинскими';
    notes.push({
      code: 'look-alike',
      sheet: table.sheet,
      row,
      column: index === undefined ? '' : columnLetter(index),
      header: index === undefined ? '' : table.headers[index],
      value: id,
      message: `проверьте: буквы ID набраны ${other} буквами, а в других ID — ${usual}; на вид они одинаковы, но это разные ID`,
    });
  }
  return notes;
}
