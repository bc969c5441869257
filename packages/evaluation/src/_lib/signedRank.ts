import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { Alternative, HypothesisTest } from "../types.ts";
import { err, ok, type Result } from "@carerkit/core";
import { pnorm, psignrank } from "./dist.ts";

/**
 * The most non-zero differences the exact signed-rank distribution is computed for: its cost
 * grows as n³, so beyond this `exact: true` is refused (by default the normal approximation is
 * used from n = 50, as in R). Matches `computeProbability`'s signed-rank limit.
 */
export const EXACT_MAX_N = 50;

/** Options of the signed-rank test, as R's `wilcox.test` names them. */
export interface SignedRankInputs {
  readonly alternative: Alternative;
  readonly mu: number;
  readonly correct: boolean;
  readonly exact: boolean | undefined;
}

/**
 * The Wilcoxon signed-rank test from a table of differences (value → how many), following
 * R 4.2's `wilcox.test(x, y, paired = TRUE)`: zeros dropped, average ranks for ties, exact
 * distribution when n < 50 without ties or zeros, otherwise the normal approximation with the
 * tie correction and (by default) the continuity correction.
 */
export function signedRankFromCounts(
  counts: ReadonlyMap<number, number>,
  inputs: SignedRankInputs,
): Result<HypothesisTest, EvaluationIssue> {
  const { alternative, mu, correct } = inputs;
  // Group the shifted differences by absolute value, keeping how many are positive.
  const byAbs = new Map<number, { total: number; positive: number }>();
  let zeroes = false;
  for (const [value, count] of counts) {
    if (count <= 0) continue;
    const d = value - mu;
    if (d === 0) {
      zeroes = true;
      continue;
    }
    const a = Math.abs(d);
    const entry = byAbs.get(a) ?? { total: 0, positive: 0 };
    entry.total += count;
    if (d > 0) entry.positive += count;
    byAbs.set(a, entry);
  }
  const groups = [...byAbs.entries()].sort((x, y) => x[0] - y[0]);
  let n = 0;
  let v = 0;
  let ties = false;
  let tieSum = 0;
  for (const [, g] of groups) {
    const averageRank = n + (g.total + 1) / 2;
    v += g.positive * averageRank;
    n += g.total;
    if (g.total > 1) {
      ties = true;
      tieSum += g.total ** 3 - g.total;
    }
  }
  if (n === 0) {
    return err({
      code: "too_few_observations",
      message: "differences: expected at least 1 non-zero difference, got 0",
      path: ["differences"],
    });
  }
  if (inputs.exact === true && n > EXACT_MAX_N) {
    return err({
      code: "invalid_option",
      message: `exact: the exact test is offered for up to ${EXACT_MAX_N} non-zero differences; use exact: false (the normal approximation)`,
      path: ["exact"],
    });
  }
  const exact = inputs.exact ?? (n < 50 && !ties && !zeroes);
  const base = { statistic: { name: "V", value: v }, nullValue: mu, alternative } as const;
  if (exact && !ties && !zeroes) {
    const upper = (x: number): number => 1 - psignrank(x - 1, n);
    let pValue: number;
    if (alternative === "less") pValue = psignrank(v, n);
    else if (alternative === "greater") pValue = upper(v);
    else pValue = Math.min(1, 2 * (v > (n * (n + 1)) / 4 ? upper(v) : psignrank(v, n)));
    return ok({ method: "Wilcoxon signed rank exact test", pValue, ...base });
  }
  const z0 = v - (n * (n + 1)) / 4;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieSum / 48);
  let correction = 0;
  if (correct) {
    if (alternative === "two.sided") correction = Math.sign(z0) * 0.5;
    else correction = alternative === "greater" ? 0.5 : -0.5;
  }
  const z = (z0 - correction) / sigma;
  let pValue: number;
  if (alternative === "less") pValue = pnorm(z);
  else if (alternative === "greater") pValue = pnorm(-z);
  else pValue = 2 * Math.min(pnorm(z), pnorm(-z));
  const method = correct
    ? "Wilcoxon signed rank test with continuity correction"
    : "Wilcoxon signed rank test";
  return ok({ method, pValue: Math.min(1, pValue), ...base });
}

/** A table value → count of the given numbers. */
export function countsOf(values: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const x of values) counts.set(x, (counts.get(x) ?? 0) + 1);
  return counts;
}
