import { checkEach, checkFields } from "../_lib/checkFields.ts";
import { invalidInput } from "../_lib/invalidInput.ts";
import { checkReferralShape, checkReferralStatus } from "../_lib/referral/checkReferralShape.ts";
import { readHolidays } from "../_lib/workingCalendar.ts";
import { invalidArgument } from "../errors/invalidArgument.ts";
import { localDateOf, readInstant } from "../_lib/zonedDate.ts";
import { addWorkingDays } from "../calendar/addWorkingDays.ts";
import { countWorkingDays } from "../calendar/countWorkingDays.ts";
import { fromEpochDay, toEpochDay } from "../_lib/epochDay.ts";
import { DEFAULT_PATHWAY_TIME_ZONE, type PathwayClockOptions } from "./PathwayClockOptions.ts";
import type { Referral } from "./ReferralSchema.ts";
import type { ReferralStatus } from "./ReferralStatusSchema.ts";
import { REFERRAL_TRANSITIONS } from "./referralTransitions.ts";

/**
 * A service standard on the pathway: from the first time a referral enters `from`, it should
 * first reach one of `to` within a number of working or calendar days. The day the clock starts
 * is not counted, so "contacted within 5 working days" of a Monday referral is due on Monday.
 *
 * @example
 * const standard: ReferralStandard = {
 *   id: "contact-5wd", label: "Contacted within 5 working days",
 *   from: "received", to: ["contacted", "unable_to_contact", "declined"], within: 5, unit: "working_days",
 * };
 */
export interface ReferralStandard {
  readonly id: string;
  /** Plain words for reports. */
  readonly label: string;
  readonly from: ReferralStatus;
  /** Reaching any of these meets the standard. */
  readonly to: readonly ReferralStatus[];
  /** A whole number of days, 0 or more. */
  readonly within: number;
  readonly unit: "working_days" | "calendar_days";
}

/**
 * How one referral fares against one standard:
 * - `met`: reached within the limit (days elapsed ≤ `within`, counted as by `countWorkingDays`
 *   for working days); `breached`: reached late;
 * - `overdue`: not reached and past due at `asOf` (a breach already);
 * - `ended_unmet`: closed or declined after the due date without reaching it (a breach);
 * - `pending`: not reached, not yet due; `not_applicable`: the clock never started, or the
 *   referral ended before it was due.
 *
 * @example
 * const outcome: ReferralStandardOutcome = "overdue";
 */
export type ReferralStandardOutcome =
  "met" | "breached" | "overdue" | "ended_unmet" | "pending" | "not_applicable";

/**
 * One referral against one standard, with the dates that decide it (local dates in the zone).
 *
 * @example
 * const result: ReferralStandardResult = {
 *   referralId: "ref-1", standardId: "contact-5wd", outcome: "breached",
 *   startedOn: "2026-04-02", dueOn: "2026-04-10", reachedOn: "2026-04-13", elapsed: 6,
 * };
 */
export interface ReferralStandardResult {
  readonly referralId: string;
  readonly standardId: string;
  readonly outcome: ReferralStandardOutcome;
  /** The local date the clock started; `null` when it never did. */
  readonly startedOn: string | null;
  /**
   * The last working (or calendar) day that meets the standard; `null` when the clock never
   * started. A step on a non-working day straight after it still meets a working-day standard:
   * no further working day has passed.
   */
  readonly dueOn: string | null;
  /** The local date a `to` status was first reached; `null` when not (yet). */
  readonly reachedOn: string | null;
  /** Days (in the standard's unit) from start to reaching, or to `asOf` while open; `null` when not started. */
  readonly elapsed: number | null;
}

/**
 * Every referral against every standard, and the breaches among them.
 *
 * @example
 * const { breaches } = checkReferralStandards(referrals, standards, { asOf: "2026-12-18T17:00:00Z" });
 */
export interface ReferralStandardsReport {
  /** One result per referral per standard, referrals in input order. */
  readonly results: readonly ReferralStandardResult[];
  /** The results that are `breached`, `overdue` or `ended_unmet`. */
  readonly breaches: readonly ReferralStandardResult[];
}

const FN = "checkReferralStandards";

function checkStandard(standard: unknown, at: string): void {
  checkFields(
    FN,
    { [at]: standard },
    { id: "string", label: "string", within: "count", to: "array" },
  );
  const { from, to, within } = standard as ReferralStandard;
  const { unit } = standard as Readonly<Record<string, unknown>>;
  checkReferralStatus(FN, `${at}.from`, from);
  checkEach(FN, { [`${at}.to`]: to }, (status, path) => {
    checkReferralStatus(FN, path, status);
  });
  if (unit !== "working_days" && unit !== "calendar_days")
    throw invalidArgument(FN, { [`${at}.unit`]: unit }, '"working_days" or "calendar_days"');
  if (within > 10_000)
    throw invalidInput(
      `${at}.within`,
      "invalid_value",
      "expected a whole number of days from 0 to 10,000",
    );
  if (to.length === 0) throw invalidInput(`${at}.to`, "too_small", "expected at least 1 status");
}

