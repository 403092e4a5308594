// Exact assignment of mentees (one mentor each) to mentors (up to their capacity):
// min-cost maximum flow, source → mentee (1) → mentor (cost 100 − score) → sink (capacity).
// Every unit of flow crosses exactly one mentee arc, so cost = 100·matched − totalScore: the
// min-cost maximum flow is the largest number of pairs and, among those, the largest total score.
//
// Primal-dual successive shortest paths: each phase runs one Dijkstra from all free mentees
// on reduced costs (node potentials keep them ≥ 0; integer costs allow a bucket queue), stops
// at the sink, then augments along as many zero-reduced-cost paths as a depth-first search finds.

export interface AssignmentProblem {
  menteeCount: number;
  mentorCount: number;
  /** Arcs of mentee i are start[i] … start[i + 1] − 1. */
  start: Int32Array;
  /** Mentor of each arc. */
  mentor: Int32Array;
  /** Integer cost ≥ 0 of each arc (100 − score). */
  cost: Int32Array | Uint8Array;
  /** Places of each mentor. */
  capacity: Int32Array;
}

export interface AssignmentStats {
  phases: number;
  augmentations: number;
}

const INF = 0x3fffffff;

/** For each mentee, the arc it is assigned through, or −1. Deterministic: arcs and mentees are scanned in index order. */
export function solveAssignment(problem: AssignmentProblem, stats?: AssignmentStats): Int32Array {
  const { menteeCount: nL, mentorCount: nR, start, mentor, cost, capacity } = problem;
  const sink = nL + nR;
  const nodes = sink + 1;

  const mateArc = new Int32Array(nL).fill(-1);
  const load = new Int32Array(nR);
  // Mentees of each mentor, as doubly linked lists.
  const first = new Int32Array(nR).fill(-1);
  const next = new Int32Array(nL).fill(-1);
  const prev = new Int32Array(nL).fill(-1);

  const potential = new Int32Array(nodes);
  const dist = new Int32Array(nodes).fill(INF);
  const done = new Int32Array(nodes);
  const touched = new Int32Array(nodes);
  const finalized = new Int32Array(nodes);

  let bucketHead = new Int32Array(256).fill(-1);
  let entryNode = new Int32Array(1 << 16);
  let entryNext = new Int32Array(1 << 16);
  let entries = 0;

  const free = Int32Array.from({ length: nL }, (_, i) => i).filter((i) => start[i + 1] > start[i]);
  let freeCount = free.length;

  const mark = new Int32Array(nodes);
  const arcPointer = new Int32Array(nL);
  const pointerPhase = new Int32Array(nL);
  const stack = new Int32Array(nodes);
  const stackArc = new Int32Array(nodes);

  let phase = 0;
  let augmentations = 0;

  function push(node: number, d: number): void {
    if (d >= bucketHead.length) {
      let size = bucketHead.length;
      while (size <= d) size *= 2;
      const grown = new Int32Array(size).fill(-1);
      grown.set(bucketHead);
      bucketHead = grown;
    }
    if (entries === entryNode.length) {
      const nodesGrown = new Int32Array(entries * 2);
      nodesGrown.set(entryNode);
      entryNode = nodesGrown;
      const nextGrown = new Int32Array(entries * 2);
      nextGrown.set(entryNext);
      entryNext = nextGrown;
    }
    entryNode[entries] = node;
    entryNext[entries] = bucketHead[d];
    bucketHead[d] = entries++;
  }

  function unlink(i: number, j: number): void {
    if (prev[i] >= 0) next[prev[i]] = next[i];
    else first[j] = next[i];
    if (next[i] >= 0) prev[next[i]] = prev[i];
  }

  function link(i: number, j: number): void {
    prev[i] = -1;
    next[i] = first[j];
    if (first[j] >= 0) prev[first[j]] = i;
    first[j] = i;
  }

  /** Shortest reduced distance from the free mentees to the sink (INF when none); updates potentials. */
  function shortestPaths(): number {
    let touchedCount = 0;
    let finalizedCount = 0;
    let top = -1;
    entries = 0;
    for (let k = 0; k < freeCount; k++) {
      const i = free[k];
      dist[i] = 0;
      touched[touchedCount++] = i;
      push(i, 0);
      top = 0;
    }
    let best = INF;
    for (let d = 0; d <= top && d < best; d++) {
      while (bucketHead[d] >= 0) {
        let entry = bucketHead[d];
        bucketHead[d] = -1;
        while (entry >= 0) {
          const v = entryNode[entry];
          entry = entryNext[entry];
          if (done[v] === phase || dist[v] !== d) continue;
          done[v] = phase;
          finalized[finalizedCount++] = v;
          const pv = potential[v];
          if (v < nL) {
            const skip = mateArc[v];
            for (let e = start[v], end = start[v + 1]; e < end; e++) {
              if (e === skip) continue;
              const w = nL + mentor[e];
              const nd = d + cost[e] + pv - potential[w];
              if (nd < dist[w] && nd < best) {
                if (dist[w] === INF) touched[touchedCount++] = w;
                dist[w] = nd;
                push(w, nd);
                if (nd > top) top = nd;
              }
            }
          } else {
            const j = v - nL;
            if (load[j] < capacity[j]) {
              const nd = d + pv - potential[sink];
              if (nd < best) best = nd;
            }
            for (let i = first[j]; i >= 0; i = next[i]) {
              const nd = d - cost[mateArc[i]] + pv - potential[i];
              if (nd < dist[i] && nd < best) {
                if (dist[i] === INF) touched[touchedCount++] = i;
                dist[i] = nd;
                push(i, nd);
                if (nd > top) top = nd;
              }
            }
          }
        }
      }
    }
    for (let d = 0; d <= top && d < bucketHead.length; d++) bucketHead[d] = -1;
    // Potentials: +dist for finalized nodes, +best for all others; shifted by −best so only finalized ones change.
    if (best < INF) {
      for (let k = 0; k < finalizedCount; k++) {
        const v = finalized[k];
        potential[v] += dist[v] - best;
      }
    }
    for (let k = 0; k < touchedCount; k++) dist[touched[k]] = INF;
    return best;
  }

  /** Augments along zero-reduced-cost paths from free mentees; at least one exists after shortestPaths. */
  function augmentPaths(): void {
    const sinkPotential = potential[sink];
    for (let k = 0; k < freeCount; k++) {
      const root = free[k];
      if (mark[root] === phase) continue;
      mark[root] = phase;
      let sp = 0;
      stack[0] = root;
      while (sp >= 0) {
        const v = stack[sp];
        if (v < nL) {
          if (pointerPhase[v] !== phase) {
            pointerPhase[v] = phase;
            arcPointer[v] = start[v];
          }
          const pv = potential[v];
          const skip = mateArc[v];
          const end = start[v + 1];
          let e = arcPointer[v];
          for (; e < end; e++) {
            if (e === skip) continue;
            const w = nL + mentor[e];
            if (mark[w] !== phase && cost[e] + pv === potential[w]) break;
          }
          if (e === end) {
            arcPointer[v] = end;
            sp--;
            continue;
          }
          arcPointer[v] = e + 1;
          stackArc[sp] = e;
          const w = nL + mentor[e];
          mark[w] = phase;
          stack[++sp] = w;
        } else {
          const j = v - nL;
          const pv = potential[v];
          if (load[j] < capacity[j] && pv === sinkPotential) {
            for (let s = 0; s < sp; s += 2) {
              const i = stack[s];
              const e = stackArc[s];
              if (mateArc[i] >= 0) unlink(i, mentor[mateArc[i]]);
              mateArc[i] = e;
              link(i, mentor[e]);
            }
            load[j]++;
            augmentations++;
            for (let s = 0; s <= sp; s++) mark[stack[s]] = 0;
            break;
          }
          let i = first[j];
          for (; i >= 0; i = next[i]) {
            if (mark[i] !== phase && pv - cost[mateArc[i]] === potential[i]) break;
          }
          if (i < 0) {
            sp--;
            continue;
          }
          mark[i] = phase;
          stack[++sp] = i;
        }
      }
    }
    let kept = 0;
    for (let k = 0; k < freeCount; k++) if (mateArc[free[k]] < 0) free[kept++] = free[k];
    freeCount = kept;
  }

  while (freeCount > 0) {
    phase++;
    if (shortestPaths() >= INF) break;
    augmentPaths();
  }
  if (stats) {
    stats.phases = phase;
    stats.augmentations = augmentations;
  }
  return mateArc;
}
