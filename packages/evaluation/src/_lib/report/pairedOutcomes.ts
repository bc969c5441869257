import type { Result } from "@carerkit/core";
import type { EvaluationIssue } from "../../evaluationIssue.ts";
import {
  summarisePairedOutcomes,
  type PairedOutcomeSummary,
} from "../../paired/summarisePairedOutcomes.ts";
import type { OutcomeMeasure } from "../../report/types.ts";
import type { EvaluationRow } from "../../report/evaluationDataset.ts";
import type { ScoreDirection } from "../../types.ts";

/** The rows with both outcome scores, their scores, and the paired summary of them. */
export interface PairedOutcomes {
  readonly paired: readonly { readonly pre: number; readonly post: number }[];
  readonly pre: readonly number[];
  readonly post: readonly number[];
  readonly direction: ScoreDirection;
  readonly summary: Result<PairedOutcomeSummary, EvaluationIssue>;
}

/**
 * Pairs the scores of a measure (the row's own `pre`/`post`, or `outcomes[measure.key]`) in
 * rows that have both, and summarises the change.
 */
export function pairedOutcomes(
  rows: readonly EvaluationRow[],
  measure: OutcomeMeasure,
  level: number,
): PairedOutcomes {
  const paired = rows.flatMap((r) => {
    const scores = measure.key === undefined ? r : r.outcomes?.[measure.key];
    const { pre, post } = scores ?? {};
    return pre === undefined || post === undefined ? [] : [{ pre, post }];
  });
  const pre = paired.map((r) => r.pre);
  const post = paired.map((r) => r.post);
  const direction = measure.direction ?? "higher-is-better";
  const summary = summarisePairedOutcomes(pre, post, {
    direction,
    confidenceLevel: level,
    minimalImportantChange: measure.minimalImportantChange,
    reliability: measure.reliability,
    cutoff: measure.cutoff,
  });
  return { paired, pre, post, direction, summary };
}
