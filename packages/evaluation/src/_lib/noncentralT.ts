// The noncentral t CDF, P(T ≤ t) for df and noncentrality ncp: R's `pt(t, df, ncp)`.
//
// No maintained npm package has a noncentral t (stdlib has none; jstat, unmaintained since 2022,
// is the only one; see docs/decisions/0055). This is the algorithm R itself uses (src/nmath/pnt.c:
// Lenth 1989, AS 243, with Frick's and Guenther's corrections), written on stdlib's special
// functions: the regularised incomplete beta (beta CDF), log Beta and the normal CDF. Tested
// against Boost's `non_central_t` (through SciPy) and against intervals that R's `effectsize`
// prints.
import betaCdf from "@stdlib/stats-base-dists-beta-cdf";
import betaln from "@stdlib/math-base-special-betaln";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import tCdf from "@stdlib/stats-base-dists-t-cdf";

const ERROR_MAX = 1e-12;
const ITERATIONS_MAX = 1000;

/** The Poisson-weighted twin series of AS 243 for t ≥ 0 and del = ncp (without Φ(−del)). */
function twinSeries(tt: number, df: number, del: number): number {
  const t2 = tt * tt;
  const x = t2 / (t2 + df);
  if (!(x > 0)) return 0;
  const lambda = del * del;
  let p = 0.5 * Math.exp(-0.5 * lambda);
  if (p === 0) return 0;
  let q = Math.sqrt(2 / Math.PI) * p * del;
  let s = 0.5 - p;
  if (s < 1e-7) s = -0.5 * Math.expm1(-0.5 * lambda);
  let a = 0.5;
  const b = 0.5 * df;
  const rxb = (df / (t2 + df)) ** b;
  const albeta = betaln(0.5, b);
  let xodd = betaCdf(x, a, b);
  let godd = 2 * rxb * Math.exp(a * Math.log(x) - albeta);
  let tnc = b * x;
  let xeven = tnc < Number.EPSILON ? tnc : 1 - rxb;
  let geven = tnc * rxb;
  tnc = p * xodd + q * xeven;
  for (let it = 1; it <= ITERATIONS_MAX; it++) {
    a += 1;
    xodd -= godd;
    xeven -= geven;
    godd *= (x * (a + b - 1)) / a;
    geven *= (x * (a + b - 0.5)) / (a + 0.5);
    p *= lambda / (2 * it);
    q *= lambda / (2 * it + 1);
    tnc += p * xodd + q * xeven;
    s -= p;
    if (s < -1e-10 || (s <= 0 && it > 1)) break;
    if (Math.abs(2 * s * (xodd - godd)) < ERROR_MAX) break;
  }
  return tnc;
}

/**
 * P(T ≤ t) (or P(T > t) with `upper`) for the noncentral t with `df` degrees of freedom and
 * noncentrality `ncp`, as R's `pt(t, df, ncp, lower.tail = !upper)`.
 */
export function pnct(
  t: number,
  { df, ncp }: { readonly df: number; readonly ncp: number },
  upper = false,
): number {
  if (Number.isNaN(t) || Number.isNaN(df) || Number.isNaN(ncp) || !(df > 0)) return Number.NaN;
  if (ncp === 0) return upper ? tCdf(-t, df) : tCdf(t, df);
  if (!Number.isFinite(t)) return t < 0 !== upper ? 0 : 1;
  const negdel = t < 0;
  // P(T ≤ t) ≤ Φ(−ncp) for t < 0, which is 0 in double precision beyond ncp = 40 (as R).
  if (negdel && ncp > 40) return upper ? 1 : 0;
  const tt = negdel ? -t : t;
  const del = negdel ? -ncp : ncp;
  let lower = !upper;
  if (negdel) lower = !lower;
  if (df > 4e5 || del * del > 2 * Math.LN2 * 1021) {
    // Abramowitz & Stegun 26.7.10, as R.
    const s = 1 / (4 * df);
    const z = (tt * (1 - s) - del) / Math.sqrt(1 + tt * tt * 2 * s);
    return normalCdf(lower ? z : -z, 0, 1);
  }
  const tnc = Math.min(1, twinSeries(tt, df, del) + normalCdf(-del, 0, 1));
  return lower ? tnc : 1 - tnc;
}
