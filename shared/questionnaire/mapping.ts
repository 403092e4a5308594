// Which registry column each question of a Forms responses sheet fills. The add-on suggests a
// mapping from header similarity; the curator edits it; it is remembered per responses sheet.
import { normalizeText } from '../catalogue';
import { menteeSheet, mentorSheet, type ColumnSpec, type SheetSpec } from '../workspace';
import { mentorQuestionnaire, menteeQuestionnaire, type Registry } from './questions';

/** Columns an answer may fill: not `ID` and `Статус`, which the curator and the product keep. */
const NOT_FROM_ANSWERS = new Set(['id', 'status']);

/** Headers Google Forms writes itself and common wordings of school questionnaires. */
const EXTRA_SPELLINGS: Record<string, readonly string[]> = {
  fullName: ['Фамилия Имя Отчество', 'ФИО участника', 'Ваше ФИО', 'Фамилия и имя'],
  email: ['Адрес электронной почты', 'Email Address', 'Электронная почта', 'Почта'],
  phone: ['Номер телефона', 'Контактный телефон'],
  grade: ['Класс', 'Курс', 'Класс (курс)', 'Класс/группа'],
  age: ['Сколько вам лет', 'Возраст (лет)'],
  experienceYears: ['Стаж', 'Педагогический стаж'],
  consent: ['Согласие', 'Согласие на обработку персональных данных'],
  days: ['Дни недели', 'Удобные дни для встреч', 'Дни встреч'],
  format: ['Формат встреч', 'Формат наставничества'],
  organization: ['Место работы', 'Место учёбы', 'Организация (место работы)'],
  category: ['Категория участника', 'Роль'],
  requests: ['Запрос', 'Трудности', 'С чем нужна помощь'],
  competencies: ['Компетенции наставника', 'Чем могу помочь'],
};

export const TIMESTAMP_HEADERS = ['Отметка времени', 'Timestamp'];

export interface MappingTarget {
  key: string;
  header: string;
}

export function registrySpec(registry: Registry): SheetSpec {
  return registry === 'mentors' ? mentorSheet : menteeSheet;
}

/** The registry columns a question may be mapped to, in sheet order. */
export function mappingTargets(registry: Registry): MappingTarget[] {
  return registrySpec(registry)
    .columns.filter((c) => !NOT_FROM_ANSWERS.has(c.key))
    .map((c) => ({ key: c.key, header: c.header }));
}

export function isTimestampHeader(header: string): boolean {
  return TIMESTAMP_HEADERS.some((h) => normalizeText(h) === normalizeText(header));
}

function stems(text: string): Set<string> {
  const words = normalizeText(text)
    .split(/[^a-zа-я0-9]+/)
    .filter((w) => w.length >= 3);
  return new Set(words.map((w) => w.slice(0, 5)));
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}

function spellings(registry: Registry, column: ColumnSpec): { exact: string[]; known: string[] } {
  const questionnaire =
    registry === 'mentors'
      ? mentorQuestionnaire({ topics: [], interests: [] })
      : menteeQuestionnaire({ topics: [], interests: [] });
  const questions = questionnaire.questions.filter((q) => q.column === column.key).map((q) => q.title);
  return {
    exact: [...questions, column.header, ...(column.aliases ?? [])],
    known: [...(EXTRA_SPELLINGS[column.key] ?? [])],
  };
}

/** How alike a question header is to a registry column, 0…1. */
export function similarity(registry: Registry, header: string, column: ColumnSpec): number {
  const h = normalizeText(header);
  if (!h) return 0;
  const { exact, known } = spellings(registry, column);
  if (exact.some((s) => normalizeText(s) === h)) return 1;
  if (known.some((s) => normalizeText(s) === h)) return 0.95;
  const head = normalizeText(column.header);
  if (
    head.length >= 3 &&
    new RegExp(`(^|[^a-zа-я])${head.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}([^a-zа-я]|$)`).test(h)
  )
    return 0.85;
  const words = stems(header);
  const best = Math.max(...[...exact, ...known].map((s) => dice(words, stems(s))));
  return 0.8 * best;
}

const THRESHOLD = 0.5;

/**
 * A suggested registry column for each header (null = not imported). Each column is suggested
 * once, to its most similar header; the timestamp column is never mapped.
 */
export function suggestMapping(headers: readonly string[], registry: Registry): (string | null)[] {
  const columns = registrySpec(registry).columns.filter((c) => !NOT_FROM_ANSWERS.has(c.key));
  const candidates: { index: number; key: string; score: number }[] = [];
  headers.forEach((header, index) => {
    if (isTimestampHeader(header)) return;
    for (const column of columns) {
      const score = similarity(registry, header, column);
      if (score >= THRESHOLD) candidates.push({ index, key: column.key, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const result: (string | null)[] = headers.map(() => null);
  const used = new Set<string>();
  for (const c of candidates) {
    if (result[c.index] !== null || used.has(c.key)) continue;
    result[c.index] = c.key;
    used.add(c.key);
  }
  return result;
}

/**
 * A remembered mapping (by header text) applied to the sheet's current headers: questions added
 * since get a suggestion, renamed ones lose theirs. Unknown column keys are dropped.
 */
export function applyRememberedMapping(
  headers: readonly string[],
  registry: Registry,
  remembered: Record<string, string | null>,
): (string | null)[] {
  const valid = new Set(mappingTargets(registry).map((t) => t.key));
  const byHeader = new Map(Object.entries(remembered).map(([h, k]) => [normalizeText(h), k]));
  const suggested = suggestMapping(headers, registry);
  const taken = new Set([...byHeader.values()].filter((k): k is string => k !== null));
  return headers.map((header, i) => {
    const key = normalizeText(header);
    if (byHeader.has(key)) {
      const k = byHeader.get(key)!;
      return k !== null && valid.has(k) ? k : null;
    }
    const s = suggested[i];
    return s !== null && !taken.has(s) ? s : null;
  });
}
