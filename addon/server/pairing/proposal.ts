// One pairing run for the sidebar: the curator's pins checked against the rules, the shared
// engine run with confirmed pairs kept, and the result shaped for review (no Apps Script here).
import { formName, normalizeText } from '../../../shared/catalogue';
import {
  PairingInputError,
  feasiblePairs,
  matchPairs,
  type PairingOptions,
  type PairingResult as EngineResult,
  type ProposedPair,
} from '../../../shared/pairing';
import type { FormCode, Mentee, Mentor, PairingInput } from '../../../shared/registry';
import { formatProblem } from '../../../shared/tables';
import type { MentorGroupView, MentorOption, PairKey, PairingRequest, PairingResult, ProposedPairView, UnmatchedView } from './wire';

/** Alternatives offered per mentee: enough to choose from, small enough for 5,000-row registries. */
const ALTERNATIVES = 5;
/** Registry problems sent to the sidebar; the rest are summed up in one line. */
const PROBLEMS_SHOWN = 100;
/** The engine's own reason on kept pairs; the sidebar shows that with a tag instead. */
const KEPT_REASON = 'утверждённая пара';

export interface Proposal {
  /** The engine's pairs: confirmed, pinned by the curator and new. */
  pairs: ProposedPair[];
  confirmedKeys: Set<string>;
  pins: PairKey[];
  view: PairingResult;
}

export function keyOf(pair: PairKey): string {
  return `${pair.mentorId}\u0000${pair.menteeId}`;
}

const collator = new Intl.Collator('ru');

function engine<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof PairingInputError) throw new Error(`Подбор невозможен: ${error.message}`);
    throw error;
  }
}

