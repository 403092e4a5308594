import { normalizeText } from '../catalogue';
import type { RowReader } from '../tables';

/** Remembers IDs by their normal form and reports a repeat in the row where it occurs again. */
export class UniqueIds {
  private readonly rows = new Map<string, number>();

  /** False (and a problem reported) when the ID was already seen in an earlier row. */
  claim<K extends string>(reader: RowReader<K>, key: K, id: string): boolean {
    const normal = normalizeText(id);
    const first = this.rows.get(normal);
    if (first !== undefined) {
      reader.report(
        key,
        'duplicate-id',
        `ID повторяется: такой же ID уже в строке ${first}; у каждого должен быть свой`,
      );
      return false;
    }
    this.rows.set(normal, reader.rowNumber);
    return true;
  }
}
