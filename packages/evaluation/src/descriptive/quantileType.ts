/**
 * R's nine sample-quantile definitions (`quantile(type = )`, Hyndman & Fan 1996): 1 inverse of
 * the empirical CDF, 2 the same averaging at discontinuities, 3 nearest even order statistic
 * (SAS), 4 linear interpolation of the empirical CDF, 5 Hazen's piecewise linear, 6 Weibull
 * (SPSS, Minitab), 7 R's and Excel's default, 8 median-unbiased (recommended by Hyndman & Fan),
 * 9 normal-unbiased.
 *
 * @example
 * const type: QuantileType = 6; // SPSS
 */
export type QuantileType = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Options for the quantile functions. */
export interface QuantileOptions {
  /** The definition (default 7, R's default). */
  readonly type?: QuantileType | undefined;
}
