import { readIsoDate } from "../_lib/isoDate.ts";
import { invalidInput } from "../_lib/invalidInput.ts";

/**
 * Age in whole years on a given date, from ISO calendar dates alone: no `Date`, no clock and no
 * host time zone. Someone born on 29 February has their birthday on 1 March in common years,
 * as under English law (a person attains an age at the start of the anniversary of their birth).
 *
 * @param dateOfBirth - Date of birth, `YYYY-MM-DD`.
 * @param asOf - The date to measure on, `YYYY-MM-DD`.
 * @returns Completed years on `asOf`.
 * @throws {@link CarerKitError} `invalid_input` when either date is not a real `YYYY-MM-DD`
 * date, or `asOf` is before `dateOfBirth`. The message never repeats the date of birth.
 * @example
 * calculateAge("2008-03-01", "2026-02-28"); //=> 17
 * calculateAge("2008-03-01", "2026-03-01"); //=> 18
 */
export function calculateAge(dateOfBirth: string, asOf: string): number {
  const born = readIsoDate(dateOfBirth);
  const on = readIsoDate(asOf);
  if (!born)
    throw invalidInput("dateOfBirth", "invalid_format", "expected a real date as YYYY-MM-DD");
  if (!on) {
    const got = JSON.stringify(asOf.slice(0, 40));
    throw invalidInput("asOf", "invalid_format", `expected a real date as YYYY-MM-DD, got ${got}`);
  }
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  const age = on.year - born.year - (hadBirthday ? 0 : 1);
  if (age < 0) {
    throw invalidInput("asOf", "too_small", `expected a date on or after dateOfBirth, got ${asOf}`);
  }
  return age;
}
