import { checkArgument } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import { argumentIssue } from "./argumentIssue.ts";
import { qnorm } from "./dist.ts";

/** An issue when `level` is not strictly between 0 and 1. */
export function checkConfidenceLevel(level: number): EvaluationIssue | undefined {
  if (Number.isFinite(level) && level > 0 && level < 1) return undefined;
  return {
    code: "invalid_option",
    message: `confidenceLevel: expected a number strictly between 0 and 1`,
    path: ["confidenceLevel"],
  };
}

/** An issue naming the first value of `values` that is not a finite number. */
export function checkFinite(values: readonly unknown[], name: string): EvaluationIssue | undefined {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      return {
        code: "not_finite",
        message: `${name}[${i}]: expected a finite number`,
        path: [name, i],
      };
    }
  }
  return undefined;
}

/**
 * An issue when `pre`, `post` or `options` is of the wrong shape (`invalid_argument`), the two
 * differ in length, or they hold non-finite values. Missing values are refused rather than
 * dropped: leave out incomplete pairs first, as R's `na.omit` would.
 */
export function checkPairs(
  fn: string,
  pairs: { readonly pre: unknown; readonly post: unknown },
  options: unknown,
): EvaluationIssue | undefined {
  const { pre, post } = pairs;
  const problem = argumentIssue(() => {
    checkArgument(fn, { pre }, "array");
    checkArgument(fn, { post }, "array");
    checkArgument(fn, { options }, "plain object");
  });
  if (problem) return problem;
  const [x, y] = [pre as readonly unknown[], post as readonly unknown[]];
  if (x.length !== y.length) {
    return {
      code: "mismatched_lengths",
      message: `post: expected ${x.length} values to pair with pre, got ${y.length}`,
      path: ["post"],
    };
  }
  return checkFinite(x, "pre") ?? checkFinite(y, "post");
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

/**
 * An issue when `count` or `total` is not a count (an `invalid_argument` naming `name.count` or
 * `name.total`), or when the count exceeds its total (`invalid_count`).
 */
export function checkCount(
  fn: string,
  counted: { readonly count: unknown; readonly total: unknown },
  name: string,
): EvaluationIssue | undefined {
  const { count, total } = counted;
  const problem = argumentIssue(() => {
    checkArgument(fn, { [`${name}.count`]: count }, "count");
    checkArgument(fn, { [`${name}.total`]: total }, "count");
  });
  if (problem) return problem;
  if ((count as number) <= (total as number)) return undefined;
  return {
    code: "invalid_count",
    message: `${name}.count: expected at most ${name}.total`,
    path: [name, "count"],
  };
}

/** z such that P(|Z| ≤ z) = level. */
export function twoSidedZ(level: number): number {
  return qnorm(1 - (1 - level) / 2);
}

/**
 * The checks shared by the two-group functions: arrays and a plain options object
 * (`invalid_argument`), finite values, two per group, a valid level.
 */
export function checkTwoGroups(
  fn: string,
  groups: { readonly a: unknown; readonly b: unknown },
  options: unknown,
): EvaluationIssue | undefined {
  const { a, b } = groups;
  const problem = argumentIssue(() => {
    checkArgument(fn, { a }, "array");
    checkArgument(fn, { b }, "array");
    checkArgument(fn, { options }, "plain object");
  });
  if (problem) return problem;
  const [x, y] = [a as readonly unknown[], b as readonly unknown[]];
  const { confidenceLevel = 0.95 } = options as { readonly confidenceLevel?: number };
  return (
    checkFinite(x, "a") ??
    checkFinite(y, "b") ??
    checkAtLeast(x.length, 2, { name: "a" }) ??
    checkAtLeast(y.length, 2, { name: "b" }) ??
    checkConfidenceLevel(confidenceLevel)
  );
}

/**
 * The checks shared by the two-proportion functions: plain objects (`invalid_argument`), valid
 * counts, non-empty totals, a level.
 */
export function checkTwoCounts(
  fn: string,
  groups: { readonly a: unknown; readonly b: unknown },
  options: unknown,
): EvaluationIssue | undefined {
  const { a, b } = groups;
  const problem = argumentIssue(() => {
    checkArgument(fn, { a }, "plain object");
    checkArgument(fn, { b }, "plain object");
    checkArgument(fn, { options }, "plain object");
  });
  if (problem) return problem;
  const [x, y] = [a as CountOf, b as CountOf];
  const { confidenceLevel = 0.95 } = options as { readonly confidenceLevel?: number };
  return (
    checkCount(fn, x, "a") ??
    checkCount(fn, y, "b") ??
    checkAtLeast(x.total, 1, { name: "a.total", what: "observations" }) ??
    checkAtLeast(y.total, 1, { name: "b.total", what: "observations" }) ??
    checkConfidenceLevel(confidenceLevel)
  );
}

interface CountOf {
  readonly count: number;
  readonly total: number;
}

/**
 * The checks shared by the one-sample functions: an array and a plain options object
 * (`invalid_argument`), then finite values (`not_finite`; missing values are refused, not
 * dropped: filter them out first, as `na.rm = TRUE` would).
 */
export function checkValues(
  fn: string,
  values: unknown,
  options: unknown,
): EvaluationIssue | undefined {
  return (
    argumentIssue(() => {
      checkArgument(fn, { values }, "array");
      checkArgument(fn, { options }, "plain object");
    }) ?? checkFinite(values as readonly unknown[], "values")
  );
}

/** An `invalid_option` issue when an option is given but is not one of `allowed`. */
export function checkOneOf(
  value: unknown,
  allowed: readonly unknown[],
  name: string,
): EvaluationIssue | undefined {
  if (value === undefined || allowed.includes(value)) return undefined;
  return {
    code: "invalid_option",
    message: `${name}: expected one of ${allowed.join(", ")}`,
    path: [name],
  };
}
