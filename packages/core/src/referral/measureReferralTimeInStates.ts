import { checkFields } from "../_lib/checkFields.ts";
import { invalidInput } from "../_lib/invalidInput.ts";
import { checkReferralShape } from "../_lib/referral/checkReferralShape.ts";
import { readHolidays } from "../_lib/workingCalendar.ts";
import { localDateOf, readInstant } from "../_lib/zonedDate.ts";
import { compareInstants } from "../_lib/compareInstants.ts";
import { countWorkingDays } from "../calendar/countWorkingDays.ts";
import { DEFAULT_PATHWAY_TIME_ZONE, type PathwayClockOptions } from "./PathwayClockOptions.ts";
import type { Referral } from "./ReferralSchema.ts";
import type { ReferralStatus } from "./ReferralStatusSchema.ts";
import { REFERRAL_TRANSITIONS } from "./referralTransitions.ts";

/**
 * One stay of a referral in one status. A final status (`closed`, `declined`) has no length.
 *
 * @example
 * const stay: ReferralStay = {
 *   status: "received", enteredAt: "2026-09-07T14:30:00+01:00", leftAt: "2026-09-08T10:00:00+01:00",
 *   current: false, hours: 19.5, calendarDays: 1, workingDays: 1,
 * };
 */
export interface ReferralStay {
  readonly status: ReferralStatus;
  readonly enteredAt: string;
  /** When it moved on; `null` while it is still there. */
  readonly leftAt: string | null;
  /** Whether this is where the referral stands at `asOf`. */
  readonly current: boolean;
  /** Elapsed hours (to `asOf` for the current status); `null` for a final status. */
  readonly hours: number | null;
  /** Calendar days between the local dates of entering and leaving; `null` when final. */
  readonly calendarDays: number | null;
  /** Working days after the entry date up to the leaving date; `null` when final. */
  readonly workingDays: number | null;
}

/**
 * Time in each status of a referral.
 *
 * @example
 * const time: ReferralTimeInStates = measureReferralTimeInStates(referral, { asOf: "2026-09-30T17:00:00Z" });
 */
export interface ReferralTimeInStates {
  readonly referralId: string;
  /** Every stay in order, from `received`. */
  readonly stays: readonly ReferralStay[];
  /** Hours per status, summed over its stays (a status may be visited twice). */
  readonly totalHours: Readonly<Partial<Record<ReferralStatus, number>>>;
}

const MS_PER_HOUR = 3_600_000;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/**
 * How long a referral spent in each status: elapsed hours (true elapsed time, so a stay across
 * the spring clock change is an hour shorter than its wall-clock span), calendar days and
 * working days, with dates read in a named zone (default Europe/London) and bank holidays
 * passed in. The current status is measured up to `asOf`.
 *
 * @param referral - A parsed referral.
 * @param options - `asOf` (on or after the last step), time zone and holidays.
 * @returns The stays in order and the hours per status.
 * @throws {@link CarerKitError} `invalid_argument` naming the referral or option field with the
 * wrong shape, `out_of_span` for a date outside 1900–2200, and `invalid_input` naming `asOf`
 * (before the last step) or `timeZone` (not an IANA zone).
 * @example
 * const { totalHours } = measureReferralTimeInStates(referral, { asOf: "2026-09-30T17:00:00Z" });
 * totalHours.received; //=> 19.5
 */
export function measureReferralTimeInStates(
  referral: Referral,
  options: PathwayClockOptions,
): ReferralTimeInStates {
  const fn = "measureReferralTimeInStates";
  checkReferralShape(fn, "referral", referral);
  checkFields(fn, { options }, { timeZone: "string?" });
  readHolidays(fn, options.holidays);
  const asOf = readInstant(fn, { "options.asOf": options.asOf });
  const zone = options.timeZone ?? DEFAULT_PATHWAY_TIME_ZONE;
  const steps = [
    { to: "received" as ReferralStatus, at: referral.receivedAt },
    ...referral.history,
  ];
  const last = steps.at(-1)?.at ?? referral.receivedAt;
  if (compareInstants(asOf, last) < 0)
    throw invalidInput(
      "asOf",
      "too_small",
      "expected an instant on or after the referral's last step",
    );
  const totalHours: Partial<Record<ReferralStatus, number>> = {};
  const stays = steps.map((step, index): ReferralStay => {
    const next = steps[index + 1];
    const isFinal = REFERRAL_TRANSITIONS[step.to].length === 0;
    const until = next?.at ?? asOf;
    if (isFinal) {
      return {
        status: step.to,
        enteredAt: step.at,
        leftAt: null,
        current: true,
        hours: null,
        calendarDays: null,
        workingDays: null,
      };
    }
    const hours = (Date.parse(until) - Date.parse(step.at)) / MS_PER_HOUR;
    totalHours[step.to] = (totalHours[step.to] ?? 0) + hours;
    const fromDate = localDateOf(step.at, zone);
    const toDate = localDateOf(until, zone);
    return {
      status: step.to,
      enteredAt: step.at,
      leftAt: next?.at ?? null,
      current: next === undefined,
      hours,
      calendarDays: daysBetween(fromDate, toDate),
      workingDays: countWorkingDays(fromDate, toDate, { holidays: options.holidays }),
    };
  });
  return { referralId: referral.id, stays, totalHours };
}
