import { checkEach, checkFields } from "../_lib/checkFields.ts";
import { checkArgument } from "../errors/checkArgument.ts";
import { checkDate } from "../_lib/dateSpan.ts";
import { addWorkingDays } from "../calendar/addWorkingDays.ts";
import type { WorkingDayOptions } from "../calendar/WorkingDayOptions.ts";
import type { OnwardReferral } from "./OnwardReferralSchema.ts";

/**
 * Options for {@link scheduleReferralFollowUp}.
 *
 * @example
 * const options: ReferralFollowUpOptions = { withinWorkingDays: 10, holidays: ["2026-04-03", "2026-04-06"] };
 */
export interface ReferralFollowUpOptions extends WorkingDayOptions {
  /**
   * Working days after the referral to follow it up (default 5, a common local standard; no
   * regulation sets it).
   */
  readonly withinWorkingDays?: number | undefined;
}

/**
 * Books a follow-up of an onward referral a number of working days after it was made (the day of
 * referral not counted, weekends and the given bank holidays skipped) and adds it to the
 * referral's `followUpOn`, kept in date order without repeats. Returns a new referral.
 *
 * @param referral - The referral.
 * @param options - The working days and the holidays (e.g. from scheduling's `listHolidays`).
 * @returns The referral with the follow-up date added.
 * @throws {@link CarerKitError} `invalid_argument` naming the referral field or option with the
 * wrong shape, `out_of_span` for a date outside 1900–2200, and `invalid_input` when
 * `withinWorkingDays` is over 10,000.
 * @example
 * scheduleReferralFollowUp(referral, { holidays: ["2026-04-03", "2026-04-06"] }).followUpOn;
 * //=> ["2026-04-10"] for a referral made on Wednesday 1 April 2026
 */
export function scheduleReferralFollowUp(
  referral: OnwardReferral,
  options: ReferralFollowUpOptions = {},
): OnwardReferral {
  const fn = "scheduleReferralFollowUp";
  checkFields(fn, { referral }, { followUpOn: "array?" });
  checkEach(fn, { "referral.followUpOn": referral.followUpOn ?? [] }, (day, path) => {
    checkArgument(fn, { [path]: day }, "string");
  });
  checkDate(fn, { "referral.referredOn": referral.referredOn }, "ISO date");
  checkFields(fn, { options }, { withinWorkingDays: "count?", holidays: "array?" });
  const due = addWorkingDays(referral.referredOn, options.withinWorkingDays ?? 5, {
    holidays: options.holidays,
  });
  const followUpOn = [...new Set([...(referral.followUpOn ?? []), due])].sort();
  return { ...referral, followUpOn };
}
