// Filling a template's placeholders. Values are text, lists of text, or lists of records:
// - `{{поле}}` takes a text; a list of text is joined with «, » in headings and paragraphs;
// - a table row or list item that names a list (`{{задачи}}`, `{{план.срок}}`) is repeated once per
//   element; an empty list leaves one row with blanks to fill by hand;
// - an empty value becomes a blank line «________________»;
// - an unknown placeholder is reported (in Russian) and left in the text for the curator to see.
import { normalizeText } from '../catalogue';
import type { Block, DocumentModel } from './model';

export type TemplateRecord = Readonly<Record<string, string>>;
export type TemplateValue = string | readonly string[] | readonly TemplateRecord[];
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

export const BLANK = '________________';

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

export interface FilledDocument {
  document: DocumentModel;
  /** Russian messages: unknown placeholders, lists where they cannot repeat, broken braces. */
  problems: string[];
}

/** The element a repeated row is filled with; null for an empty list. */
interface Scope {
  list: string;
  element: string | TemplateRecord | null;
}

export function fillTemplate(template: DocumentModel, values: TemplateValues): FilledDocument {
  const lookup = new Map<string, TemplateValue>();
  for (const [name, value] of Object.entries(values)) lookup.set(normalizeText(name), value);
  const problems = new Set<string>();
  const known = Object.keys(values)
    .map((name) => `{{${name}}}`)
    .join(', ');

  const resolve = (raw: string, scope?: Scope): string => {
    const shown = `{{${raw.trim()}}}`;
    const name = normalizeText(raw);
    const [base, field] = splitName(name);
    if (scope && base === scope.list) {
      const { element } = scope;
      if (element === null) return BLANK;
      if (typeof element === 'string') {
        if (!field) return element.trim() || BLANK;
        problems.add(`Поле «${shown}»: элементы списка «${base}» — текст без полей; пишите {{${base}}}`);
        return shown;
      }
      const value = field ? recordField(element, field) : undefined;
      if (value === undefined) {
        problems.add(
          `Поле «${shown}»: у элементов списка «${base}» есть поля ${Object.keys(element)
            .map((key) => `{{${base}.${key}}}`)
            .join(', ')}`,
        );
        return shown;
      }
      return value.trim() || BLANK;
    }
    const value = lookup.get(name);
    if (value === undefined && field && Array.isArray(lookup.get(base))) {
      problems.add(
        `Поле «${shown}» относится к элементу списка «${base}»: его можно использовать только в строке таблицы или пункте списка`,
      );
      return shown;
    }
    if (value === undefined) {
      problems.add(`Неизвестное поле «${shown}» в шаблоне; доступны: ${known}`);
      return shown;
    }
    if (typeof value === 'string') return value.trim() || BLANK;
    if (value.every((item) => typeof item === 'string')) {
      return value.filter((item) => item.trim()).join(', ') || BLANK;
    }
    problems.add(`Поле «${shown}» — список; его можно использовать только в строке таблицы или пункте списка`);
    return shown;
  };

  const fill = (text: string, scope?: Scope): string => {
    if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, '')))
      problems.add(`Незакрытые фигурные скобки в строке шаблона «${text}»`);
    return text.replace(PLACEHOLDER, (_, raw: string) => resolve(raw, scope));
  };

  /** The list a row repeats over; undefined when it names none, null when it names several. */
  const listOf = (cells: readonly string[]): string | undefined | null => {
    const lists = new Set<string>();
    for (const cell of cells) {
      for (const match of cell.matchAll(PLACEHOLDER)) {
        const [base] = splitName(normalizeText(match[1]));
        if (Array.isArray(lookup.get(base))) lists.add(base);
      }
    }
    if (lists.size > 1) {
      problems.add(
        `В одной строке шаблона несколько списков (${[...lists].join(', ')}): строка повторяется только по одному`,
      );
      return null;
    }
    return lists.size === 1 ? lists.values().next().value : undefined;
  };

  const repeat = (cells: readonly string[]): string[][] => {
    const list = listOf(cells);
    if (list === null) return [[...cells]];
    if (list === undefined) return [cells.map((cell) => fill(cell))];
    const elements = lookup.get(list) as readonly (string | TemplateRecord)[];
    const scopes: Scope[] =
      elements.length === 0 ? [{ list, element: null }] : elements.map((element) => ({ list, element }));
    return scopes.map((scope) => cells.map((cell) => fill(cell, scope)));
  };

  const blocks = template.blocks.map((block): Block => {
    switch (block.kind) {
      case 'heading':
        return { ...block, text: fill(block.text) };
      case 'paragraph':
        return block.lead === undefined
          ? { kind: 'paragraph', text: fill(block.text) }
          : { kind: 'paragraph', lead: fill(block.lead), text: fill(block.text) };
      case 'list':
        return { kind: 'list', items: block.items.flatMap((item) => repeat([item]).map(([text]) => text)) };
      case 'table':
        return {
          kind: 'table',
          ...(block.header ? { header: block.header.map((cell) => fill(cell)) } : {}),
          rows: block.rows.flatMap((row) => repeat(row)),
        };
    }
  });
  const heading = blocks.find((block) => block.kind === 'heading' && block.level === 1);
  return {
    document: { title: heading?.kind === 'heading' ? heading.text : fill(template.title), blocks },
    problems: [...problems],
  };
}

function splitName(name: string): [base: string, field: string] {
  const dot = name.indexOf('.');
  return dot === -1 ? [name, ''] : [name.slice(0, dot), name.slice(dot + 1)];
}

function recordField(record: TemplateRecord, field: string): string | undefined {
  const key = Object.keys(record).find((candidate) => normalizeText(candidate) === field);
  return key === undefined ? undefined : record[key];
}
