// Sidebar state and the pure steps that change it (no DOM here).
import type { PairKey, PairingRequest, PairingResult, PairingState } from '../../server/pairing/wire';

export interface Model {
  state: PairingState | null;
  request: PairingRequest;
  result: PairingResult | null;
  /** Keys of proposed pairs ticked for confirmation. */
  selected: Set<string>;
  startDate: string;
  /** Settings changed since the last run. */
  stale: boolean;
  /** The settings card is folded into one line (after a run). */
  setupFolded: boolean;
}

export function pairKey(pair: PairKey): string {
  return `${pair.mentorId}\n${pair.menteeId}`;
}

export function emptyModel(today: string): Model {
  return {
    state: null,
    request: { forms: [], weights: {}, minScore: 0, pins: [] },
    result: null,
    selected: new Set(),
    startDate: today,
    stale: false,
    setupFolded: false,
  };
}

/** The request the sidebar opens with: the last run in this document, else every form with someone waiting. */
export function initialRequest(state: PairingState): PairingRequest {
  const known = new Set(state.forms.map((f) => f.code));
  const weights = Object.fromEntries(state.weights.map((w) => [w.key, w.value]));
  const last = state.lastRequest;
  const lastForms = last ? last.forms.filter((code) => known.has(code)) : [];
  const forms = lastForms.length > 0 ? lastForms : state.forms.filter((f) => f.waiting > 0).map((f) => f.code);
  return { forms, weights, minScore: state.minScore, pins: last ? last.pins : [] };
}

/** Every newly proposed pair is ticked for confirmation after a run. */
export function selectAllProposed(result: PairingResult): Set<string> {
  const keys = new Set<string>();
  for (const group of result.groups) {
    for (const pair of group.pairs) if (!pair.confirmed) keys.add(pairKey(pair));
  }
  return keys;
}

export function togglePin(request: PairingRequest, pair: PairKey): PairingRequest {
  const pinned = request.pins.some((p) => pairKey(p) === pairKey(pair));
  const pins = pinned
    ? request.pins.filter((p) => pairKey(p) !== pairKey(pair))
    : [...request.pins.filter((p) => p.menteeId !== pair.menteeId), pair];
  return { ...request, pins };
}

/** Moving a mentee to another mentor is a pin of the new pair (it replaces any pin of that mentee). */
export function moveMentee(request: PairingRequest, menteeId: string, mentorId: string): PairingRequest {
  return { ...request, pins: [...request.pins.filter((p) => p.menteeId !== menteeId), { mentorId, menteeId }] };
}

export function selectedPairs(model: Model): PairKey[] {
  if (!model.result) return [];
  const pairs: PairKey[] = [];
  for (const group of model.result.groups) {
    for (const pair of group.pairs) {
      if (!pair.confirmed && model.selected.has(pairKey(pair)))
        pairs.push({ mentorId: pair.mentorId, menteeId: pair.menteeId });
    }
  }
  return pairs;
}

/** Today as the workspace writes dates: ДД.ММ.ГГГГ (whatever the browser's language). */
export function todayText(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getDate())}.${pad(now.getMonth() + 1)}.${now.getFullYear()}`;
}

/** 'ДД.ММ.ГГГГ' (also with `/` or `-`, or a two-digit year) → 'YYYY-MM-DD' for the server; null when not a date. */
export function isoDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, day, month, year] = match;
  const fullYear = year.length === 2 ? `20${year}` : year;
  return `${fullYear}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
