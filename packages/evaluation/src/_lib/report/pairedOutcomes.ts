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
  readonly paired: readonly (EvaluationRow & { pre: number; post: number })[];
  readonly pre: readonly number[];
  readonly post: readonly number[];
  readonly direction: ScoreDirection;
  readonly summary: Result<PairedOutcomeSummary, EvaluationIssue>;
}

/** Pairs the outcome scores of rows that have both, and summarises the change. */
export function pairedOutcomes(
  rows: readonly EvaluationRow[],
  measure: OutcomeMeasure,
  level: number,
): PairedOutcomes {
  const paired = rows.filter(
    (r): r is EvaluationRow & { pre: number; post: number } =>
      r.pre !== undefined && r.post !== undefined,
  );
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
