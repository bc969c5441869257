import binomialPmf from "@stdlib/stats-base-dists-binomial-pmf";
import type { Alternative } from "../types.ts";
import { pbinom } from "./dist.ts";

/** R's relative tolerance for "as or less likely than the observed count" (`binom.test`). */
const RELATIVE_ERROR = 1 + 1e-7;

/**
 * The p-value of R's `binom.test(x, n, p, alternative)`. Two-sided: the probability of every
 * count whose probability is at most that of x (times 1 + 1e-7), summed as R does, by counting
 * such values in the tail opposite x and adding both tails' CDFs.
 */
export function binomialPValue(
  x: number,
  trial: { readonly n: number; readonly p: number },
  alternative: Alternative,
): number {
  const { n, p } = trial;
  const dist = { size: n, prob: p };
  if (alternative === "less") return pbinom(x, dist);
  if (alternative === "greater") return pbinom(x - 1, dist, true);
  const d = binomialPmf(x, n, p);
  const m = n * p;
  if (x === m) return 1;
  let y = 0;
  if (x < m) {
    for (let i = Math.ceil(m); i <= n; i++) if (binomialPmf(i, n, p) <= d * RELATIVE_ERROR) y += 1;
    return Math.min(1, pbinom(x, dist) + pbinom(n - y, dist, true));
  }
  for (let i = 0; i <= Math.floor(m); i++) if (binomialPmf(i, n, p) <= d * RELATIVE_ERROR) y += 1;
  return Math.min(1, pbinom(y - 1, dist) + pbinom(x - 1, dist, true));
}
