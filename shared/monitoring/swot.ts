// Stage 1 SWOT analysis: the answers' items grouped by their normal form and counted.
import { normalizeText } from '../catalogue';
import type { SwotAnswer } from './answers';
import { SWOT_KEYS, type SwotKey } from './swot-questionnaire';
import type { SwotRole } from './vocabularies';

export interface SwotItem {
  /** The first spelling met. */
  text: string;
  /** How many answers named it. */
  count: number;
}

export interface SwotSummary {
  respondents: number;
  byRole: Record<SwotRole, number>;
  /** Most named first; ties in the order first met. */
  groups: Record<SwotKey, SwotItem[]>;
}

export function swotSummary(answers: readonly SwotAnswer[]): SwotSummary {
  const byRole: Record<SwotRole, number> = { mentor: 0, mentee: 0, curator: 0, other: 0 };
  const groups = {} as Record<SwotKey, SwotItem[]>;
  for (const key of SWOT_KEYS) {
    const found = new Map<string, SwotItem>();
    for (const answer of answers) {
      // One answer naming the same item twice counts once.
      const named = new Set<string>();
      for (const text of answer.items[key]) {
        const norm = normalizeText(text);
        if (named.has(norm)) continue;
        named.add(norm);
        const item = found.get(norm);
        if (item) item.count += 1;
        else found.set(norm, { text, count: 1 });
      }
    }
    groups[key] = [...found.values()]
      .map((item, order) => ({ item, order }))
      .sort((a, b) => b.item.count - a.item.count || a.order - b.order)
      .map(({ item }) => item);
  }
  for (const answer of answers) if (answer.role) byRole[answer.role] += 1;
  return { respondents: answers.length, byRole, groups };
}
