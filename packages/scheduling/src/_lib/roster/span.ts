/** A time range as epoch milliseconds, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whether two spans share any instant. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
