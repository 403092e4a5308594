// Exact assignment of mentees (one mentor each) to mentors (up to their capacity):
// min-cost maximum flow, source → mentee (1) → mentor (cost 100 − score) → sink (capacity).
// Every unit of flow crosses exactly one mentee arc, so cost = 100·matched − totalScore: the
// min-cost maximum flow is the largest number of pairs and, among those, the largest total score.
//
// Primal-dual successive shortest paths: each phase runs one Dijkstra on reduced costs (node
// potentials keep them ≥ 0; integer costs allow a bucket queue), stops at the sink, shifts the
// potentials, then augments along as many zero-reduced-cost paths as a depth-first search finds.
// Free mentees all keep one potential, so together they act as one source node whose arc to a
// mentor costs as much as the cheapest free mentee's arc there; each mentor's incoming arcs are
// sorted once, so that cheapest one is found by a pointer that only moves forward.

export interface AssignmentProblem {
  menteeCount: number;
  mentorCount: number;
  /** Arcs of mentee i are start[i] … start[i + 1] − 1. */
  start: Int32Array;
  /** Mentor of each arc. */
  mentor: Int32Array;
  /** Integer cost of each arc, 0 … 255 (100 − score). */
  cost: Uint8Array;
  /** Places of each mentor. */
  capacity: Int32Array;
}

export interface AssignmentStats {
  /** Candidate (mentor, mentee) arcs. */
  arcs: number;
  phases: number;
  augmentations: number;
}

const INF = 0x3fffffff;

interface IncomingArcs {
  /** Incoming arcs of mentor j are inArc[inStart[j]] … inArc[inStart[j + 1] − 1]. */
  inStart: Int32Array;
  inArc: Int32Array;
  /** The mentee of each incoming arc, beside it. */
  inOwner: Int32Array;
}

/** Incoming arcs of each mentor, cheapest first, ties by mentee (arcs are numbered mentee by mentee). */
function incomingArcs(problem: AssignmentProblem): IncomingArcs {
  const { menteeCount, mentorCount, start, mentor, cost } = problem;
  const arcs = mentor.length;
  let maxCost = 0;
  for (let e = 0; e < arcs; e++) if (cost[e] > maxCost) maxCost = cost[e];
  const costs = maxCost + 1;
  const inStart = new Int32Array(mentorCount + 1);
  const inArc = new Int32Array(arcs);
  const inOwner = new Int32Array(arcs);
  if (mentorCount * costs > 4 * arcs + 1024) {
    // Many mentors, few arcs: sort by cost, then spread by mentor (both stable).
    const byCost = new Int32Array(costs + 1);
    for (let e = 0; e < arcs; e++) byCost[cost[e] + 1]++;
    for (let c = 1; c <= costs; c++) byCost[c] += byCost[c - 1];
    const sorted = new Int32Array(arcs);
    const sortedOwner = new Int32Array(arcs);
    for (let i = 0; i < menteeCount; i++)
      for (let e = start[i], end = start[i + 1]; e < end; e++) {
        const k = byCost[cost[e]]++;
        sorted[k] = e;
        sortedOwner[k] = i;
      }
    for (let e = 0; e < arcs; e++) inStart[mentor[e] + 1]++;
    for (let j = 0; j < mentorCount; j++) inStart[j + 1] += inStart[j];
    const fill = inStart.slice(0, mentorCount);
    for (let k = 0; k < arcs; k++) {
      const e = sorted[k];
      const at = fill[mentor[e]]++;
      inArc[at] = e;
      inOwner[at] = sortedOwner[k];
    }
    return { inStart, inArc, inOwner };
  }
  // One stable counting sort by the key (mentor, cost): two passes over the arcs instead of four.
  const slot = new Int32Array(mentorCount * costs + 1);
  for (let e = 0; e < arcs; e++) slot[mentor[e] * costs + cost[e] + 1]++;
  for (let k = 1; k < slot.length; k++) slot[k] += slot[k - 1];
  for (let j = 0; j <= mentorCount; j++) inStart[j] = slot[j * costs];
  for (let i = 0; i < menteeCount; i++)
    for (let e = start[i], end = start[i + 1]; e < end; e++) {
      const at = slot[mentor[e] * costs + cost[e]]++;
      inArc[at] = e;
      inOwner[at] = i;
    }
  return { inStart, inArc, inOwner };
}

