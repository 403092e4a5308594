// `Списки для анкет` — the closed answers of the questionnaires the curator may edit: topics
// (what a mentee asks for = what a mentor offers, one list so that matching can compare them)
// and interests. Google Forms joins several ticked answers with ", ", so items hold no commas.
import { cellText, columnLetter, normalizeHeader, type TableProblem } from '../tables';
import { normalizeText } from '../catalogue';
import type { SheetSpec } from '../workspace';

export type ListsColumn = 'topics' | 'interests';

const DEFAULT_TOPICS = [
  'Адаптация в новом коллективе',
  'Трудности в учёбе',
  'Подготовка к экзаменам',
  'Подготовка к олимпиадам и конкурсам',
  'Проектная и исследовательская деятельность',
  'Профориентация и выбор профессии',
  'Публичные выступления',
  'Лидерство и работа в команде',
  'Планирование времени',
  'Цифровые инструменты',
  'Методика преподавания',
  'Классное руководство',
  'Работа с родителями',
  'Дисциплина на уроке',
];

const DEFAULT_INTERESTS = [
  'Спорт',
  'Музыка',
  'Театр',
  'Рисование и дизайн',
  'Программирование',
  'Робототехника',
  'Чтение',
  'Волонтёрство',
  'Туризм',
  'Шахматы',
  'Кино',
  'Фотография',
];

export const listsSheet: SheetSpec<ListsColumn> = {
  name: 'Списки для анкет',
  frozenRows: 1,
  columns: [
    {
      key: 'topics',
      header: 'Темы: запросы и компетенции',
      width: 48,
      note: 'Варианты ответа «С чем нужна помощь» (наставляемые) и «Чем могу помочь» (наставники). Без запятых',
    },
    {
      key: 'interests',
      header: 'Интересы',
      width: 30,
      note: 'Варианты ответа «Интересы» в обеих анкетах. Без запятых',
    },
  ],
  initialRows: Array.from({ length: Math.max(DEFAULT_TOPICS.length, DEFAULT_INTERESTS.length) }, (_, i) => [
    DEFAULT_TOPICS[i] ?? '',
    DEFAULT_INTERESTS[i] ?? '',
  ]),
};

export interface QuestionnaireLists {
  topics: string[];
  interests: string[];
}

/** Reads the lists (defaults when the sheet is missing or a column is empty); commas are problems. */
export function readLists(grid: readonly (readonly unknown[])[] | null): {
  lists: QuestionnaireLists;
  problems: TableProblem[];
} {
  const problems: TableProblem[] = [];
  if (!grid || grid.length === 0)
    return { lists: { topics: [...DEFAULT_TOPICS], interests: [...DEFAULT_INTERESTS] }, problems };
  const headers = grid[0].map((h) => cellText(h));
  const read = (key: ListsColumn, fallback: string[]): string[] => {
    const spec = listsSheet.columns.find((c) => c.key === key)!;
    const col = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(spec.header));
    if (col < 0) return [...fallback];
    const items: string[] = [];
    const seen = new Set<string>();
    for (let r = 1; r < grid.length; r++) {
      const text = cellText(grid[r][col]);
      if (!text) continue;
      if (text.includes(',')) {
        problems.push({
          code: 'unknown-value',
          sheet: listsSheet.name,
          row: r + 1,
          column: columnLetter(col),
          header: spec.header,
          value: text,
          message: 'в пункте списка не должно быть запятых: Google Формы разделяют запятыми выбранные ответы',
        });
        continue;
      }
      const k = normalizeText(text);
      if (!seen.has(k)) {
        seen.add(k);
        items.push(text);
      }
    }
    return items.length > 0 ? items : [...fallback];
  };
  return {
    lists: { topics: read('topics', DEFAULT_TOPICS), interests: read('interests', DEFAULT_INTERESTS) },
    problems,
  };
}
