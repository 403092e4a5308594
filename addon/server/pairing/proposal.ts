// One pairing run for the sidebar: the curator's pins checked against the rules, the shared
// engine run with confirmed pairs kept, and the result shaped for review (no Apps Script here).
import { formName, normalizeText } from '../../../shared/catalogue';
import {
  PairingInputError,
  feasiblePairs,
  matchPairs,
  PINNED_REASON,
  type PairingOptions,
  type PreferenceFinding,
  type ProposedPair,
  type UnmatchedMentee,
} from '../../../shared/pairing';
import { preferenceNotes, type FormCode, type Mentee, type PairingInput } from '../../../shared/registry';
import { formatProblem, type TableProblem } from '../../../shared/tables';
import type {
  MentorGroupView,
  MentorOption,
  PairKey,
  PairingRequest,
  PairingResult,
  ProposedPairView,
  UnmatchedView,
} from './wire';

/** Mentors offered when the curator moves a mentee. */
const ALTERNATIVES = 8;
/** Unmatched mentees sent to the sidebar; the summary counts them all. */
const UNMATCHED_SENT = 200;
/** Registry problems sent to the sidebar; the rest are summed up in one line. */
const PROBLEMS_SHOWN = 100;
export interface Proposal {
  /** The engine's pairs: confirmed, pinned by the curator and new. */
  pairs: ProposedPair[];
  unmatched: UnmatchedMentee[];
  /** What became of the participants' preferences (unhonoured mutual choices first). */
  preferences: PreferenceFinding[];
  confirmedKeys: Set<string>;
  /** The curator's pins that hold. */
  pins: PairKey[];
  warnings: string[];
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

/** Rows left out of pairing, one Russian line each (sheet, row, column, what to do). */
export function problemLines(input: PairingInput): string[] {
  return lines(input.problems, 'исправьте перечисленные и откройте панель снова.');
}

/** Values corrected and things to check in the registries: nobody is left out for these. */
export function correctionLines(input: PairingInput): string[] {
  return lines(input.notes, 'проверьте перечисленные — остальные того же рода.');
}

function lines(problems: readonly TableProblem[], rest: string): string[] {
  const shown = problems.slice(0, PROBLEMS_SHOWN).map(formatProblem);
  const more = problems.length - shown.length;
  if (more > 0) shown.push(`… и ещё ${more}: ${rest}`);
  return shown;
}

function engineOptions(input: PairingInput, request: PairingRequest): PairingOptions {
  return {
    weights: request.weights,
    minScore: request.minScore,
    doNotPair: input.options.doNotPair,
    pinned: input.options.pinned,
    forms: request.forms as FormCode[],
  };
}

/**
 * The pairs the engine could choose for some mentees only: every other mentee is treated as
 * already paired, so the engine builds just their candidates (cheap on 5,000-row registries).
 */
function feasibleFor(input: PairingInput, options: PairingOptions, menteeIds: Set<string>) {
  const mentees = input.mentees.map((mentee): Mentee =>
    menteeIds.has(mentee.id) || mentee.status === 'в паре' ? mentee : { ...mentee, status: 'в паре' },
  );
  return engine(() => feasiblePairs(input.mentors, mentees, options));
}

export function propose(input: PairingInput, request: PairingRequest): Proposal {
  const options = engineOptions(input, request);
  const { pins, warnings } = acceptPins(input, options, request.pins);
  const result = engine(() =>
    matchPairs(input.mentors, input.mentees, { ...options, pinned: [...input.options.pinned, ...pins] }),
  );
  const proposal = {
    pairs: result.pairs,
    unmatched: result.unmatched,
    preferences: result.preferences ?? [],
    confirmedKeys: new Set(input.options.pinned.map(keyOf)),
    pins,
    warnings,
  };
  return { ...proposal, view: review(input, proposal) };
}

/** Mentors `menteeId` may move to, best first, with their places. */
export function alternativesFor(input: PairingInput, request: PairingRequest, menteeId: string): MentorOption[] {
  if (!input.mentees.some((mentee) => mentee.id === menteeId)) {
    throw new Error(
      `Наставляемого с ID «${menteeId}» больше нет на листе «Наставляемые». Нажмите «Подобрать пары» ещё раз.`,
    );
  }
  const feasible = feasibleFor(input, engineOptions(input, request), new Set([menteeId]));
  const mentors = new Map(input.mentors.map((mentor) => [mentor.id, mentor]));
  const confirmed = confirmedLoad(input);
  return feasible
    .sort(
      (a, b) =>
        b.score - a.score || collator.compare(mentors.get(a.mentorId)!.fullName, mentors.get(b.mentorId)!.fullName),
    )
    .slice(0, ALTERNATIVES)
    .map((pair) => {
      const mentor = mentors.get(pair.mentorId)!;
      return {
        mentorId: mentor.id,
        mentorName: mentor.fullName,
        score: pair.score,
        capacity: mentor.capacity,
        confirmed: confirmed.get(mentor.id) ?? 0,
      };
    });
}

function confirmedLoad(input: PairingInput): Map<string, number> {
  const load = new Map<string, number>();
  for (const pair of input.options.pinned) load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
  return load;
}

/** Newest pins win when a mentor's places run out; each dropped pin is explained. */
function acceptPins(
  input: PairingInput,
  options: PairingOptions,
  requested: PairKey[],
): { pins: PairKey[]; warnings: string[] } {
  const warnings: string[] = [];
  const accepted: PairKey[] = [];
  if (requested.length === 0) return { pins: accepted, warnings };
  const mentorById = new Map(input.mentors.map((m) => [m.id, m]));
  const menteeById = new Map(input.mentees.map((m) => [m.id, m]));
  const confirmedMentees = new Set(input.options.pinned.map((p) => p.menteeId));
  const candidates = requested.filter((pin) => menteeById.has(pin.menteeId) && !confirmedMentees.has(pin.menteeId));
  const feasible = new Set(feasibleFor(input, options, new Set(candidates.map((pin) => pin.menteeId))).map(keyOf));
  const load = confirmedLoad(input);
  const seenMentees = new Set<string>();
  for (const pin of [...requested].reverse()) {
    if (seenMentees.has(pin.menteeId)) continue;
    seenMentees.add(pin.menteeId);
    const mentor = mentorById.get(pin.mentorId);
    const mentee = menteeById.get(pin.menteeId);
    if (!mentor || !mentee) {
      warnings.push(
        `Закрепление снято: в реестрах больше нет ${mentor ? `наставляемого с ID «${pin.menteeId}»` : `наставника с ID «${pin.mentorId}»`}.`,
      );
      continue;
    }
    if (confirmedMentees.has(pin.menteeId)) continue; // confirmed meanwhile: kept as confirmed
    const pair = `«${mentor.fullName} — ${mentee.fullName}»`;
    if (!feasible.has(keyOf(pin))) {
      warnings.push(
        `Закрепление ${pair} снято: пара не проходит правила подбора (форма, согласие, класс/курс, «Не объединять», минимальная совместимость) или у наставника нет мест.`,
      );
      continue;
    }
    const used = load.get(pin.mentorId) ?? 0;
    if (used >= mentor.capacity) {
      warnings.push(
        `Закрепление ${pair} снято: у наставника всего ${mentor.capacity} мест, и они заняты закреплёнными парами.`,
      );
      continue;
    }
    load.set(pin.mentorId, used + 1);
    accepted.push(pin);
  }
  return { pins: accepted.reverse(), warnings: warnings.reverse() };
}

/**
 * The engine's result as the sidebar shows it. `input` says which pairs are confirmed: after a
 * confirmation the same result is reviewed against the rewritten sheets.
 */
export function review(input: PairingInput, proposal: Omit<Proposal, 'view' | 'confirmedKeys'>): PairingResult {
  const mentorById = new Map(input.mentors.map((m) => [m.id, m]));
  const menteeById = new Map(input.mentees.map((m) => [m.id, m]));
  const confirmedKeys = new Set(input.options.pinned.map(keyOf));
  const pinKeys = new Set(proposal.pins.filter((pin) => !confirmedKeys.has(keyOf(pin))).map(keyOf));
  const taken = confirmedLoad(input);
  for (const pair of proposal.pairs) {
    if (!confirmedKeys.has(keyOf(pair))) taken.set(pair.mentorId, (taken.get(pair.mentorId) ?? 0) + 1);
  }
  const pairIds = confirmedPairIds(input);

  const groups = new Map<string, MentorGroupView>();
  let proposed = 0;
  let confirmed = 0;
  let proposedScore = 0;
  for (const pair of proposal.pairs) {
    const key = keyOf(pair);
    const isConfirmed = confirmedKeys.has(key);
    const mentor = mentorById.get(pair.mentorId);
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
      menteeName: menteeById.get(pair.menteeId)?.fullName ?? pair.menteeId,
      form: pair.form,
      formName: formName(pair.form),
      score: pair.score,
      reasons: pair.reasons.filter((reason) => reason !== PINNED_REASON),
      against: pair.against,
      pinned: pinKeys.has(key),
      confirmed: isConfirmed,
      pairId: isConfirmed ? (pairIds.get(normalizedKey(pair)) ?? null) : null,
    };
    group.pairs.push(view);
    if (isConfirmed) confirmed++;
    else {
      proposed++;
      proposedScore += pair.score;
    }
  }

