/** How alike two names are, and whether that makes them a conflict. */
export interface SimilarityResult {
  /** 0..1, 1 meaning the same name once normalised. */
  similarity: number;
  conflict: boolean;
  /** A sentence a person can read, e.g. "same after normalising: VESSEL_NAMES -> vessel name". */
  reason: string;
}

export interface ConflictMatch extends SimilarityResult {
  candidate: string;
  existing: string;
}

/** Scores a new name against names already in the catalog. */
export interface ConflictStrategyV1 {
  readonly specificationVersion: 'v1';
  readonly name: string;
  compare(a: string, b: string): SimilarityResult;
  /** Conflicts of `candidate` with any of `existing`, best first. */
  findConflicts(candidate: string, existing: ReadonlyArray<string>): ConflictMatch[];
}
