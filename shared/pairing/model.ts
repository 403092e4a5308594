// The records turned into flat arrays once, so that rules and scores over millions of
// (mentor, mentee) candidates are integer and bit operations.
import { FORM_CODES, normalizeText } from '../catalogue';
import type { FormCode, MeetingFormat, Mentee, Mentor, Weekday } from '../registry/types';
import { Directory } from './directory';
import { PairingInputError } from './errors';
import { compareIds } from './text';
import type { PairKey, PairingOptions } from './types';
import { resolveWeights, type PairingWeights } from './weights';

const FORMAT_CODES: Readonly<Record<MeetingFormat, number>> = { очно: 1, дистанционно: 2, смешанно: 3 };
const DAY_BITS: Readonly<Record<Weekday, number>> = { пн: 1, вт: 2, ср: 4, чт: 8, пт: 16, сб: 32, вс: 64 };

export interface PairingModel {
  /** Sorted by ID: every index below refers to these arrays. */
  mentors: Mentor[];
  mentees: Mentee[];
  weights: PairingWeights;
  minScore: number;
  /** Forms in scope, as a bitmask over FORM_CODES. */
  scope: number;

  /** Consent given and status not `выбыл`. */
  mentorUsable: Uint8Array;
  /** Offered forms as a bitmask over FORM_CODES. */
  mentorForms: Uint8Array;
  /** Capacity left after pinned pairs. */
  mentorRemaining: Int32Array;
  mentorGrade: Float64Array;
  mentorAge: Float64Array;
  rangeMin: Float64Array;
  rangeMax: Float64Array;
  mentorName: Int32Array;
  mentorKey: Int32Array;
  /** Bitsets over request tags, `requestWords` words per mentor. */
  competencies: Uint32Array;
  requestWords: number;
  /** Bitsets over mentee interest tags, `interestWords` words per mentor. */
  mentorInterests: Uint32Array;
  interestWords: number;
  mentorInterestCount: Int32Array;
  mentorDays: Uint8Array;
  mentorFormat: Uint8Array;
  /** Preferred mentees (indices), CSR. */
  mentorPrefStart: Int32Array;
  mentorPref: Int32Array;

  menteeForm: Uint8Array;
  menteeGrade: Float64Array;
  menteeAge: Float64Array;
  menteeName: Int32Array;
  menteeKey: Int32Array;
  requestStart: Int32Array;
  requestTag: Int32Array;
  interestStart: Int32Array;
  interestTag: Int32Array;
  menteeDays: Uint8Array;
  menteeFormat: Uint8Array;
  /** Preferred mentors (indices), CSR: one text may name several people of the same ФИО. */
  menteePrefStart: Int32Array;
  menteePref: Int32Array;

  /** Mentees to pair in this run: in scope, status `ожидает` / `без пары`, not pinned; ascending. */
  active: Int32Array;
  /** Pinned mentor of a mentee, −1 when none. */
  pinnedMentor: Int32Array;
  /** «Не объединять»: forbidden mentors of each mentee, CSR. */
  forbiddenStart: Int32Array;
  forbidden: Int32Array;
  /** Usable mentors with places left offering each form (in scope), ascending. */
  mentorsByForm: Int32Array[];
  /** Finds mentors and mentees by what a preference cell says. */
  mentorDirectory: Directory;
  menteeDirectory: Directory;
  /** How a tag was first written by a mentee, for reasons. */
  requestLabels: string[];
  interestLabels: string[];
}

function formIndex(code: FormCode): number {
  return FORM_CODES.indexOf(code);
}

class Interner {
  private readonly ids = new Map<string, number>();
  key(text: string): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    const id = this.ids.size;
    this.ids.set(text, id);
    return id;
  }
  peek(text: string): number | undefined {
    return this.ids.get(text);
  }
}

function numberOr(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : NaN;
}

function dayMask(days: readonly Weekday[]): number {
  let mask = 0;
  for (const day of days) mask |= DAY_BITS[day] ?? 0;
  return mask;
}

/** normalizeText with a cache: tags, names and IDs repeat a lot across thousands of rows. */
function cachedNormalizer(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let normal = cache.get(text);
    if (normal === undefined) {
      normal = normalizeText(text);
      cache.set(text, normal);
    }
    return normal;
  };
}

