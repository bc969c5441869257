import type { EvaluationIssue } from "../evaluationIssue.ts";
import { qnorm } from "./dist.ts";

/** An issue when `level` is not strictly between 0 and 1. */
export function checkConfidenceLevel(level: number): EvaluationIssue | undefined {
  if (Number.isFinite(level) && level > 0 && level < 1) return undefined;
  return {
    code: "invalid_option",
    message: `confidenceLevel: expected a number strictly between 0 and 1, got ${String(level)}`,
    path: ["confidenceLevel"],
  };
}

/** An issue naming the first value of `values` that is not a finite number. */
export function checkFinite(values: readonly number[], name: string): EvaluationIssue | undefined {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      return {
        code: "not_finite",
        message: `${name}[${i}]: expected a finite number, got ${String(value)}`,
        path: [name, i],
      };
    }
  }
  return undefined;
}

/** An issue when paired inputs differ in length or hold non-finite values. */
export function checkPairs(
  pre: readonly number[],
  post: readonly number[],
): EvaluationIssue | undefined {
  if (pre.length !== post.length) {
    return {
      code: "mismatched_lengths",
      message: `post: expected ${pre.length} values to pair with pre, got ${post.length}`,
      path: ["post"],
    };
  }
  return checkFinite(pre, "pre") ?? checkFinite(post, "post");
}

/** An issue when there are fewer than `minimum` observations. */
export function checkAtLeast(
  n: number,
  minimum: number,
  where: { readonly name: string; readonly what?: string },
): EvaluationIssue | undefined {
  const { name, what = "values" } = where;
  if (n >= minimum) return undefined;
  return {
    code: "too_few_observations",
    message: `${name}: expected at least ${minimum} ${what}, got ${n}`,
    path: [name],
  };
}

/** An issue when `count` is not an integer in 0…total or `total` is not a non-negative integer. */
export function checkCount(
  count: number,
  total: number,
  name: string,
): EvaluationIssue | undefined {
  if (!Number.isInteger(total) || total < 0) {
    return {
      code: "invalid_count",
      message: `${name}.total: expected a non-negative integer, got ${String(total)}`,
      path: [name, "total"],
    };
  }
  if (!Number.isInteger(count) || count < 0 || count > total) {
    return {
      code: "invalid_count",
      message: `${name}.count: expected an integer 0–${total}, got ${String(count)}`,
      path: [name, "count"],
    };
  }
  return undefined;
}

/** z such that P(|Z| ≤ z) = level. */
export function twoSidedZ(level: number): number {
  return qnorm(1 - (1 - level) / 2);
}

/** The checks shared by the two-group functions: finite values, two per group, a valid level. */
export function checkTwoGroups(
  a: readonly number[],
  b: readonly number[],
  level: number,
): EvaluationIssue | undefined {
  return (
    checkFinite(a, "a") ??
    checkFinite(b, "b") ??
    checkAtLeast(a.length, 2, { name: "a" }) ??
    checkAtLeast(b.length, 2, { name: "b" }) ??
    checkConfidenceLevel(level)
  );
}

/** The checks shared by the two-proportion functions: valid counts, non-empty totals, a level. */
export function checkTwoCounts(
  a: { readonly count: number; readonly total: number },
  b: { readonly count: number; readonly total: number },
  level: number,
): EvaluationIssue | undefined {
  return (
    checkCount(a.count, a.total, "a") ??
    checkCount(b.count, b.total, "b") ??
    checkAtLeast(a.total, 1, { name: "a.total", what: "observations" }) ??
    checkAtLeast(b.total, 1, { name: "b.total", what: "observations" }) ??
    checkConfidenceLevel(level)
  );
}
