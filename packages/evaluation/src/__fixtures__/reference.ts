// Published data sets used as external truth in the tests.

/** R's `sleep` data (Cushny & Peebles 1905; Student 1908): extra hours of sleep by drug. */
export const SLEEP = {
  group1: [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0],
  group2: [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4],
} as const;

/** Hollander & Wolfe (1973, p. 29): Hamilton depression scale before (x) and after (y), R's ?wilcox.test. */
export const DEPRESSION = {
  x: [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3],
  y: [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29],
} as const;

/**
 * Rescales `values` to have exactly the given mean and sample SD, so that a data set matches a
 * published worked example that reports only summary statistics.
 */
export function withMeanSd(values: readonly number[], mean: number, sd: number): number[] {
  const n = values.length;
  const m = values.reduce((s, x) => s + x, 0) / n;
  const s = Math.sqrt(values.reduce((acc, x) => acc + (x - m) ** 2, 0) / (n - 1));
  return values.map((x) => mean + ((x - m) / s) * sd);
}

/**
 * Two paired samples of size n with exactly the given means, equal SDs and correlation r
 * (Gram–Schmidt on two deterministic sequences).
 */
export function pairedWith(
  n: number,
  spec: { preMean: number; postMean: number; sd: number; r: number },
): { pre: number[]; post: number[] } {
  const u0 = Array.from({ length: n }, (_, i) => Math.sin(i + 1));
  const v0 = Array.from({ length: n }, (_, i) => Math.cos(3 * i + 2));
  const centre = (v: number[]): number[] => {
    const m = v.reduce((s, x) => s + x, 0) / v.length;
    return v.map((x) => x - m);
  };
  const dot = (a: number[], b: number[]): number => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);
  const unit = (v: number[]): number[] => {
    const norm = Math.sqrt(dot(v, v));
    return v.map((x) => x / norm);
  };
  const u = unit(centre(u0));
  const vc = centre(v0);
  const proj = dot(vc, u);
  const v = unit(vc.map((x, i) => x - proj * (u[i] ?? 0)));
  const scale = spec.sd * Math.sqrt(n - 1);
  const root = Math.sqrt(1 - spec.r * spec.r);
  return {
    pre: u.map((x) => spec.preMean + scale * x),
    post: u.map((x, i) => spec.postMean + scale * (spec.r * x + root * (v[i] ?? 0))),
  };
}

/**
 * R's `mtcars` (Henderson & Velleman 1981, from Motor Trend 1974): `mpg` and `wt` by
 * transmission, `am` 0 = automatic, 1 = manual, in R's row order.
 */
export const MTCARS = {
  mpg: [
    21.0, 21.0, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4,
    14.7, 32.4, 30.4, 33.9, 21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4,
  ],
  wt: [
    2.62, 2.875, 2.32, 3.215, 3.44, 3.46, 3.57, 3.19, 3.15, 3.44, 3.44, 4.07, 3.73, 3.78, 5.25,
    5.424, 5.345, 2.2, 1.615, 1.835, 2.465, 3.52, 3.435, 3.84, 3.845, 1.935, 2.14, 1.513, 3.17, 2.77,
    3.57, 2.78,
  ],
  am: [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1],
} as const;

/** `values` split by `mtcars$am`: [automatic (am = 0), manual (am = 1)], as R's `split`. */
export function byTransmission(values: readonly number[]): [number[], number[]] {
  const automatic = values.filter((_, i) => MTCARS.am[i] === 0);
  const manual = values.filter((_, i) => MTCARS.am[i] === 1);
  return [automatic, manual];
}
