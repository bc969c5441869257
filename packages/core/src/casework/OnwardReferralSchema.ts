import { z } from "zod";
import { IdSchema, IsoDateSchema, LongTextSchema } from "../_lib/fields.ts";
import { addRuleIssue, requireOrder } from "../_lib/requireOrder.ts";

/**
 * What came of an onward referral: the service accepted the carer, declined, or never answered.
 *
 * @example
 * ReferralOutcomeSchema.parse("no_response"); //=> "no_response"
 */
export const ReferralOutcomeSchema = z.enum(["accepted", "declined", "no_response"]);

/**
 * A referral of a carer on to a service in the directory (a `@carerkit/directory` service offer
 * id), with its outcome and the days the worker follows it up.
 *
 * @example
 * OnwardReferralSchema.parse({
 *   id: "ref-1", carerId: "carer-1", workerId: "worker-3", offerId: "offer-carers-cafe",
 *   referredOn: "2026-11-02", followUpOn: ["2026-11-09"], outcome: "accepted", outcomeOn: "2026-11-06",
 * });
 */
export const OnwardReferralSchema = z
  .strictObject({
    id: IdSchema,
    carerId: IdSchema,
    workerId: IdSchema,
    /** The directory's service offer id. */
    offerId: IdSchema,
    referredOn: IsoDateSchema,
    /** Planned or done follow-ups, each on or after `referredOn`. */
    followUpOn: z.array(IsoDateSchema).max(20).optional(),
    outcome: ReferralOutcomeSchema.optional(),
    /** When the outcome was known; needs `outcome`. */
    outcomeOn: IsoDateSchema.optional(),
    notes: LongTextSchema.optional(),
  })
  .superRefine((value, ctx) => {
    requireOrder(value, ctx, { first: "referredOn", then: "outcomeOn", code: "end_before_start" });
    if (value.outcomeOn !== undefined && value.outcome === undefined) {
      const message = "expected an outcome when outcomeOn is given";
      addRuleIssue(ctx, "outcome", { code: "status_mismatch", message });
    }
    value.followUpOn?.forEach((day, i) => {
      if (day >= value.referredOn) return;
      ctx.addIssue({
        code: "custom",
        path: ["followUpOn", i],
        message: "expected a date on or after referredOn, got an earlier one",
        params: { carerkit: "end_before_start" },
      });
    });
  });

/**
 * A parsed, valid onward referral; inferred from {@link OnwardReferralSchema}.
 *
 * @example
 * const accepted = (all: OnwardReferral[]) => all.filter((r) => r.outcome === "accepted");
 */
export type OnwardReferral = z.output<typeof OnwardReferralSchema>;
