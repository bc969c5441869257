/** The two-sided 95% normal quantile that Jacobson and Truax (1991) use for a reliable change. */
const Z_95 = 1.959963984540054;

/**
 * The reliable change index of one person (Jacobson & Truax 1991): the change divided by the
 * standard error of the difference, S_diff = √2 · SD · √(1 − r). A change is reliable when
 * |RCI| > 1.96. Returns `undefined` when the norms cannot give a positive S_diff.
 */
export function reliableChangeIndex(
  change: number,
  norms: { readonly sd: number; readonly reliability: number },
): { readonly rci: number; readonly reliable: boolean } | undefined {
  const { sd, reliability } = norms;
  if (!(sd > 0) || !(reliability >= 0 && reliability < 1)) return undefined;
  const sDiff = Math.SQRT2 * sd * Math.sqrt(1 - reliability);
  const rci = change / sDiff;
  return { rci, reliable: Math.abs(rci) > Z_95 };
}
