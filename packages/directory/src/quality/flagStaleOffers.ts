import type { ServiceOffer } from "../offer/serviceOffer.ts";
import { dayNumber, fromDayNumber, parseDateKey } from "../_lib/zone.ts";
import { checkArgument } from "@carerkit/core";
import { checkInstant } from "../_lib/guard/checkInstant.ts";
import { checkOffers } from "../_lib/guard/checkOffers.ts";
import { checkOptions } from "../_lib/guard/checkOptions.ts";

/**
 * How fresh one offer's details are.
 *
 * @example
 * const flag: FreshnessFlag = { offerId: "town:x", state: "stale", days: 500, basis: "assured_date", message: "details last checked 16 months ago" };
 */
export interface FreshnessFlag {
  /** The offer. */
  readonly offerId: string;
  /** `fresh` (checked within `reviewAfterDays`), `ageing`, `stale`, or `unknown` (no dates, or a date that is not a calendar date). */
  readonly state: "fresh" | "ageing" | "stale" | "unknown";
  /** Days since the check date. */
  readonly days?: number | undefined;
  /** Which date was used: `assured_date` (someone checked it) or `last_modified`. */
  readonly basis?: "assured_date" | "last_modified" | undefined;
  /** Plain-language message. */
  readonly message: string;
}

/**
 * Options for {@link flagStaleOffers}.
 *
 * @example
 * const options: FreshnessOptions = { reviewAfterDays: 90, staleAfterDays: 365 };
 */
export interface FreshnessOptions {
  /** Open Referral UK recommends an assured date less than three months old. Default 90. */
  readonly reviewAfterDays?: number;
  /** After this many days the details count as stale. Default 365. */
  readonly staleAfterDays?: number;
}

// The day number of a `YYYY-MM-DD` key, or undefined when it is not a real calendar date.
function dayOfKey(key: string): number | undefined {
  const date = parseDateKey(key);
  const day = dayNumber(date);
  if (!Number.isFinite(day)) return undefined;
  const back = fromDayNumber(day);
  const same = back.year === date.year && back.month === date.month && back.day === date.day;
  return same ? day : undefined;
}

/**
 * Flags offers whose details have not been checked recently — from `assured_date`, else
 * `last_modified` — without removing them. Matching shows the same flag in its reasons.
 *
 * @param offers - The offers to check.
 * @param asOf - Today (no clock is read).
 * @param options - Thresholds in days.
 * @returns One flag per offer, in input order.
 * @throws CarerKitError `invalid_argument` when `offers` is not an array of offers, `asOf` not a
 *   valid Date or a threshold not a finite number; `out_of_span` when `asOf` is outside 1900–2200.
 * @example
 * flagStaleOffers(offers, new Date("2026-06-01")).filter((f) => f.state === "stale");
 */
export function flagStaleOffers(
  offers: readonly ServiceOffer[],
  asOf: Date,
  options: FreshnessOptions = {},
): FreshnessFlag[] {
  checkOffers("flagStaleOffers", offers);
  checkInstant("flagStaleOffers", { asOf });
  checkOptions("flagStaleOffers", options);
  for (const [name, days] of [
    ["options.reviewAfterDays", options.reviewAfterDays],
    ["options.staleAfterDays", options.staleAfterDays],
  ] as const)
    if (days !== undefined) checkArgument("flagStaleOffers", { [name]: days }, "finite number");
  const review = options.reviewAfterDays ?? 90;
  const stale = options.staleAfterDays ?? 365;
  const today = Math.floor(asOf.getTime() / 86400000);
  return offers.map((o) => {
    const basis =
      o.assuredDate !== undefined
        ? "assured_date"
        : o.lastModified !== undefined
          ? "last_modified"
          : undefined;
    const key = o.assuredDate ?? o.lastModified?.slice(0, 10);
    if (key === undefined || basis === undefined) {
      return {
        offerId: o.id,
        state: "unknown",
        message: "no assured or modified date: freshness unknown",
      };
    }
    const checkedOn = dayOfKey(key);
    if (checkedOn === undefined) {
      return {
        offerId: o.id,
        state: "unknown",
        basis,
        message: `${basis === "assured_date" ? "assured" : "modified"} date is not a calendar date: freshness unknown`,
      };
    }
    const days = today - checkedOn;
    const months = Math.round(days / 30.4);
    const what = basis === "assured_date" ? "checked" : "updated";
    if (days > stale)
      return {
        offerId: o.id,
        state: "stale",
        days,
        basis,
        message: `details last ${what} ${months} months ago`,
      };
    if (days > review)
      return {
        offerId: o.id,
        state: "ageing",
        days,
        basis,
        message: `details last ${what} ${months} months ago; due a review`,
      };
    return {
      offerId: o.id,
      state: "fresh",
      days,
      basis,
      message: `details ${what} ${Math.max(0, days)} days ago`,
    };
  });
}
