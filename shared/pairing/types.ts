// The pairing engine's public shapes; the CLI and the add-on code against them.
import type { FormCode, PreferenceFinding } from '../registry/types';
import type { PairingWeights } from './weights';

export type { PreferenceFinding };

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