/** For each mentee, the arc it is assigned through, or −1. Deterministic: everything is scanned in index order. */
export function solveAssignment(problem: AssignmentProblem, stats?: AssignmentStats): Int32Array {
  const { menteeCount: nL, mentorCount: nR, start, mentor, cost, capacity } = problem;
  const sink = nL + nR;
  const nodes = sink + 1;

  const { inStart, inArc, inOwner } = incomingArcs(problem);
  const freePointer = inStart.slice(0, nR);

  const mateArc = new Int32Array(nL).fill(-1);
  const load = new Int32Array(nR);
  // Mentees of each mentor, as doubly linked lists.
  const first = new Int32Array(nR).fill(-1);
  const next = new Int32Array(nL).fill(-1);
  const prev = new Int32Array(nL).fill(-1);

  // Reduced cost of arc u → v: cost + potential[u] − potential[v] ≥ 0. Free mentees share freePotential.
  const potential = new Int32Array(nodes);
  let freePotential = 0;
  const dist = new Int32Array(nodes).fill(INF);
  const done = new Int32Array(nodes);
  const touched = new Int32Array(nodes);
  const finalized = new Int32Array(nodes);

  let bucketHead = new Int32Array(256).fill(-1);
  let entryNode = new Int32Array(1 << 14);
  let entryNext = new Int32Array(1 << 14);
  let entries = 0;

  // Arcs out of each mentee finalized in this phase's Dijkstra that may be tight after the potential shift
  // (an arc that relaxed nothing can never be): the depth-first search scans these instead of every arc.
  const tightPhase = new Int32Array(nL);
  const tightFrom = new Int32Array(nL);
  const tightTo = new Int32Array(nL);
  let tightArc = new Int32Array(1 << 14);
  let tightCount = 0;

  const mark = new Int32Array(nodes);
  const arcPointer = new Int32Array(nL);
  const pointerPhase = new Int32Array(nL);
  const stack = new Int32Array(nodes);
  const stackArc = new Int32Array(nodes);

  let phase = 0;
  let augmentations = 0;

  /** Where the cheapest arc from a free mentee into mentor j stands among its incoming arcs, or −1. */
  function cheapestFree(j: number): number {
    let k = freePointer[j];
    const end = inStart[j + 1];
    while (k < end && mateArc[inOwner[k]] >= 0) k++;
    freePointer[j] = k;
    return k < end ? k : -1;
  }

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

  /** Shortest reduced distance from the free mentees to the sink (INF when none); shifts the potentials. */
  function shortestPaths(): number {
    let touchedCount = 0;
    let finalizedCount = 0;
    let top = -1;
    entries = 0;
    tightCount = 0;
    for (let j = 0; j < nR; j++) {
      const k = cheapestFree(j);
      if (k < 0) continue;
      const w = nL + j;
      const d = cost[inArc[k]] + freePotential - potential[w];
      dist[w] = d;
      touched[touchedCount++] = w;
      push(w, d);
      if (d > top) top = d;
    }
    let best = INF;
    for (let d = 0; d <= top && d < best; d++) {
      while (bucketHead[d] >= 0) {
        let entry = bucketHead[d];
        bucketHead[d] = -1;
        // Once the sink is at d, the rest of this bucket can change no potential (their shift is 0).
        while (entry >= 0 && d < best) {
          const v = entryNode[entry];
          entry = entryNext[entry];
          if (done[v] === phase || dist[v] !== d) continue;
          done[v] = phase;
          finalized[finalizedCount++] = v;
          const pv = potential[v];
          if (v < nL) {
            // v is matched (free mentees are the source): its own arc leads back to its mentor, finalized
            // before v at the distance this arc would give, so it relaxes nothing and needs no check here.
            const end = start[v + 1];
            if (tightCount + end - start[v] > tightArc.length) {
              const grown = new Int32Array(Math.max(tightArc.length * 2, tightCount + end - start[v]));
              grown.set(tightArc.subarray(0, tightCount));
              tightArc = grown;
            }
            tightPhase[v] = phase;
            tightFrom[v] = tightCount;
            for (let e = start[v]; e < end; e++) {
              const w = nL + mentor[e];
              const nd = d + cost[e] + pv - potential[w];
              // Tight after the shift only if nd ends up as w's distance (or as best): dist[w] and best only fall.
              if (nd <= dist[w] && nd <= best) {
                tightArc[tightCount++] = e;
                if (nd < dist[w] && nd < best) {
                  if (dist[w] === INF) touched[touchedCount++] = w;
                  dist[w] = nd;
                  push(w, nd);
                  if (nd > top) top = nd;
                }
              }
            }
            tightTo[v] = tightCount;
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
    // +dist for finalized nodes (free mentees are at 0), +best for the rest; shifted by −best so only the finalized change.
    if (best < INF) {
      for (let k = 0; k < finalizedCount; k++) {
        const v = finalized[k];
        potential[v] += dist[v] - best;
      }
      freePotential -= best;
    }
    for (let k = 0; k < touchedCount; k++) dist[touched[k]] = INF;
    return best;
  }

  /** From mentor `root`, a zero-reduced-cost path to the sink; applies it with the cheapest free mentee as its start. */
  function augmentFrom(root: number): boolean {
    const sinkPotential = potential[sink];
    let sp = 0;
    stack[0] = nL + root;
    mark[nL + root] = phase;
    while (sp >= 0) {
      const v = stack[sp];
      if (v < nL) {
        // Mentees finalized in this phase offer their recorded arcs (in arc order), others every arc.
        const recorded = tightPhase[v] === phase;
        if (pointerPhase[v] !== phase) {
          pointerPhase[v] = phase;
          arcPointer[v] = recorded ? tightFrom[v] : start[v];
        }
        const pv = potential[v];
        const end = recorded ? tightTo[v] : start[v + 1];
        let k = arcPointer[v];
        let e = -1;
        // v's own arc needs no check: it leads to its mentor, which is on the stack and so marked.
        for (; k < end; k++) {
          const arc = recorded ? tightArc[k] : k;
          const w = nL + mentor[arc];
          if (mark[w] !== phase && cost[arc] + pv === potential[w]) {
            e = arc;
            break;
          }
        }
        if (k === end) {
          arcPointer[v] = end;
          sp--;
          continue;
        }
        arcPointer[v] = k + 1;
        stackArc[sp] = e;
        const w = nL + mentor[e];
        mark[w] = phase;
        stack[++sp] = w;
      } else {
        const j = v - nL;
        const pv = potential[v];
        if (load[j] < capacity[j] && pv === sinkPotential) {
          const k0 = cheapestFree(root);
          const start0 = inOwner[k0];
          mateArc[start0] = inArc[k0];
          potential[start0] = freePotential;
          link(start0, root);
          for (let s = 1; s < sp; s += 2) {
            const i = stack[s];
            const e = stackArc[s];
            unlink(i, mentor[mateArc[i]]);
            mateArc[i] = e;
            link(i, mentor[e]);
          }
          load[j]++;
          augmentations++;
          for (let s = 0; s <= sp; s++) mark[stack[s]] = 0;
          return true;
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
    return false;
  }

  /** Augments along zero-reduced-cost paths, entering at each mentor whose cheapest free arc is tight. */
  function augmentPaths(): void {
    // Direct pairs first: among equal choices the lowest IDs meet (M1–E1, M2–E2), and the search below has less to do.
    const sinkPotential = potential[sink];
    for (let j = 0; j < nR; j++) {
      const w = nL + j;
      if (potential[w] !== sinkPotential) continue;
      while (load[j] < capacity[j]) {
        const k = cheapestFree(j);
        if (k < 0 || cost[inArc[k]] + freePotential !== potential[w]) break;
        const i = inOwner[k];
        mateArc[i] = inArc[k];
        potential[i] = freePotential;
        link(i, j);
        load[j]++;
        augmentations++;
      }
    }
    for (let j = 0; j < nR; j++) {
      for (;;) {
        if (mark[nL + j] === phase) break;
        const k = cheapestFree(j);
        if (k < 0 || cost[inArc[k]] + freePotential !== potential[nL + j]) break;
        if (!augmentFrom(j)) break;
      }
    }
  }

  for (;;) {
    phase++;
    if (shortestPaths() >= INF) break;
    augmentPaths();
  }
  if (stats) {
    stats.arcs = mentor.length;
    stats.phases = phase;
    stats.augmentations = augmentations;
  }
  return mateArc;
}
