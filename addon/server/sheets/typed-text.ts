// Text the product writes is stored as that text. Range.setValues takes a string as if the
// curator typed it (https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object))
// — «=IMPORTXML(…)» from a questionnaire would become a formula, «007» a 7, «02.09.2024» a date,
// «5-7» the 5th of July — unless the cell's format is plain text ('@'). Elsewhere such text gets a
// leading apostrophe, which makes Sheets keep the rest as text and is not part of the value.
import { mayBeParsed } from '../../../shared/tables';

export const PLAIN_TEXT_FORMAT = '@';

/** The block with an apostrophe before every string that the target cell would not keep as text. */
export function asTypedText(
  values: readonly (readonly unknown[])[],
  formats: readonly (readonly string[])[],
): unknown[][] {
  return values.map((row, r) =>
    row.map((value, c) =>
      typeof value === 'string' && value !== '' && formats[r]?.[c] !== PLAIN_TEXT_FORMAT && mayBeParsed(value)
        ? `'${value}`
        : value,
    ),
  );
}
