// Density, CDF and quantile for each public Distribution, from the stdlib-backed facade in
// dist.ts. Parameters are checked here, once, so the public functions return typed issues.
import { checkArgument } from "@carerkit/core";
import betaPdf from "@stdlib/stats-base-dists-beta-pdf";
import binomialPmf from "@stdlib/stats-base-dists-binomial-pmf";
import chisquarePdf from "@stdlib/stats-base-dists-chisquare-pdf";
import normalPdf from "@stdlib/stats-base-dists-normal-pdf";
import tPdf from "@stdlib/stats-base-dists-t-pdf";
import betaCdf from "@stdlib/stats-base-dists-beta-cdf";
import { match } from "ts-pattern";
import type { Distribution } from "../distributions/distribution.ts";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import {
  discreteQuantile,
  dsignrank,
  invert,
  pbinom,
  pchisq,
  pnorm,
  psignrank,
  psignrankUpper,
  pt,
  qbeta,
  qchisq,
  qnorm,
  qt,
} from "./dist.ts";
import { pnct } from "./noncentralT.ts";
import { argumentIssue } from "./argumentIssue.ts";

function issue(field: string, expected: string): EvaluationIssue {
  return {
    code: "invalid_option",
    message: `distribution.${field}: expected ${expected}`,
    path: ["distribution", field],
  };
}

const positive = (x: number): boolean => Number.isFinite(x) && x > 0;

const NAMES: readonly unknown[] = ["normal", "t", "chi-square", "binomial", "beta", "signed-rank"];

/**
 * An issue when the distribution or the options are not plain objects (`invalid_argument`), the
 * name is unknown, or a parameter of `d` is out of its domain.
 */
export function checkDistribution(
  fn: string,
  distribution: unknown,
  options: unknown,
): EvaluationIssue | undefined {
  const shape = argumentIssue(() => {
    checkArgument(fn, { distribution }, "plain object");
    checkArgument(fn, { options }, "plain object");
  });
  if (shape) return shape;
  const d = distribution as Distribution;
  if (!NAMES.includes(d.name)) return issue("name", `one of ${NAMES.join(", ")}`);
  return match(d)
    .with({ name: "normal" }, ({ mean = 0, sd = 1 }) => {
      if (!Number.isFinite(mean)) return issue("mean", "a finite number");
      return positive(sd) ? undefined : issue("sd", "a positive number");
    })
    .with({ name: "t" }, ({ df, ncp = 0 }) => {
      if (!(df > 0) || Number.isNaN(df)) return issue("df", "a positive number");
      return Number.isFinite(ncp) ? undefined : issue("ncp", "a finite number");
    })
    .with({ name: "chi-square" }, ({ df }) =>
      df > 0 && !Number.isNaN(df) ? undefined : issue("df", "a positive number"),
    )
    .with({ name: "binomial" }, ({ size, prob }) => {
      if (!Number.isInteger(size) || size < 0) return issue("size", "a non-negative integer");
      return prob >= 0 && prob <= 1 ? undefined : issue("prob", "a number in [0, 1]");
    })
    .with({ name: "beta" }, ({ shape1, shape2 }) => {
      if (!positive(shape1)) return issue("shape1", "a positive number");
      return positive(shape2) ? undefined : issue("shape2", "a positive number");
    })
    .with({ name: "signed-rank" }, ({ n }) =>
      Number.isInteger(n) && n >= 1 && n <= 50
        ? undefined
        : issue(
            "n",
            "an integer 1–50 (the exact distribution; beyond 50 use the normal approximation)",
          ),
    )
    .exhaustive();
}

/** The density (mass for binomial and signed-rank) at x; `undefined` for the noncentral t. */
export function densityOf(x: number, d: Distribution): number | undefined {
  return match(d)
    .with({ name: "normal" }, ({ mean = 0, sd = 1 }) => normalPdf(x, mean, sd))
    .with({ name: "t" }, ({ df, ncp = 0 }) => (ncp === 0 ? tPdf(x, df) : undefined))
    .with({ name: "chi-square" }, ({ df }) => chisquarePdf(x, df))
    .with({ name: "binomial" }, ({ size, prob }) => binomialPmf(x, size, prob))
    .with({ name: "beta" }, ({ shape1, shape2 }) => betaPdf(x, shape1, shape2))
    .with({ name: "signed-rank" }, ({ n }) => dsignrank(x, n))
    .exhaustive();
}

/** P(X ≤ q), or P(X > q) with `upper`, each computed in its own tail. */
export function probabilityOf(q: number, d: Distribution, upper: boolean): number {
  return match(d)
    .with({ name: "normal" }, ({ mean = 0, sd = 1 }) => pnorm(((upper ? -1 : 1) * (q - mean)) / sd))
    .with({ name: "t" }, ({ df, ncp = 0 }) =>
      ncp === 0 ? pt(upper ? -q : q, df) : pnct(q, { df, ncp }, upper),
    )
    .with({ name: "chi-square" }, ({ df }) => pchisq(q, df, upper))
    .with({ name: "binomial" }, ({ size, prob }) => pbinom(q, { size, prob }, upper))
    .with({ name: "beta" }, ({ shape1: a, shape2: b }) => {
      if (q <= 0) return upper ? 1 : 0;
      if (q >= 1) return upper ? 0 : 1;
      return upper ? betaCdf(1 - q, b, a) : betaCdf(q, a, b);
    })
    .with({ name: "signed-rank" }, ({ n }) => (upper ? psignrankUpper(q, n) : psignrank(q, n)))
    .exhaustive();
}

/** The noncentral t quantile, by bisection on `pnct` in the requested tail. */
function qnct(
  p: number,
  { df, ncp }: { readonly df: number; readonly ncp: number },
  upper: boolean,
): number {
  if (p === 0) return upper ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (p === 1) return upper ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const f = (x: number): number => (upper ? -pnct(x, { df, ncp }, true) : pnct(x, { df, ncp }));
  const target = upper ? -p : p;
  let lo = ncp - 1;
  let hi = ncp + 1;
  while (f(lo) > target && lo > -1e300) lo = ncp - 2 * (ncp - lo);
  while (f(hi) < target && hi < 1e300) hi = ncp + 2 * (hi - ncp);
  return invert(f, target, [lo, hi]);
}

/** The quantile: the x with P(X ≤ x) = p, or P(X > x) = p with `upper` (R's conventions). */
export function quantileOf(p: number, d: Distribution, upper: boolean): number {
  return match(d)
    .with({ name: "normal" }, ({ mean = 0, sd = 1 }) => mean + (upper ? -1 : 1) * sd * qnorm(p))
    .with({ name: "t" }, ({ df, ncp = 0 }) =>
      ncp === 0 ? (upper ? -1 : 1) * qt(p, df) : qnct(p, { df, ncp }, upper),
    )
    .with({ name: "chi-square" }, ({ df }) => qchisq(p, df, upper))
    .with({ name: "binomial" }, ({ size, prob }) =>
      discreteQuantile(p, { cdf: (x, up) => pbinom(x, { size, prob }, up), max: size }, upper),
    )
    .with({ name: "beta" }, ({ shape1: a, shape2: b }) =>
      upper ? 1 - qbeta(p, b, a) : qbeta(p, a, b),
    )
    .with({ name: "signed-rank" }, ({ n }) =>
      discreteQuantile(
        p,
        { cdf: (x, up) => (up ? psignrankUpper(x, n) : psignrank(x, n)), max: (n * (n + 1)) / 2 },
        upper,
      ),
    )
    .exhaustive();
}
