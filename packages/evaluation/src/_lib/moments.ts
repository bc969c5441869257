/** Welford state: count, mean and the sum of squared deviations (M2). */
export interface Moments {
  n: number;
  mean: number;
  m2: number;
}

/** One pass of Welford's algorithm over `values`. */
export function momentsOf(values: readonly number[]): Moments {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (const x of values) {
    n += 1;
    const delta = x - mean;
    mean += delta / n;
    m2 += delta * (x - mean);
  }
  return { n, mean, m2 };
}

/** Sample variance (divisor n − 1). */
export function varianceOf(m: Moments): number {
  return m.n > 1 ? m.m2 / (m.n - 1) : Number.NaN;
}

/** Mean and sample SD of `values`. */
export function meanSd(values: readonly number[]): { mean: number; sd: number } {
  const m = momentsOf(values);
  return { mean: m.mean, sd: Math.sqrt(varianceOf(m)) };
}

/** Pearson correlation of paired values (two-pass, for accuracy). */
export function correlationOf(x: readonly number[], y: readonly number[]): number {
  const mx = momentsOf(x).mean;
  const my = momentsOf(y).mean;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** post[i] − pre[i]. */
export function differences(pre: readonly number[], post: readonly number[]): number[] {
  return pre.map((p, i) => (post[i] ?? Number.NaN) - p);
}
