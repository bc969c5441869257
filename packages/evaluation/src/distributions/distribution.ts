/**
 * A probability distribution, named and parameterised as R's d/p/q functions are:
 * `normal` (`dnorm`, `mean`, `sd`), `t` (`dt`, `df`, optional `ncp`), `chi-square` (`dchisq`,
 * `df`), `binomial` (`dbinom`, `size`, `prob`), `beta` (`dbeta`, `shape1`, `shape2`) and
 * `signed-rank` (`dsignrank`, `n`: the Wilcoxon signed-rank statistic V for n untied,
 * non-zero differences, n ≤ 50: stdlib's exact recursion grows fast beyond that, and R's
 * `wilcox.test` switches to the normal approximation there too).
 *
 * @example
 * const t9: Distribution = { name: "t", df: 9 };
 * const coin: Distribution = { name: "binomial", size: 10, prob: 0.5 };
 */
export type Distribution =
  | {
      readonly name: "normal";
      readonly mean?: number | undefined;
      readonly sd?: number | undefined;
    }
  | { readonly name: "t"; readonly df: number; readonly ncp?: number | undefined }
  | { readonly name: "chi-square"; readonly df: number }
  | { readonly name: "binomial"; readonly size: number; readonly prob: number }
  | { readonly name: "beta"; readonly shape1: number; readonly shape2: number }
  | { readonly name: "signed-rank"; readonly n: number };

/**
 * Which tail a probability is of: `"lower"` P(X ≤ x) (R's default `lower.tail = TRUE`) or
 * `"upper"` P(X > x) (`lower.tail = FALSE`), computed directly rather than as 1 − lower so that
 * small upper-tail probabilities keep their precision.
 *
 * @example
 * const tail: Tail = "upper";
 */
export type Tail = "lower" | "upper";

/** Options for the probability and quantile functions. */
export interface TailOptions {
  /** The tail (default `"lower"`, as R). */
  readonly tail?: Tail | undefined;
}
