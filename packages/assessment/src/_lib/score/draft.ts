// The score of one call of scoreInstrument while it is being worked out, step by step.
import type { AssessmentIssue } from "../../errors.ts";
import type { BandResult } from "../../instrument/types/banding.ts";
import type { ConvertedScore, RaisedFlag, SubscaleScore } from "../../instrument/types/score.ts";

/** Filled in by each step in turn; `issues` stays `undefined` on the happy path (no array). */
export interface ScoreDraft {
  /** The own enumerable keys are exactly the item ids in item order (checked in step 2). */
  ownKeysAreItems: boolean;
  /** Sum of the answered items' scores (the mean, once the total is worked out). */
  raw: number;
  answered: number;
  /** Ids of unanswered items. */
  missing: string[] | undefined;
  /** Item scores, `NaN` for unanswered or invalid; kept only when subscales need them. */
  scores: number[] | undefined;
  issues: AssessmentIssue[] | undefined;
  total: number;
  prorated: boolean;
  subscales: SubscaleScore[] | undefined;
  /** Bands of the total, then of the conversions; a frozen shared array where possible. */
  bands: readonly BandResult[];
  conversions: ConvertedScore[] | undefined;
  flags: readonly RaisedFlag[] | undefined;
}

/** The empty draft. */
export function newScoreDraft(): ScoreDraft {
  return {
    ownKeysAreItems: false,
    raw: 0,
    answered: 0,
    missing: undefined,
    scores: undefined,
    issues: undefined,
    total: 0,
    prorated: false,
    subscales: undefined,
    bands: NONE,
    conversions: undefined,
    flags: undefined,
  };
}

/** The shared empty array of a score with nothing of a kind. */
export const NONE: readonly never[] = Object.freeze([]);

/** Records one problem; the array is made on the first. */
export function addIssue(draft: ScoreDraft, issue: AssessmentIssue): void {
  (draft.issues ??= []).push(issue);
}

/** Whether any problem has been recorded so far. */
export function hasIssues(draft: ScoreDraft): boolean {
  return draft.issues !== undefined;
}
