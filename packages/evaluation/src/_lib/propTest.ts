// R's prop.test for one and two proportions (stats/R/prop.test.R), from counts.
import type { Alternative, HypothesisTest } from "../types.ts";
import { twoSidedZ } from "./checks.ts";
import { pchisq, pnorm, qnorm } from "./dist.ts";

/** The settings prop.test takes. */
export interface PropTestSettings {
  readonly alternative: Alternative;
  readonly correct: boolean;
  readonly level: number;
}

function pValue(statistic: number, sign: number, alternative: Alternative): number {
  if (alternative === "two.sided") return pchisq(statistic, 1, true);
  const z = sign * Math.sqrt(statistic);
  return alternative === "less" ? pnorm(z) : pnorm(-z);
}

function methodName(samples: string, yates: number): string {
  return `${samples} ${yates > 0 ? "with" : "without"} continuity correction`;
}

function zOf(s: PropTestSettings): number {
  return s.alternative === "two.sided" ? twoSidedZ(s.level) : qnorm(s.level);
}

/** `prop.test(x, n, p)`: Yates-corrected (if asked) chi-square, Wilson interval as R builds it. */
export function propTestOne(
  x: number,
  trial: { readonly n: number; readonly p: number },
  s: PropTestSettings,
): HypothesisTest {
  const { n, p } = trial;
  const estimate = x / n;
  const yates = Math.min(s.correct ? 0.5 : 0, Math.abs(x - n * p));
  const z = zOf(s);
  const z22n = (z * z) / (2 * n);
  const bound = (pc: number, sign: number): number =>
    (pc + z22n + sign * z * Math.sqrt((pc * (1 - pc)) / n + z22n / (2 * n))) / (1 + 2 * z22n);
  const cUpper = estimate + yates / n;
  const cLower = estimate - yates / n;
  const upper = cUpper >= 1 ? 1 : Math.min(1, bound(cUpper, 1));
  const lower = cLower <= 0 ? 0 : Math.max(0, bound(cLower, -1));
  const statistic = (Math.abs(x - n * p) - yates) ** 2 / (n * p * (1 - p));
  return {
    method: methodName("1-sample proportions test", yates),
    statistic: { name: "X-squared", value: statistic },
    parameter: { name: "df", value: 1 },
    pValue: pValue(statistic, Math.sign(estimate - p), s.alternative),
    confidenceInterval: {
      lower: s.alternative === "less" ? 0 : lower,
      upper: s.alternative === "greater" ? 1 : upper,
      level: s.level,
    },
    estimate: { name: "p", value: estimate },
    nullValue: p,
    alternative: s.alternative,
  };
}

/** `prop.test(c(xA, xB), c(nA, nB))`: equality of two proportions, Wald interval of pA − pB. */
export function propTestTwo(
  a: { readonly x: number; readonly n: number },
  b: { readonly x: number; readonly n: number },
  s: PropTestSettings,
): HypothesisTest {
  const pa = a.x / a.n;
  const pb = b.x / b.n;
  const delta = pa - pb;
  const inverseSum = 1 / a.n + 1 / b.n;
  const yates = Math.min(s.correct ? 0.5 : 0, Math.abs(delta) / inverseSum);
  const width =
    zOf(s) * Math.sqrt((pa * (1 - pa)) / a.n + (pb * (1 - pb)) / b.n) + yates * inverseSum;
  const pooled = (a.x + b.x) / (a.n + b.n);
  let statistic = 0;
  for (const g of [a, b]) {
    for (const [observed, expected] of [
      [g.x, g.n * pooled],
      [g.n - g.x, g.n * (1 - pooled)],
    ] as const) {
      statistic += (Math.abs(observed - expected) - yates) ** 2 / expected;
    }
  }
  return {
    method: methodName("2-sample test for equality of proportions", yates),
    statistic: { name: "X-squared", value: statistic },
    parameter: { name: "df", value: 1 },
    pValue: pValue(statistic, Math.sign(delta), s.alternative),
    confidenceInterval: {
      lower: s.alternative === "less" ? -1 : Math.max(delta - width, -1),
      upper: s.alternative === "greater" ? 1 : Math.min(delta + width, 1),
      level: s.level,
    },
    estimate: { name: "difference in proportions", value: delta },
    nullValue: 0,
    alternative: s.alternative,
  };
}
