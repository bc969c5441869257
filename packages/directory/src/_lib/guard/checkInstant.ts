import { CarerKitError, checkArgument } from "@carerkit/core";

/** Instants must lie in these years (inclusive), as everywhere in CarerKit. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

/**
 * Checks that an instant is a valid Date (`invalid_argument`) in the years 1900–2200
 * (`out_of_span`), so the day-by-day scans that start from it stay short.
 */
export function checkInstant(fn: string, argument: Readonly<Record<string, unknown>>): void {
  checkArgument(fn, argument, "valid Date");
  const [name = "argument", value] = Object.entries(argument)[0] ?? [];
  const year = (value as Date).getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    const message = `${fn}: ${name} must lie in the years ${FIRST_YEAR}–${LAST_YEAR}; received a date outside them`;
    throw new CarerKitError("out_of_span", message, {
      issues: [{ code: "out_of_span", message, path: [name] }],
    });
  }
}
