import { invalidInput } from "../_lib/invalidInput.ts";
import { checkArgument } from "../errors/checkArgument.ts";
import { HOURS_OF_CARE_BANDS, type HoursOfCareBand } from "../vocabulary/hoursOfCareBands.ts";

/**
 * Puts weekly hours of unpaid care into the ONS Census 2021 band. Fractional hours fall in the
 * band they have not yet left: 9.5 hours is more than "9 or less", so it is "10 to 19".
 * Zero hours is "9 or less" (the census's "no unpaid care" is not a band of carers).
 *
 * @param hours - Hours of care a week, 0 to 168.
 * @returns The band id, e.g. `"50_or_more"`.
 * @throws {@link CarerKitError} `invalid_argument` when `hours` is not a finite number, and
 * `invalid_input` when it is outside 0 to 168 (there are 168 hours in a week).
 * @example
 * bandHoursOfCare(35); //=> "35_to_49"
 * bandHoursOfCare(70); //=> "50_or_more"
 */
export function bandHoursOfCare(hours: number): HoursOfCareBand {
  checkArgument("bandHoursOfCare", { hours }, "finite number");
  if (hours < 0 || hours > 168) {
    const detail = "expected a number of hours from 0 to 168";
    throw invalidInput("hours", hours > 168 ? "too_big" : "too_small", detail);
  }
  const band = HOURS_OF_CARE_BANDS.find((b) => b.max === null || hours <= b.max);
  return band?.id ?? "50_or_more";
}
