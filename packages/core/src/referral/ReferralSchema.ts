import { z } from "zod";
import { IdSchema, IsoDateTimeSchema, ShortTextSchema } from "../_lib/fields.ts";
import { checkReferralHistory } from "../_lib/referral/checkReferralHistory.ts";
import { ReferralTransitionSchema } from "./ReferralStatusSchema.ts";

/**
 * Where a referral came from: a hospital ward or department (a carer coordinator on the wards),
 * a GP practice, social care, a school (young carers), an outreach event such as a drop-in, the
 * carer themselves, or somewhere else.
 *
 * @example
 * ReferralSourceSchema.parse("outreach_event");
 */
export const ReferralSourceSchema = z.enum([
  "ward",
  "gp",
  "social_care",
  "school",
  "outreach_event",
  "self",
  "other",
]);

/**
 * A source from {@link ReferralSourceSchema}.
 *
 * @example
 * const source: ReferralSource = "gp";
 */
export type ReferralSource = z.infer<typeof ReferralSourceSchema>;

/**
 * A referral of a carer to the service: its source (with the ward, practice or event where
 * known), when it was received, why, and its history of transitions in time order. The history
 * must follow the legal transitions of {@link REFERRAL_TRANSITIONS} (`illegal_transition`), be in
 * time order (`transition_out_of_order`) and give reasons where required (`missing_reason`).
 *
 * @example
 * ReferralSchema.parse({
 *   id: "ref-1", carerId: "carer-1", source: "ward", sourceDetail: "Ward 7 (stroke)",
 *   receivedAt: "2026-09-07T14:30:00+01:00", reason: "Wife being discharged home after a stroke",
 *   history: [{ to: "contacted", at: "2026-09-08T10:00:00+01:00" }],
 * });
 */
export const ReferralSchema = z
  .strictObject({
    id: IdSchema,
    /** The carer, once known to the service. */
    carerId: IdSchema.optional(),
    source: ReferralSourceSchema,
    /** The ward, department, practice, school or event. */
    sourceDetail: ShortTextSchema.optional(),
    receivedAt: IsoDateTimeSchema,
    reason: ShortTextSchema,
    history: z.array(ReferralTransitionSchema).max(100),
  })
  .superRefine((value, ctx) => {
    for (const problem of checkReferralHistory(value.receivedAt, value.history)) {
      ctx.addIssue({
        code: "custom",
        path: ["history", problem.index, problem.field],
        message: problem.message,
        params: { carerkit: problem.code },
      });
    }
  });

/**
 * A parsed, valid referral; inferred from {@link ReferralSchema}.
 *
 * @example
 * const fromWards = (r: Referral) => r.source === "ward";
 */
export type Referral = z.output<typeof ReferralSchema>;