  const unmatched: UnmatchedView[] = proposal.unmatched.map((entry) => {
    const mentee = menteeById.get(entry.menteeId);
    return {
      menteeId: entry.menteeId,
      menteeName: mentee?.fullName ?? entry.menteeId,
      form: mentee?.form ?? '',
      formName: mentee ? formName(mentee.form) : '',
      reason: capitalized(entry.reason),
    };
  });
  unmatched.sort((a, b) => collator.compare(a.menteeName, b.menteeName));

  const ordered = [...groups.values()];
  for (const group of ordered) {
    group.pairs.sort(
      (a, b) =>
        Number(b.confirmed) - Number(a.confirmed) || b.score - a.score || collator.compare(a.menteeName, b.menteeName),
    );
  }
  const hasNew = (group: MentorGroupView) => group.pairs.some((pair) => !pair.confirmed);
  ordered.sort((a, b) => Number(hasNew(b)) - Number(hasNew(a)) || collator.compare(a.mentorName, b.mentorName));

  return {
    groups: ordered,
    unmatched: unmatched.slice(0, UNMATCHED_SENT),
    summary: {
      proposed,
      confirmed,
      unmatched: unmatched.length,
      averageScore: proposed > 0 ? Math.round((proposedScore / proposed) * 10) / 10 : null,
    },
    problems: problemLines(input),
    leftOut: { ...input.leftOut },
    corrections: correctionLines(input),
    preferences: lines(preferenceNotes(proposal.preferences, input), 'остальные — в том же роде.'),
    warnings: proposal.warnings,
    pins: proposal.pins.filter((pin) => !confirmedKeys.has(keyOf(pin))),
  };
}

function normalizedKey(pair: PairKey): string {
  return keyOf({ mentorId: normalizeText(pair.mentorId), menteeId: normalizeText(pair.menteeId) });
}

/** `ID пары` of each confirmed row, by the pair's normalised IDs (as readPairingInput matches them). */
function confirmedPairIds(input: PairingInput): Map<string, string> {
  const ids = new Map<string, string>();
  for (const record of input.pairRecords) {
    if (record.status !== 'утверждена' || !record.pairId) continue;
    const key = normalizedKey(record);
    if (!ids.has(key)) ids.set(key, record.pairId);
  }
  return ids;
}
