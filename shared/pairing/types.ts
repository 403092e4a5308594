// The pairing engine's public shapes; the CLI and the add-on code against them.
import type { FormCode } from '../registry/types';
import type { PairingWeights } from './weights';

export interface PairKey {
  mentorId: string;
  menteeId: string;
}

export interface PairingOptions {
  weights?: Partial<PairingWeights>;
  /** 0..100; pairs with a lower compatibility are not proposed. */
  minScore?: number;
  /** «Не объединять»: never proposed. */
  doNotPair?: PairKey[];
  /** Confirmed pairs kept as they are (even where a rule no longer holds); they use their mentor's capacity. */
  pinned?: PairKey[];
  /** Pair only mentees of these forms (all forms when absent). */
  forms?: FormCode[];
}

export interface ProposedPair {
  mentorId: string;
  menteeId: string;
  form: FormCode;
  /** Integer 0..100. */
  score: number;
  /** `Почему подобраны`, Russian: only what speaks for the pair, strongest first. */
  reasons: string[];
  /** What speaks against the pair (criteria that lowered its score), heaviest first; often empty. */
  against: string[];
  pinned: boolean;
}

/** Why a mentee got no mentor, from the most basic cause to the last one. */
export type UnmatchedCode =
  | 'no-consent'
  | 'no-mentor-of-form'
  | 'no-available-mentor'
  | 'only-self'
  | 'grade-rules'
  | 'do-not-pair'
  | 'below-min-score'
  | 'mentors-full'
  | 'taken-by-others';

export interface UnmatchedMentee {
  menteeId: string;
  code: UnmatchedCode;
  /** Russian, says what the curator can do about it. */
  reason: string;
}

/** What became of a preference (`Предпочитаемый наставник`, `Предпочитаемые наставляемые`). */
export type PreferenceFinding =
  /** The text is neither an ID nor a ФИО of anyone in pairing. */
  | { kind: 'nobody'; side: 'mentee' | 'mentor'; personId: string; text: string }
  /** A ФИО several people share: all of them count as chosen; an ID would be exact. */
  | { kind: 'ambiguous'; side: 'mentee' | 'mentor'; personId: string; text: string; candidates: string[] }
  /** Found only by reading Latin look-alike letters as Cyrillic (`H016` → `Н016`). */
  | { kind: 'look-alike'; side: 'mentee' | 'mentor'; personId: string; text: string; otherId: string }
  /** The chosen pair was not proposed; `reason` names the rule (or that the place went to others). */
  | {
      kind: 'not-honoured';
      side: 'mentee' | 'mentor';
      personId: string;
      mentorId: string;
      menteeId: string;
      mutual: boolean;
      reason: string;
    };

export interface PairingResult {
  /** Pinned and new pairs, ordered by mentor ID, then mentee ID. */
  pairs: ProposedPair[];
  /** Mentees up for pairing (status `ожидает` / `без пары`, forms in scope) who got no mentor, by ID. */
  unmatched: UnmatchedMentee[];
  /** `pairs.length`: pinned pairs included. */
  matched: number;
  /** Sum of `score` over `pairs`: pinned pairs included. */
  totalScore: number;
  /** Preferences not honoured (mutual ones first), naming nobody or several people, read through look-alikes. */
  preferences?: PreferenceFinding[];
}

export interface FeasiblePair {
  mentorId: string;
  menteeId: string;
  score: number;
}
