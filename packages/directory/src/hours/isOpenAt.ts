import type { ServiceOffer } from "../offer/serviceOffer.ts";
import { dayFrames, windowsIn } from "../_lib/openings.ts";
import { compileSchedule, isEvaluable } from "../_lib/schedule.ts";
import { checkHoursArguments } from "../_lib/guard/checkHoursArguments.ts";

/**
 * Options for {@link isOpenAt} and {@link nextOpening}.
 *
 * @example
 * const options: OpeningHoursOptions = { timeZone: "Europe/London", closedDates: new Set(["2026-12-25"]) };
 */
export interface OpeningHoursOptions {
  /** IANA zone of schedule times published without an offset. Default `"Europe/London"`. */
  readonly timeZone?: string;
  /**
   * Local dates (`YYYY-MM-DD`) on which the offer is closed all day, e.g. bank holidays. HSDS has
   * no closure model, so this is supplied by the application.
   */
  readonly closedDates?: ReadonlySet<string>;
}

/**
 * Whether an offer is open at an instant, from its HSDS schedules, in the directory's time
 * zone (never the host's). `"unknown"` when the offer has no usable schedule or a session on that
 * day has no published times — missing data is not reported as closed.
 *
 * @param offer - The offer (only its `schedules` are read).
 * @param at - The instant.
 * @param options - The zone of local times and any closure dates.
 * @returns `"open"`, `"closed"` or `"unknown"`.
 * @throws CarerKitError `invalid_argument` when the offer has no schedules array, `at` is not a
 *   valid Date or an option is not of its type (or not a known zone); `out_of_span` when `at` is
 *   outside the years 1900–2200.
 * @example
 * isOpenAt(offer, new Date("2026-06-02T17:30:00Z")); //=> "open" for Tue 18:00–20:00 London
 */
export function isOpenAt(
  offer: Pick<ServiceOffer, "schedules">,
  at: Date,
  options: OpeningHoursOptions = {},
): "open" | "closed" | "unknown" {
  checkHoursArguments("isOpenAt", { offer, at: { at }, options });
  const zone = options.timeZone ?? "Europe/London";
  const compiled = offer.schedules.map(compileSchedule);
  const usable = compiled.filter(isEvaluable);
  const t = at.getTime();
  if (usable.length === 0) return "unknown";
  const frames = dayFrames(t, 1, zone);
  const { windows, timesUnknown } = windowsIn(usable, frames, {
    zone: zone,
    closedDates: options.closedDates,
  });
  if (windows.some((w) => w.start <= t && t < w.end)) return "open";
  return timesUnknown || usable.length < compiled.length ? "unknown" : "closed";
}
