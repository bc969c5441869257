import type { Span } from "./span.ts";

/**
 * The group of each span: spans overlapping in time (transitively) share a group, found by a
 * sweep over start times.
 */
export function groupOverlapping(spans: readonly Span[]): number[] {
  const order = spans
    .map((_, i) => i)
    .sort((a, b) => (spans[a]?.start ?? 0) - (spans[b]?.start ?? 0) || a - b);
  const groupOf = new Array<number>(spans.length).fill(0);
  let groups = 0;
  let groupEnd = Number.NEGATIVE_INFINITY;
  for (const i of order) {
    const span = spans[i];
    if (span === undefined) continue;
    if (span.start >= groupEnd) groups += 1;
    groupEnd = span.start >= groupEnd ? span.end : Math.max(groupEnd, span.end);
    groupOf[i] = groups - 1;
  }
  return groupOf;
}
