import { checkArgument } from "@carerkit/core";
import { z } from "zod";
import { checkClosedDates } from "./checkClosedDates.ts";
import { checkInstant } from "./checkInstant.ts";
import { checkOptions } from "./checkOptions.ts";
import { checkShape } from "./checkShape.ts";
import { checkTimeZone } from "./checkTimeZone.ts";
import { ScheduleShape } from "./offerSchema.ts";

const SCHEDULES = z.array(ScheduleShape);

/**
 * The checks {@link isOpenAt} and {@link nextOpening} share: an offer with schedules, a valid
 * instant in 1900–2200, and options with a known zone and a Set of closed dates.
 */
export function checkHoursArguments(
  fn: string,
  args: {
    readonly offer: unknown;
    readonly at: Readonly<Record<string, unknown>>;
    readonly options: unknown;
  },
): void {
  const { offer, at, options } = args;
  checkArgument(fn, { offer }, "plain object");
  const { schedules } = offer as { readonly schedules?: unknown };
  checkArgument(fn, { "offer.schedules": schedules }, "array");
  checkShape(fn, { "offer.schedules": schedules }, SCHEDULES);
  checkInstant(fn, at);
  checkOptions(fn, options);
  const { timeZone, closedDates } = (options ?? {}) as {
    readonly timeZone?: unknown;
    readonly closedDates?: unknown;
  };
  checkTimeZone(fn, timeZone);
  checkClosedDates(fn, closedDates);
}
