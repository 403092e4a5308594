// Pairing engine: hard rules, compatibility with reasons, the exact optimal assignment.
export { DEFAULT_WEIGHTS, WEIGHT_KEYS, type PairingWeights, type WeightKey } from './weights';
export { PairingInputError } from './errors';
export type {
  FeasiblePair,
  PairKey,
  PairingOptions,
  PairingResult,
  PreferenceFinding,
  ProposedPair,
  UnmatchedCode,
  UnmatchedMentee,
} from './types';
export { matchPairs, greedyPairs, feasiblePairs, PINNED_REASON } from './match';
export type { AssignmentStats } from './flow';