/** Which outcomes count as a breach of the standard (a record, so every outcome is decided). */
const IS_BREACH: Readonly<Record<ReferralStandardOutcome, boolean>> = {
  met: false,
  breached: true,
  overdue: true,
  ended_unmet: true,
  pending: false,
  not_applicable: false,
};

/**
 * Checks referrals against configurable service standards such as "contacted within 5 working
 * days" or "assessed within 28 days", and lists the breaches, including referrals still open
 * past their due date at `asOf`. Instants become dates in a named zone (default Europe/London),
 * so a referral at 23:30Z on a summer Sunday counts from Monday; working days skip weekends and
 * the holidays passed in (for example from `@carerkit/scheduling`'s `listHolidays`).
 *
 * @param referrals - Parsed referrals.
 * @param standards - The standards to check.
 * @param options - `asOf`, time zone and holidays.
 * @returns One result per referral per standard, and the breaches.
 * @throws {@link CarerKitError} `invalid_argument` naming the referral, standard or option field
 * with the wrong shape, `out_of_span` for a date outside 1900–2200, and `invalid_input` naming
 * `timeZone` (not an IANA zone) or `standards[i].within` / `.to` (over 10,000, or empty).
 * @example
 * const { breaches } = checkReferralStandards(referrals, [{
 *   id: "contact-5wd", label: "Contacted within 5 working days", from: "received",
 *   to: ["contacted", "unable_to_contact", "declined"], within: 5, unit: "working_days",
 * }], { asOf: "2026-12-18T17:00:00Z", holidays: ["2026-12-25", "2026-12-28"] });
 * breaches.length; //=> 0
 */
export function checkReferralStandards(
  referrals: readonly Referral[],
  standards: readonly ReferralStandard[],
  options: PathwayClockOptions,
): ReferralStandardsReport {
  checkEach(FN, { referrals }, (referral, path) => {
    checkReferralShape(FN, path, referral);
  });
  checkEach(FN, { standards }, checkStandard);
  checkFields(FN, { options }, { timeZone: "string?" });
  readHolidays(FN, options.holidays);
  const asOf = readInstant(FN, { "options.asOf": options.asOf });
  const zone = options.timeZone ?? DEFAULT_PATHWAY_TIME_ZONE;
  const today = localDateOf(asOf, zone);
  const holidays = { holidays: options.holidays };
  const elapsedDays = (unit: ReferralStandard["unit"], from: string, to: string): number =>
    unit === "working_days"
      ? countWorkingDays(from, to, holidays)
      : (toEpochDay(to) ?? 0) - (toEpochDay(from) ?? 0);
  const results = referrals.flatMap((referral) => {
    const steps = [
      { to: "received" as ReferralStatus, at: referral.receivedAt },
      ...referral.history,
    ];
    const ended = steps.find((s) => REFERRAL_TRANSITIONS[s.to].length === 0);
    return standards.map((standard): ReferralStandardResult => {
      const base = { referralId: referral.id, standardId: standard.id };
      const startIndex = steps.findIndex((s) => s.to === standard.from);
      const start = steps[startIndex];
      if (start === undefined)
        return {
          ...base,
          outcome: "not_applicable",
          startedOn: null,
          dueOn: null,
          reachedOn: null,
          elapsed: null,
        };
      const startedOn = localDateOf(start.at, zone);
      const dueOn =
        standard.unit === "working_days"
          ? addWorkingDays(startedOn, standard.within, holidays)
          : fromEpochDay((toEpochDay(startedOn) ?? 0) + standard.within);
      const reached = steps.slice(startIndex + 1).find((s) => standard.to.includes(s.to));
      if (reached) {
        const reachedOn = localDateOf(reached.at, zone);
        const elapsed = elapsedDays(standard.unit, startedOn, reachedOn);
        const outcome = elapsed <= standard.within ? "met" : "breached";
        return { ...base, outcome, startedOn, dueOn, reachedOn, elapsed };
      }
      const endedOn = ended === undefined ? undefined : localDateOf(ended.at, zone);
      const stopped = endedOn ?? (today < startedOn ? startedOn : today);
      const elapsed = elapsedDays(standard.unit, startedOn, stopped);
      const late = elapsed > standard.within;
      const outcome: ReferralStandardOutcome =
        endedOn === undefined
          ? late
            ? "overdue"
            : "pending"
          : late
            ? "ended_unmet"
            : "not_applicable";
      return {
        ...base,
        outcome,
        startedOn,
        dueOn,
        reachedOn: null,
        elapsed,
      };
    });
  });
  return { results, breaches: results.filter((r) => IS_BREACH[r.outcome]) };
}
