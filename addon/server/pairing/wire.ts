// What crosses google.script.run between the pairing sidebar and its server handlers.
// Plain JSON only: no Date (dates are 'YYYY-MM-DD' strings), no undefined (null instead), no Map.
// Imported by both the Apps Script server and the DOM sidebar, so it must stay free of either world.

/** One mentor–mentee link, addressed by registry IDs. */
export interface PairKey {
  mentorId: string;
  menteeId: string;
}

/** A mentoring form present in the registries, with how many people each side has for it. */
export interface FormChoice {
  code: string;
  name: string;
  /** Mentors of this form who can still take someone (consent, not «выбыл»). */
  mentors: number;
  /** Mentees of this form waiting for a pair (not yet in a confirmed pair). */
  waiting: number;
}

export interface WeightSetting {
  key: string;
  label: string;
  hint: string;
  value: number;
  /** The value from «Настройки» (or the engine default): what «Сбросить» returns to. */
  base: number;
}

export interface PairingRequest {
  /** Form codes to pair; mentees of other forms are left as they are. */
  forms: string[];
  weights: Record<string, number>;
  /** Minimum compatibility 0–100; 0 = no minimum. */
  minScore: number;
  /** Pairs the curator fixed by hand (pins and swaps); the engine keeps them. */
  pins: PairKey[];
}

export interface ConfirmedPairView {
  pairId: string;
  form: string;
  mentorId: string;
  mentorName: string;
  menteeId: string;
  menteeName: string;
  score: number | null;
  startDate: string;
}

/** How many people of each registry do not take part in pairing because of problems in their rows. */
export interface LeftOutCounts {
  mentors: number;
  mentees: number;
}

export interface PairingState {
  forms: FormChoice[];
  weights: WeightSetting[];
  minScore: number;
  /** Minimum from «Настройки» (what «Сбросить» returns to). */
  baseMinScore: number;
  counts: {
    mentors: number;
    mentees: number;
    waiting: number;
    confirmedPairs: number;
  };
  confirmed: ConfirmedPairView[];
  /** Russian messages about registry rows that could not be read (sheet, row, column): those rows are left out. */
  problems: string[];
  /** People left out of pairing because of those problems. */
  leftOut: LeftOutCounts;
  /** Values corrected (look-alike letters) and things to check; nobody is left out for these. */
  corrections: string[];
  /** The request of the last run in this document, to restore the sidebar; null before the first run. */
  lastRequest: PairingRequest | null;
}

/** Another mentor the curator may move a mentee to: every hard rule and the minimum hold. */
export interface MentorOption {
  mentorId: string;
  mentorName: string;
  score: number;
  capacity: number;
  /** Places taken by confirmed pairs (of every form). */
  confirmed: number;
}

export interface ProposedPairView {
  mentorId: string;
  menteeId: string;
  menteeName: string;
  form: string;
  formName: string;
  score: number;
  /** What speaks for the pair, strongest first. */
  reasons: string[];
  /** What speaks against it («Против»), heaviest first; often empty. */
  against: string[];
  /** Fixed by the curator in this session. */
  pinned: boolean;
  /** Already `утверждена` in «Пары»; kept as is. */
  confirmed: boolean;
  pairId: string | null;
}

export interface MentorGroupView {
  mentorId: string;
  mentorName: string;
  capacity: number;
  /** Places used in the current proposal, confirmed pairs of every form included. */
  taken: number;
  pairs: ProposedPairView[];
}

export interface UnmatchedView {
  menteeId: string;
  menteeName: string;
  form: string;
  formName: string;
  reason: string;
}

export interface PairingResult {
  groups: MentorGroupView[];
  /** Mentees without a pair, by name; at most the first few hundred (`summary.unmatched` counts all). */
  unmatched: UnmatchedView[];
  summary: {
    /** New pairs proposed in this run (not yet confirmed). */
    proposed: number;
    confirmed: number;
    unmatched: number;
    /** Mean compatibility of the proposed pairs, one decimal; null when none. */
    averageScore: number | null;
  };
  /** Rows left out of pairing, each with sheet, row, column and what to do. */
  problems: string[];
  leftOut: LeftOutCounts;
  /** Values corrected (look-alike letters) and things to check in the registries. */
  corrections: string[];
  /** Preferences not honoured (mutual choices first), naming nobody or several people. */
  preferences: string[];
  /** Russian notes about the request itself, e.g. a pin that no longer holds. */
  warnings: string[];
  /** The pins that held, i.e. the request's pins the sidebar should keep. */
  pins: PairKey[];
}

export interface ConfirmRequest {
  request: PairingRequest;
  /** Proposed pairs ticked by the curator: they become `утверждена`; the rest of the proposal is written as `предложена`. */
  pairs: PairKey[];
  /** 'YYYY-MM-DD'. */
  startDate: string;
}

export interface ConfirmResult {
  /** Pairs now `утверждена` in «Пары». */
  confirmed: number;
  /** Pairs of the proposal written as `предложена` (they replace earlier `предложена` rows). */
  proposed: number;
  /** `ID пары` of the confirmed pairs, one per mentor group, in sheet order. */
  pairIds: string[];
  /** Mentees whose `Статус` became `в паре`. */
  menteesUpdated: number;
  result: PairingResult;
}

/** The server functions the sidebar calls; the handlers implement exactly this. */
export interface PairingApi {
  getPairingState(): PairingState;
  runPairing(request: PairingRequest): PairingResult;
  /** Mentors a mentee may be moved to, best first (asked when the curator opens «Заменить»). */
  getAlternatives(menteeId: string, request: PairingRequest): MentorOption[];
  excludePair(pair: PairKey, request: PairingRequest): PairingResult;
  confirmPairs(confirm: ConfirmRequest): ConfirmResult;
}
