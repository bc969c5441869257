import { CarerKitError } from "@carerkit/core";
import { MAX_HORIZON_DAYS } from "./checkHorizon.ts";

const DAY_MS = 86400000;

/**
 * Checks that an instant lies within {@link MAX_HORIZON_DAYS} days before `asOf` or after the
 * end of the horizon, so the days scanned for openings stay few (`out_of_span` otherwise).
 */
export function checkSpan(
  fn: string,
  argument: Readonly<Record<string, Date>>,
  window: { readonly asOf: Date; readonly horizonDays: number },
): void {
  const { asOf, horizonDays } = window;
  const [name = "argument", at] = Object.entries(argument)[0] ?? [];
  const from = asOf.getTime() - MAX_HORIZON_DAYS * DAY_MS;
  const to = asOf.getTime() + (horizonDays + MAX_HORIZON_DAYS) * DAY_MS;
  const t = at?.getTime() ?? Number.NaN;
  if (t >= from && t <= to) return;
  const message = `${fn}: ${name} must lie within ${MAX_HORIZON_DAYS} days of query.asOf and the horizon; received an instant further away`;
  throw new CarerKitError("out_of_span", message, {
    issues: [{ code: "out_of_span", message, path: [name] }],
  });
}
