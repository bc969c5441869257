import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { Alternative, HypothesisTest } from "../types.ts";
import { err, ok, type Result } from "@carerkit/core";
import { pt, qt } from "./dist.ts";

/** What a t-test needs: an estimate, its standard error and the degrees of freedom. */
export interface TInputs {
  readonly method: string;
  readonly estimateName: string;
  readonly estimate: number;
  readonly standardError: number;
  readonly df: number;
  readonly mu: number;
  readonly alternative: Alternative;
  readonly confidenceLevel: number;
}

/** A t-test as R's `t.test` computes it, from sufficient statistics. */
export function tTestFrom(input: TInputs): Result<HypothesisTest, EvaluationIssue> {
  const { estimate, standardError: se, df, mu, alternative, confidenceLevel } = input;
  if (!(se > 0)) {
    return err({
      code: "zero_variance",
      message: "differences: the data are essentially constant (standard deviation 0)",
      path: ["differences"],
    });
  }
  const t = (estimate - mu) / se;
  let pValue: number;
  let lower: number;
  let upper: number;
  if (alternative === "less") {
    pValue = pt(t, df);
    lower = Number.NEGATIVE_INFINITY;
    upper = estimate + qt(confidenceLevel, df) * se;
  } else if (alternative === "greater") {
    pValue = pt(-t, df);
    lower = estimate - qt(confidenceLevel, df) * se;
    upper = Number.POSITIVE_INFINITY;
  } else {
    pValue = 2 * pt(-Math.abs(t), df);
    const q = qt(1 - (1 - confidenceLevel) / 2, df);
    lower = estimate - q * se;
    upper = estimate + q * se;
  }
  return ok({
    method: input.method,
    statistic: { name: "t", value: t },
    parameter: { name: "df", value: df },
    pValue: Math.min(1, pValue),
    confidenceInterval: { lower, upper, level: confidenceLevel },
    estimate: { name: input.estimateName, value: estimate },
    nullValue: mu,
    alternative,
  });
}
