import { invalidArgument } from "@carerkit/core";

/** Checks that `options.closedDates`, when given, is a Set (of local `YYYY-MM-DD` dates). */
export function checkClosedDates(fn: string, closedDates: unknown): void {
  if (closedDates !== undefined && !(closedDates instanceof Set))
    throw invalidArgument(fn, { "options.closedDates": closedDates }, "a Set of ISO dates");
}
