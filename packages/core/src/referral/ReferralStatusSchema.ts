import { z } from "zod";
import { IdSchema, IsoDateTimeSchema, ShortTextSchema } from "../_lib/fields.ts";

/**
 * Where a referral stands on the carer's pathway. The main line is received → contacted →
 * assessed → plan_agreed → reviewed → closed; `declined` (the carer said no) and
 * `unable_to_contact` leave it, each with a reason.
 *
 * @example
 * ReferralStatusSchema.options.indexOf("assessed"); //=> 2
 */
export const ReferralStatusSchema = z.enum([
  "received",
  "contacted",
  "assessed",
  "plan_agreed",
  "reviewed",
  "closed",
  "declined",
  "unable_to_contact",
]);

/**
 * A status from {@link ReferralStatusSchema}.
 *
 * @example
 * const status: ReferralStatus = "plan_agreed";
 */
export type ReferralStatus = z.infer<typeof ReferralStatusSchema>;

/**
 * One step of a referral's history: the status it moved to, when (an instant with an offset),
 * and why. A reason is required for `declined`, `unable_to_contact` and `closed`.
 *
 * @example
 * ReferralTransitionSchema.parse({ to: "contacted", at: "2026-09-08T10:00:00+01:00", by: "staff-2" });
 */
export const ReferralTransitionSchema = z.strictObject({
  to: ReferralStatusSchema.exclude(["received"]),
  at: IsoDateTimeSchema,
  reason: ShortTextSchema.optional(),
  /** The member of staff or volunteer who recorded it. */
  by: IdSchema.optional(),
});

/**
 * A step from {@link ReferralTransitionSchema}.
 *
 * @example
 * const step: ReferralTransition = { to: "declined", at: "2026-09-09T11:00:00Z", reason: "Has support from family" };
 */
export type ReferralTransition = z.output<typeof ReferralTransitionSchema>;