function tagIds(
  tags: readonly string[],
  normal: (text: string) => string,
  vocabulary: Interner,
  labels: string[] | null,
): number[] {
  const ids: number[] = [];
  for (const tag of tags) {
    const key = normal(tag);
    if (key === '') continue;
    let id = vocabulary.peek(key);
    if (id === undefined) {
      if (!labels) continue;
      id = vocabulary.key(key);
      labels.push(tag.trim());
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function csr(lists: readonly number[][]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) start[k + 1] = start[k] + lists[k].length;
  const items = new Int32Array(start[lists.length]);
  lists.forEach((list, k) => items.set(list, start[k]));
  return { start, items };
}

function resolvePairs(
  keys: readonly PairKey[] | undefined,
  mentors: Directory,
  mentees: Directory,
  what: string,
  strict: boolean,
): [number, number][] {
  const pairs: [number, number][] = [];
  for (const key of keys ?? []) {
    const mentor = mentors.id(key.mentorId);
    const mentee = mentees.id(key.menteeId);
    if (mentor === undefined || mentee === undefined) {
      if (!strict) continue;
      const missing = mentor === undefined ? `наставник «${key.mentorId}»` : `наставляемый «${key.menteeId}»`;
      throw new PairingInputError(`${what} ${key.mentorId} – ${key.menteeId}: ${missing} не найден в реестре`);
    }
    pairs.push([mentor, mentee]);
  }
  return pairs;
}

export function buildModel(
  mentorList: readonly Mentor[],
  menteeList: readonly Mentee[],
  options: PairingOptions = {},
): PairingModel {
  const weights = resolveWeights(options.weights);
  const minScore = options.minScore ?? 0;
  if (typeof minScore !== 'number' || !Number.isFinite(minScore) || minScore < 0 || minScore > 100) {
    throw new PairingInputError(
      `Минимальная совместимость должна быть числом от 0 до 100, получено: ${String(options.minScore)}`,
    );
  }
  let scope = 0;
  for (const form of options.forms ?? FORM_CODES) {
    const index = formIndex(form);
    if (index < 0) throw new PairingInputError(`Неизвестная форма наставничества: «${String(form)}»`);
    scope |= 1 << index;
  }

  const mentors = [...mentorList].sort((a, b) => compareIds(a.id, b.id));
  const mentees = [...menteeList].sort((a, b) => compareIds(a.id, b.id));
  const normal = cachedNormalizer();
  const mentorDirectory = new Directory(mentors, 'Наставники', normal);
  const menteeDirectory = new Directory(mentees, 'Наставляемые', normal);
  const nm = mentors.length;
  const ne = mentees.length;

  const names = new Interner();
  const personKeys = new Interner();

  // Tags: only what mentees ask for or like can ever match, so vocabularies come from mentees.
  const requestVocabulary = new Interner();
  const interestVocabulary = new Interner();
  const requestLabels: string[] = [];
  const interestLabels: string[] = [];
  const menteeRequests = mentees.map((mentee) => tagIds(mentee.requests, normal, requestVocabulary, requestLabels));
  const menteeInterests = mentees.map((mentee) => tagIds(mentee.interests, normal, interestVocabulary, interestLabels));
  const requestWords = Math.max(1, Math.ceil(requestLabels.length / 32));
  const interestWords = Math.max(1, Math.ceil(interestLabels.length / 32));

  const pinnedPairs = resolvePairs(options.pinned, mentorDirectory, menteeDirectory, 'Закреплённая пара', true);
  const pinnedMentor = new Int32Array(ne).fill(-1);
  const pinnedCount = new Int32Array(nm);
  for (const [mentor, mentee] of pinnedPairs) {
    const other = pinnedMentor[mentee];
    if (other === mentor) continue;
    if (other >= 0) {
      throw new PairingInputError(
        `Наставляемый «${mentees[mentee].id}» закреплён за двумя наставниками: «${mentors[other].id}» и «${mentors[mentor].id}»`,
      );
    }
    pinnedMentor[mentee] = mentor;
    pinnedCount[mentor]++;
  }

  const forbiddenLists: number[][] = mentees.map(() => []);
  for (const [mentor, mentee] of resolvePairs(options.doNotPair, mentorDirectory, menteeDirectory, '', false)) {
    forbiddenLists[mentee].push(mentor);
  }

  const mentorUsable = new Uint8Array(nm);
  const mentorForms = new Uint8Array(nm);
  const mentorRemaining = new Int32Array(nm);
  const mentorGrade = new Float64Array(nm);
  const mentorAge = new Float64Array(nm);
  const rangeMin = new Float64Array(nm);
  const rangeMax = new Float64Array(nm);
  const mentorName = new Int32Array(nm);
  const mentorKey = new Int32Array(nm);
  const competencies = new Uint32Array(nm * requestWords);
  const mentorInterests = new Uint32Array(nm * interestWords);
  const mentorInterestCount = new Int32Array(nm);
  const mentorDays = new Uint8Array(nm);
  const mentorFormat = new Uint8Array(nm);
  const mentorPrefLists: number[][] = [];

  mentors.forEach((mentor, j) => {
    const capacity = mentor.capacity;
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new PairingInputError(
        `Наставник «${mentor.id}»: «Макс. наставляемых» должно быть целым числом не меньше 1, получено: ${String(capacity)}`,
      );
    }
    mentorUsable[j] = mentor.consent && mentor.status !== 'выбыл' ? 1 : 0;
    let forms = 0;
    for (const form of mentor.forms) {
      const index = formIndex(form);
      if (index >= 0) forms |= 1 << index;
    }
    mentorForms[j] = forms & scope;
    mentorRemaining[j] = Math.max(0, capacity - pinnedCount[j]);
    mentorGrade[j] = numberOr(mentor.grade);
    mentorAge[j] = numberOr(mentor.age);
    rangeMin[j] = numberOr(mentor.menteeGrades?.min);
    rangeMax[j] = numberOr(mentor.menteeGrades?.max);
    mentorName[j] = names.key(normal(mentor.fullName));
    mentorKey[j] = personKeys.key(normal(mentor.id));
    for (const tag of tagIds(mentor.competencies, normal, requestVocabulary, null)) {
      competencies[j * requestWords + (tag >>> 5)] |= 1 << (tag & 31);
    }
    for (const tag of tagIds(mentor.interests, normal, interestVocabulary, null)) {
      mentorInterests[j * interestWords + (tag >>> 5)] |= 1 << (tag & 31);
    }
    mentorInterestCount[j] = new Set(mentor.interests.map(normal).filter((tag) => tag !== '')).size;
    mentorDays[j] = dayMask(mentor.days);
    mentorFormat[j] = mentor.format ? (FORMAT_CODES[mentor.format] ?? 0) : 0;
    const preferred = new Set<number>();
    for (const text of mentor.preferredMentees)
      for (const mentee of menteeDirectory.find(text).people) preferred.add(mentee);
    mentorPrefLists.push([...preferred].sort((a, b) => a - b));
  });

  const menteeForm = new Uint8Array(ne);
  const menteeGrade = new Float64Array(ne);
  const menteeAge = new Float64Array(ne);
  const menteeName = new Int32Array(ne);
  const menteeKey = new Int32Array(ne);
  const menteeDays = new Uint8Array(ne);
  const menteeFormat = new Uint8Array(ne);
  const menteePrefLists: number[][] = [];
  const active: number[] = [];

  mentees.forEach((mentee, i) => {
    const form = formIndex(mentee.form);
    if (form < 0)
      throw new PairingInputError(`Наставляемый «${mentee.id}»: неизвестная форма «${String(mentee.form)}»`);
    menteeForm[i] = form;
    menteeGrade[i] = numberOr(mentee.grade);
    menteeAge[i] = numberOr(mentee.age);
    menteeName[i] = names.key(normal(mentee.fullName));
    menteeKey[i] = personKeys.key(normal(mentee.id));
    menteeDays[i] = dayMask(mentee.days);
    menteeFormat[i] = mentee.format ? (FORMAT_CODES[mentee.format] ?? 0) : 0;
    menteePrefLists.push(mentee.preferredMentor ? mentorDirectory.find(mentee.preferredMentor).people : []);
    const waiting = mentee.status === 'ожидает' || mentee.status === 'без пары';
    if (waiting && pinnedMentor[i] < 0 && (scope >> form) & 1) active.push(i);
  });

  const mentorsByForm = FORM_CODES.map((_, form) => {
    const list: number[] = [];
    for (let j = 0; j < nm; j++) {
      if (mentorUsable[j] && mentorRemaining[j] > 0 && (mentorForms[j] >> form) & 1) list.push(j);
    }
    return Int32Array.from(list);
  });

  const requests = csr(menteeRequests);
  const interests = csr(menteeInterests);
  const mentorPref = csr(mentorPrefLists);
  const menteePref = csr(menteePrefLists);
  const forbidden = csr(forbiddenLists);

  return {
    mentors,
    mentees,
    weights,
    minScore,
    scope,
    mentorUsable,
    mentorForms,
    mentorRemaining,
    mentorGrade,
    mentorAge,
    rangeMin,
    rangeMax,
    mentorName,
    mentorKey,
    competencies,
    requestWords,
    mentorInterests,
    interestWords,
    mentorInterestCount,
    mentorDays,
    mentorFormat,
    mentorPrefStart: mentorPref.start,
    mentorPref: mentorPref.items,
    menteeForm,
    menteeGrade,
    menteeAge,
    menteeName,
    menteeKey,
    requestStart: requests.start,
    requestTag: requests.items,
    interestStart: interests.start,
    interestTag: interests.items,
    menteeDays,
    menteeFormat,
    menteePrefStart: menteePref.start,
    menteePref: menteePref.items,
    active: Int32Array.from(active),
    pinnedMentor,
    forbiddenStart: forbidden.start,
    forbidden: forbidden.items,
    mentorsByForm,
    mentorDirectory,
    menteeDirectory,
    requestLabels,
    interestLabels,
  };
}