function capitalized(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

export function problemLines(input: PairingInput): string[] {
  const lines = input.problems.slice(0, PROBLEMS_SHOWN).map(formatProblem);
  const rest = input.problems.length - lines.length;
  if (rest > 0) lines.push(`… и ещё ${rest}: исправьте перечисленные и откройте панель снова.`);
  return lines;
}

export function propose(input: PairingInput, request: PairingRequest): Proposal {
  const mentorById = new Map<string, Mentor>(input.mentors.map((m) => [m.id, m]));
  const menteeById = new Map<string, Mentee>(input.mentees.map((m) => [m.id, m]));
  const confirmed = input.options.pinned;
  const confirmedKeys = new Set(confirmed.map(keyOf));
  const confirmedMentees = new Set(confirmed.map((p) => p.menteeId));
  const confirmedLoad = new Map<string, number>();
  for (const pair of confirmed) confirmedLoad.set(pair.mentorId, (confirmedLoad.get(pair.mentorId) ?? 0) + 1);

  const options: PairingOptions = {
    weights: request.weights,
    minScore: request.minScore,
    doNotPair: input.options.doNotPair,
    pinned: confirmed,
    forms: request.forms as FormCode[],
  };

  // Everything the engine may choose from: the swap targets, and the test a pin must pass.
  const feasible = engine(() => feasiblePairs(input.mentors, input.mentees, options));
  const optionsOf = new Map<string, MentorOption[]>();
  const feasibleKeys = new Set<string>();
  for (const pair of feasible) {
    feasibleKeys.add(keyOf(pair));
    let list = optionsOf.get(pair.menteeId);
    if (!list) optionsOf.set(pair.menteeId, (list = []));
    list.push({ mentorId: pair.mentorId, score: pair.score });
  }

  const { pins, warnings } = acceptPins(request.pins, { mentorById, menteeById, confirmedMentees, confirmedLoad, feasibleKeys });
  const result = engine(() => matchPairs(input.mentors, input.mentees, { ...options, pinned: [...confirmed, ...pins] }));
  const pinKeys = new Set(pins.map(keyOf));

  const view = shape(result, {
    input,
    mentorById,
    menteeById,
    confirmedKeys,
    confirmedLoad,
    pinKeys,
    optionsOf,
  });
  view.warnings = warnings;
  view.pins = pins;
  return { pairs: result.pairs, confirmedKeys, pins, view };
}

interface PinContext {
  mentorById: Map<string, Mentor>;
  menteeById: Map<string, Mentee>;
  confirmedMentees: Set<string>;
  confirmedLoad: Map<string, number>;
  feasibleKeys: Set<string>;
}

/** Newest pins win when a mentor's places run out; each dropped pin is explained. */
function acceptPins(requested: PairKey[], ctx: PinContext): { pins: PairKey[]; warnings: string[] } {
  const warnings: string[] = [];
  const accepted: PairKey[] = [];
  const seenMentees = new Set<string>();
  const load = new Map(ctx.confirmedLoad);
  for (const pin of [...requested].reverse()) {
    const mentor = ctx.mentorById.get(pin.mentorId);
    const mentee = ctx.menteeById.get(pin.menteeId);
    if (seenMentees.has(pin.menteeId)) continue;
    seenMentees.add(pin.menteeId);
    if (!mentor || !mentee) {
      warnings.push(`Закрепление снято: в реестрах больше нет ${mentor ? `наставляемого с ID «${pin.menteeId}»` : `наставника с ID «${pin.mentorId}»`}.`);
      continue;
    }
    const pair = `«${mentor.fullName} — ${mentee.fullName}»`;
    if (ctx.confirmedMentees.has(pin.menteeId)) continue; // confirmed meanwhile: kept as confirmed
    if (!ctx.feasibleKeys.has(keyOf(pin))) {
      warnings.push(
        `Закрепление ${pair} снято: пара не проходит правила подбора (форма, согласие, класс/курс, «Не объединять», минимальная совместимость) или у наставника нет мест.`,
      );
      continue;
    }
    const used = load.get(pin.mentorId) ?? 0;
    if (used >= mentor.capacity) {
      warnings.push(`Закрепление ${pair} снято: у наставника всего ${mentor.capacity} мест, и они заняты закреплёнными парами.`);
      continue;
    }
    load.set(pin.mentorId, used + 1);
    accepted.push(pin);
  }
  return { pins: accepted.reverse(), warnings: warnings.reverse() };
}

interface ShapeContext {
  input: PairingInput;
  mentorById: Map<string, Mentor>;
  menteeById: Map<string, Mentee>;
  confirmedKeys: Set<string>;
  confirmedLoad: Map<string, number>;
  pinKeys: Set<string>;
  optionsOf: Map<string, MentorOption[]>;
}

function shape(result: EngineResult, ctx: ShapeContext): PairingResult {
  const taken = new Map(ctx.confirmedLoad);
  for (const pair of result.pairs) {
    if (!ctx.confirmedKeys.has(keyOf(pair))) taken.set(pair.mentorId, (taken.get(pair.mentorId) ?? 0) + 1);
  }
  const named = new Set<string>();
  const alternatives = (menteeId: string, currentMentor: string | null): MentorOption[] => {
    const list = (ctx.optionsOf.get(menteeId) ?? [])
      .filter((option) => option.mentorId !== currentMentor)
      .sort((a, b) => b.score - a.score || (a.mentorId < b.mentorId ? -1 : a.mentorId > b.mentorId ? 1 : 0))
      .slice(0, ALTERNATIVES);
    for (const option of list) named.add(option.mentorId);
    return list;
  };

  const pairIds = confirmedPairIds(ctx.input);
  const groups = new Map<string, MentorGroupView>();
  let proposed = 0;
  let confirmed = 0;
  let proposedScore = 0;
  for (const pair of result.pairs) {
    const key = keyOf(pair);
    const isConfirmed = ctx.confirmedKeys.has(key);
    const mentor = ctx.mentorById.get(pair.mentorId);
    let group = groups.get(pair.mentorId);
    if (!group) {
      group = {
        mentorId: pair.mentorId,
        mentorName: mentor?.fullName ?? pair.mentorId,
        capacity: mentor?.capacity ?? 1,
        taken: taken.get(pair.mentorId) ?? 0,
        pairs: [],
      };
      groups.set(pair.mentorId, group);
    }
    const view: ProposedPairView = {
      mentorId: pair.mentorId,
      menteeId: pair.menteeId,
      menteeName: ctx.menteeById.get(pair.menteeId)?.fullName ?? pair.menteeId,
      form: pair.form,
      formName: formName(pair.form),
      score: pair.score,
      reasons: pair.reasons.filter((reason) => reason !== KEPT_REASON),
      pinned: ctx.pinKeys.has(key),
      confirmed: isConfirmed,
      pairId: isConfirmed ? (pairIds.get(keyOf({ mentorId: normalizeText(pair.mentorId), menteeId: normalizeText(pair.menteeId) })) ?? null) : null,
      alternatives: isConfirmed ? [] : alternatives(pair.menteeId, pair.mentorId),
    };
    group.pairs.push(view);
    if (isConfirmed) confirmed++;
    else {
      proposed++;
      proposedScore += pair.score;
    }
  }

  const unmatched: UnmatchedView[] = result.unmatched.map((entry) => {
    const mentee = ctx.menteeById.get(entry.menteeId);
    return {
      menteeId: entry.menteeId,
      menteeName: mentee?.fullName ?? entry.menteeId,
      form: mentee?.form ?? '',
      formName: mentee ? formName(mentee.form) : '',
      reason: capitalized(entry.reason),
      alternatives: alternatives(entry.menteeId, null),
    };
  });
  unmatched.sort((a, b) => collator.compare(a.menteeName, b.menteeName));

  const ordered = [...groups.values()];
  for (const group of ordered) {
    group.pairs.sort((a, b) => Number(b.confirmed) - Number(a.confirmed) || b.score - a.score || collator.compare(a.menteeName, b.menteeName));
  }
  const hasNew = (group: MentorGroupView) => group.pairs.some((pair) => !pair.confirmed);
  ordered.sort((a, b) => Number(hasNew(b)) - Number(hasNew(a)) || collator.compare(a.mentorName, b.mentorName));

  return {
    groups: ordered,
    mentors: [...named].sort().map((mentorId) => {
      const mentor = ctx.mentorById.get(mentorId);
      const capacity = mentor?.capacity ?? 1;
      return { mentorId, mentorName: mentor?.fullName ?? mentorId, free: Math.max(0, capacity - (taken.get(mentorId) ?? 0)) };
    }),
    unmatched,
    summary: {
      proposed,
      confirmed,
      unmatched: unmatched.length,
      averageScore: proposed > 0 ? Math.round((proposedScore / proposed) * 10) / 10 : null,
    },
    problems: problemLines(ctx.input),
    warnings: [],
    pins: [],
  };
}

/** `ID пары` of each confirmed row, by the pair's normalised IDs (as readPairingInput matches them). */
function confirmedPairIds(input: PairingInput): Map<string, string> {
  const ids = new Map<string, string>();
  for (const record of input.pairRecords) {
    if (record.status !== 'утверждена' || !record.pairId) continue;
    const key = keyOf({ mentorId: normalizeText(record.mentorId), menteeId: normalizeText(record.menteeId) });
    if (!ids.has(key)) ids.set(key, record.pairId);
  }
  return ids;
}
