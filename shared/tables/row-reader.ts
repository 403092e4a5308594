// Typed access to one row's cells by column key; every bad value becomes an addressed problem.
import { describeLatinLetters, mixedScriptWords, type Vocabulary } from '../catalogue';
import type { GradeRange } from '../registry/types';
import { cellDay } from '../core/day';
import { cellText, isEmptyCell, splitList } from './cell';
import { parseGrade, parseGradeRange, parseInteger, parseNumber } from './numbers';
import { columnLetter, type ProblemCode, type TableProblem } from './problem';
import type { Table, TableRow } from './read-table';

export interface NumberRule {
  min?: number;
  max?: number;
}

export class RowReader<K extends string> {
  constructor(
    private readonly table: Table<K>,
    readonly row: TableRow,
    private readonly problems: TableProblem[],
  ) {}

  get rowNumber(): number {
    return this.row.rowNumber;
  }

  /** True when the column exists in the sheet. */
  has(key: K): boolean {
    return this.table.columns[key] !== undefined;
  }

  raw(key: K): unknown {
    const index = this.table.columns[key];
    return index === undefined ? undefined : this.row.cells[index];
  }

  isEmpty(key: K): boolean {
    return isEmptyCell(this.raw(key));
  }

  text(key: K): string {
    return cellText(this.raw(key));
  }

  /** Text that must be filled in; reports an empty cell. */
  requiredText(key: K, what: string): string {
    const text = this.text(key);
    if (!text && this.has(key)) this.report(key, 'required', `не заполнено: укажите ${what}`);
    return text;
  }

  list(key: K): string[] {
    return splitList(this.raw(key));
  }

  /** A whole number within the rule, undefined when empty or bad (then a problem is reported). */
  integer(key: K, rule: NumberRule = {}): number | undefined {
    if (this.isEmpty(key)) return undefined;
    const value = parseInteger(this.raw(key));
    if (value === undefined) {
      this.report(key, 'not-integer', `нужно целое число${describeRule(rule)}`);
      return undefined;
    }
    return this.withinRule(key, value, rule);
  }

  number(key: K, rule: NumberRule = {}): number | undefined {
    if (this.isEmpty(key)) return undefined;
    const value = parseNumber(this.raw(key));
    if (value === undefined) {
      this.report(key, 'not-number', `нужно число${describeRule(rule)}`);
      return undefined;
    }
    return this.withinRule(key, value, rule);
  }

  grade(key: K): number | undefined {
    if (this.isEmpty(key)) return undefined;
    const grade = parseGrade(this.raw(key));
    if (grade === undefined)
      this.report(key, 'bad-grade', 'нужен номер класса или курса от 1 до 11, например 9Б или 2 курс');
    return grade;
  }

  gradeRange(key: K): GradeRange | undefined {
    if (this.isEmpty(key)) return undefined;
    const raw = this.raw(key);
    if (raw instanceof Date) {
      // Excel and Google Sheets read «7-9» typed into a General cell as 7 September.
      const day = cellDay(raw);
      const typed = `${day.getUTCDate()}-${day.getUTCMonth() + 1}`;
      this.report(
        key,
        'bad-grade-range',
        `Excel превратил «${typed}» в дату: задайте столбцу формат «Текстовый» и введите «${typed}» заново`,
      );
      return undefined;
    }
    const range = parseGradeRange(this.raw(key));
    if (range === undefined)
      this.report(key, 'bad-grade-range', 'нужен диапазон классов или курсов, например 5-7 или 8');
    return range;
  }

  /** One value of a vocabulary (aliases understood); `what` names the list in the message. */
  term<T extends string>(key: K, vocabulary: Vocabulary<T>, what: string): T | undefined {
    const raw = this.raw(key);
    if (isEmptyCell(raw)) return undefined;
    return this.resolveTerm(key, cellText(raw), vocabulary, what);
  }

  /** Several values of a vocabulary from a list cell; `separators` splits items (default `;` `,` line breaks). */
  terms<T extends string>(key: K, vocabulary: Vocabulary<T>, what: string, separators?: RegExp): T[] {
    const items = separators ? cellText(this.raw(key)).split(separators).filter(Boolean) : this.list(key);
    const values: T[] = [];
    for (const item of items) {
      const value = this.resolveTerm(key, item, vocabulary, what);
      if (value !== undefined && !values.includes(value)) values.push(value);
    }
    return values;
  }

  /** Reports a problem in this row's cell of `key` (the whole cell's text is the value unless given). */
  report(key: K, code: ProblemCode, message: string, value?: string): void {
    this.problems.push(this.problemAt(key, code, message, value));
  }

  private problemAt(key: K, code: ProblemCode, message: string, value?: string): TableProblem {
    const index = this.table.columns[key];
    const header =
      index === undefined
        ? (this.table.spec.columns.find((column) => column.key === key)?.header ?? '')
        : this.table.headers[index];
    return {
      code,
      sheet: this.table.sheet,
      row: this.row.rowNumber,
      column: index === undefined ? '' : columnLetter(index),
      header,
      value: value ?? this.text(key),
      message,
    };
  }

  /**
   * A note on this row's cell that does not leave the row out: a value corrected, or something to
   * check (Latin look-alike letters in an ID or a name). Kept in the table's `notes`.
   */
  note(key: K, code: ProblemCode, message: string, value?: string): void {
    const notes = (this.table.notes ??= []);
    notes.push(this.problemAt(key, code, message, value));
  }

  /** Names Latin look-alike letters inside Cyrillic words (`Иванoв`): a warning, the text is kept. */
  checkLookAlikes(key: K): void {
    const text = this.text(key);
    if (mixedScriptWords(text).length > 0) {
      this.note(
        key,
        'look-alike',
        `проверьте: ${describeLatinLetters(text)} — буквы выглядят одинаково, но для поиска это разные слова`,
      );
    }
  }

  private resolveTerm<T extends string>(key: K, item: string, vocabulary: Vocabulary<T>, what: string): T | undefined {
    const match = vocabulary.match(item);
    if (match === undefined) {
      const closest = vocabulary.closest(item);
      const hint = closest === undefined ? '' : `: возможно, «${closest}»`;
      this.report(
        key,
        'unknown-value',
        `неизвестное значение (${what})${hint}; допустимо: ${vocabulary.labels.join(', ')}`,
        item,
      );
      return undefined;
    }
    if (match.correction)
      this.note(
        key,
        'corrected',
        `исправлено: ${match.correction} (принято как «${vocabulary.labelOf(match.value)}»)`,
        item,
      );
    return match.value;
  }

  private withinRule(key: K, value: number, rule: NumberRule): number | undefined {
    if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) {
      this.report(key, 'out-of-range', `нужно число${describeRule(rule)}`);
      return undefined;
    }
    return value;
  }
}

function describeRule(rule: NumberRule): string {
  if (rule.min !== undefined && rule.max !== undefined) return ` от ${rule.min} до ${rule.max}`;
  if (rule.min !== undefined) return ` не меньше ${rule.min}`;
  if (rule.max !== undefined) return ` не больше ${rule.max}`;
  return '';
}
