import { readCalendarDate } from "../_lib/dateSpan.ts";
import { invalidInput } from "../_lib/invalidInput.ts";

/**
 * Age in whole years on a given date, from ISO calendar dates alone: no `Date`, no clock and no
 * host time zone. Someone born on 29 February has their birthday on 1 March in common years,
 * as under English law (a person attains an age at the start of the anniversary of their birth).
 *
 * @param dateOfBirth - Date of birth, `YYYY-MM-DD`.
 * @param asOf - The date to measure on, `YYYY-MM-DD`.
 * @returns Completed years on `asOf`.
 * @throws {@link CarerKitError} `invalid_argument` when either date is not a real `YYYY-MM-DD`
 * date, `out_of_span` when either lies outside the years 1900–2200, and `invalid_input` when
 * `asOf` is before `dateOfBirth`. No message repeats either date.
 * @example
 * calculateAge("2008-03-01", "2026-02-28"); //=> 17
 * calculateAge("2008-03-01", "2026-03-01"); //=> 18
 */
export function calculateAge(dateOfBirth: string, asOf: string): number {
  const born = readCalendarDate("calculateAge", { dateOfBirth });
  const on = readCalendarDate("calculateAge", { asOf });
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  const age = on.year - born.year - (hadBirthday ? 0 : 1);
  if (age < 0) {
    throw invalidInput("asOf", "too_small", "expected a date on or after dateOfBirth");
  }
  return age;
}
