// Reference optimum by enumeration: every mentee takes one of its feasible mentors or none.

export interface Edge {
  mentorId: string;
  menteeId: string;
  score: number;
}

export interface Optimum {
  matched: number;
  totalScore: number;
}

/** The best (most matched, then highest total score) over all assignments within `places`. */
export function bruteForce(edges: readonly Edge[], places: ReadonlyMap<string, number>): Optimum {
  const byMentee = new Map<string, Edge[]>();
  for (const edge of edges) {
    const list = byMentee.get(edge.menteeId) ?? [];
    list.push(edge);
    byMentee.set(edge.menteeId, list);
  }
  const mentees = [...byMentee.values()];
  const left = new Map(places);
  let best: Optimum = { matched: 0, totalScore: 0 };
  const visit = (k: number, matched: number, totalScore: number): void => {
    if (k === mentees.length) {
      if (matched > best.matched || (matched === best.matched && totalScore > best.totalScore))
        best = { matched, totalScore };
      return;
    }
    visit(k + 1, matched, totalScore);
    for (const edge of mentees[k]) {
      const free = left.get(edge.mentorId) ?? 0;
      if (free === 0) continue;
      left.set(edge.mentorId, free - 1);
      visit(k + 1, matched + 1, totalScore + edge.score);
      left.set(edge.mentorId, free);
    }
  };
  visit(0, 0, 0);
  return best;
}
