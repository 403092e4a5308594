// One Forms response → the registry cells it fills. Closed answers are turned into the catalogue's
// spellings (`Понедельник, Среда` → `пн; ср`, `Да` → `да`); what cannot be recognised is kept as
// typed and reported, so nothing the respondent wrote is lost.
import {
  consentAnswers,
  forms,
  formName,
  meetingFormats,
  menteeCategories,
  mentorCategories,
  tidyText,
  weekdays,
  type Vocabulary,
} from '../catalogue';
import { cellText, parseNumber, splitList } from '../tables';
import type { CellValue } from '../tables';
import { registrySpec } from './mapping';
import type { Registry } from './questions';

export interface AnswerRow {
  /** 1-based row of the responses sheet. */
  row: number;
  fullName: string;
  /** Registry cells by column key. */
  values: Record<string, CellValue>;
  warnings: string[];
}

const NUMERIC = new Set(['age', 'experienceYears', 'capacity']);

function vocabularyFor(registry: Registry, key: string): Vocabulary<string> | null {
  switch (key) {
    case 'category':
      return registry === 'mentors' ? mentorCategories : menteeCategories;
    case 'format':
      return meetingFormats;
    case 'consent':
      return consentAnswers;
    case 'days':
      return weekdays;
    case 'forms':
    case 'form':
      return forms;
    default:
      return null;
  }
}

function labelOf(vocabulary: Vocabulary<string>, key: string, value: string): string {
  return key === 'forms' || key === 'form'
    ? formName(value as Parameters<typeof formName>[0])
    : vocabulary.labelOf(value);
}

export function readAnswer(
  registry: Registry,
  cells: readonly unknown[],
  headers: readonly string[],
  mapping: readonly (string | null)[],
  row: number,
): AnswerRow {
  const spec = registrySpec(registry);
  const texts = new Map<string, string[]>();
  const raw = new Map<string, unknown>();
  const from = new Map<string, string>();
  mapping.forEach((key, i) => {
    if (key === null) return;
    const text = cellText(cells[i]);
    if (!text) return;
    texts.set(key, [...(texts.get(key) ?? []), text]);
    if (!raw.has(key)) raw.set(key, cells[i]);
    if (!from.has(key)) from.set(key, headers[i]);
  });
  const values: Record<string, CellValue> = {};
  const warnings: string[] = [];
  for (const [key, parts] of texts) {
    const column = spec.columns.find((c) => c.key === key);
    if (!column) continue;
    const vocabulary = vocabularyFor(registry, key);
    const unknown = (value: string) =>
      warnings.push(
        `«${from.get(key)}»: «${value}» — нет такого варианта для столбца «${column.header}»; проверьте ячейку`,
      );
    if (column.list) {
      const items = parts.flatMap((p) => splitList(p));
      const out = items.map((item) => {
        if (!vocabulary) return item;
        const value = vocabulary.resolve(item);
        if (value === undefined) {
          unknown(item);
          return item;
        }
        return labelOf(vocabulary, key, value);
      });
      values[key] = [...new Set(out)].join('; ');
    } else if (key === 'fullName') {
      values[key] = tidyText(parts.join(' '));
    } else if (vocabulary) {
      const value = vocabulary.resolve(parts[0]);
      if (value === undefined) unknown(parts[0]);
      values[key] = value === undefined ? parts[0] : labelOf(vocabulary, key, value);
    } else if (NUMERIC.has(key)) {
      const number = parseNumber(typeof raw.get(key) === 'number' ? raw.get(key) : parts[0]);
      if (number === undefined) warnings.push(`«${from.get(key)}»: «${parts[0]}» — ожидалось число`);
      values[key] = number ?? parts[0];
    } else {
      values[key] = parts[0];
    }
  }
  return { row, fullName: typeof values.fullName === 'string' ? values.fullName : '', values, warnings };
}
