import { CarerKitError, checkArgument } from "@carerkit/core";

/** The longest look-ahead, in days, of the opening-hours and matching scans (two years). */
export const MAX_HORIZON_DAYS = 731;

/** Checks that a horizon in days, when given, is a count of at most {@link MAX_HORIZON_DAYS}. */
export function checkHorizon(fn: string, horizonDays: unknown): void {
  if (horizonDays === undefined) return;
  checkArgument(fn, { "options.horizonDays": horizonDays }, "count");
  if ((horizonDays as number) > MAX_HORIZON_DAYS) {
    const message = `${fn}: options.horizonDays must be at most ${MAX_HORIZON_DAYS} days; received more`;
    throw new CarerKitError("out_of_span", message, {
      issues: [{ code: "out_of_span", message, path: ["options.horizonDays"] }],
    });
  }
}
