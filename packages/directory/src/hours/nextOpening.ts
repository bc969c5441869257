import type { CarerKitIssue, Result } from "@carerkit/core";
import { err, ok } from "@carerkit/core";
import type { ServiceOffer } from "../offer/serviceOffer.ts";
import { dayFrames, windowsIn } from "../_lib/openings.ts";
import { compileSchedule, isEvaluable } from "../_lib/schedule.ts";
import type { OpeningHoursOptions } from "./isOpenAt.ts";
import { argumentIssue } from "../_lib/guard/argumentIssue.ts";
import { checkHoursArguments } from "../_lib/guard/checkHoursArguments.ts";
import { checkHorizon } from "../_lib/guard/checkHorizon.ts";

/**
 * One concrete opening: from `start` (inclusive) to `end` (exclusive).
 *
 * @example
 * const w: OpeningWindow = { start: new Date("2026-06-02T17:00:00Z"), end: new Date("2026-06-02T19:00:00Z"), scheduleId: "s1" };
 */
export interface OpeningWindow {
  /** When it opens. */
  readonly start: Date;
  /** When it closes. */
  readonly end: Date;
  /** The schedule that produced it. */
  readonly scheduleId: string;
}

/**
 * Options for {@link nextOpening}.
 *
 * @example
 * const options: NextOpeningOptions = { horizonDays: 62 };
 */
export interface NextOpeningOptions extends OpeningHoursOptions {
  /** How many days ahead to look: a whole number of days, at most 731 (two years). Default 92. */
  readonly horizonDays?: number;
}

/**
 * The window during which an offer is next open at or after an instant (the current window if it
 * is open now), from its HSDS schedules in the directory's time zone.
 *
 * @param offer - The offer (only its `schedules` are read).
 * @param from - The instant to look from.
 * @param options - Zone, closure dates and how far ahead to look.
 * @returns The window, or an issue: `no_schedule`, `opening_times_unknown` or
 *   `no_opening_in_horizon`; `invalid_argument` when the offer has no schedules array, `from` is
 *   not a valid Date or an option is not of its type; `out_of_span` when `from` is outside the
 *   years 1900–2200 or `horizonDays` above 731.
 * @example
 * const next = nextOpening(offer, new Date("2026-06-01T09:00:00Z"));
 * if (next.success) console.log(next.data.start.toISOString());
 */
export function nextOpening(
  offer: Pick<ServiceOffer, "schedules">,
  from: Date,
  options: NextOpeningOptions = {},
): Result<
  OpeningWindow,
  CarerKitIssue<
    | "no_schedule"
    | "opening_times_unknown"
    | "no_opening_in_horizon"
    | "invalid_argument"
    | "out_of_span"
  >
> {
  const invalid = argumentIssue(() => {
    checkHoursArguments("nextOpening", { offer, at: { from }, options });
    checkHorizon("nextOpening", (options as NextOpeningOptions | undefined)?.horizonDays);
  });
  if (invalid !== undefined) return err(invalid);
  const zone = options.timeZone ?? "Europe/London";
  const usable = offer.schedules.map(compileSchedule).filter(isEvaluable);
  if (usable.length === 0) {
    return err({
      code: "no_schedule",
      message: "schedules: expected at least one schedule with a recurrence, got none",
    });
  }
  const t = from.getTime();
  const horizon = options.horizonDays ?? 92;
  const { windows, timesUnknown } = windowsIn(usable, dayFrames(t, horizon, zone), {
    zone: zone,
    closedDates: options.closedDates,
  });
  const next = windows.find((w) => w.end > t);
  if (next !== undefined) {
    return ok({
      start: new Date(next.start),
      end: new Date(next.end),
      scheduleId: next.scheduleId,
    });
  }
  if (timesUnknown) {
    return err({
      code: "opening_times_unknown",
      message: "schedules: sessions are listed without opens_at/closes_at",
    });
  }
  return err({
    code: "no_opening_in_horizon",
    message: `schedules: no opening within ${horizon} days of ${from.toISOString()}`,
  });
}
