import { localDateOf, readInstant } from "../_lib/zonedDate.ts";
import { checkArgument } from "../errors/checkArgument.ts";
import { DEFAULT_PATHWAY_TIME_ZONE } from "./PathwayClockOptions.ts";

/**
 * The calendar date of an instant in a named IANA zone (never the host's), as the pathway reads
 * it for months, days between stages and standards. 23:30Z on Sunday 29 March 2026 is already
 * Monday 30 March in London, which changed to BST that morning.
 *
 * @param instant - ISO 8601 with `Z` or an offset.
 * @param timeZone - IANA zone (default `"Europe/London"`).
 * @returns The local date, `YYYY-MM-DD`.
 * @throws {@link CarerKitError} `invalid_argument` naming `instant` or `timeZone` when one has
 * the wrong shape, `out_of_span` when `instant` is outside 1900–2200, and `invalid_input` naming
 * `timeZone` when it is not an IANA zone.
 * @example
 * toLocalDate("2026-03-29T23:30:00Z"); //=> "2026-03-30"
 * toLocalDate("2026-03-29T23:30:00Z", "UTC"); //=> "2026-03-29"
 */
export function toLocalDate(instant: string, timeZone: string = DEFAULT_PATHWAY_TIME_ZONE): string {
  checkArgument("toLocalDate", { timeZone }, "string");
  return localDateOf(readInstant("toLocalDate", { instant }), timeZone);
}
