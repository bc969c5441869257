/**
 * The lowest and highest of some numbers (Infinity and −Infinity when there are none), by a loop:
 * `Math.min(...values)` overflows the stack on a long list.
 */
export function extentOf(values: readonly number[]): { readonly lo: number; readonly hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const value of values) {
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  return { lo, hi };
}
