import { z } from "zod";
import { IdSchema, IsoDateSchema, LongTextSchema, ShortTextSchema } from "../_lib/fields.ts";
import { addRuleIssue, requireOrder } from "../_lib/requireOrder.ts";
import { SafeguardingCategorySchema } from "./safeguardingCategories.ts";

/**
 * Where a safeguarding concern is in its lifecycle: a `draft` (opened, for example, from an
 * instrument's safety flag, not yet confirmed by a person), `raised`, `screened` by the
 * safeguarding lead, then `referred` to the local authority or closed with `no_further_action`.
 *
 * @example
 * SafeguardingStatusSchema.options; //=> ["draft", "raised", "screened", "referred", "no_further_action"]
 */
export const SafeguardingStatusSchema = z.enum([
  "draft",
  "raised",
  "screened",
  "referred",
  "no_further_action",
]);

/**
 * A status from {@link SafeguardingStatusSchema}.
 *
 * @example
 * const status: SafeguardingStatus = "screened";
 */
export type SafeguardingStatus = z.infer<typeof SafeguardingStatusSchema>;

/**
 * Evidence attached to a concern: an instrument's safety flag (such as PHQ-9 item 9) with the
 * value that raised it, or a note of what was seen or said.
 *
 * @example
 * SafeguardingEvidenceSchema.parse({ kind: "instrument_flag", instrumentId: "phq9", flagId: "self_harm_thoughts", severity: "safety", value: 2, recordedOn: "2026-11-02" });
 */
export const SafeguardingEvidenceSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("instrument_flag"),
    instrumentId: IdSchema,
    flagId: IdSchema,
    severity: z.enum(["safety", "clinical", "information"]),
    value: z.number(),
    recordedOn: IsoDateSchema,
  }),
  z.strictObject({ kind: z.literal("note"), recordedOn: IsoDateSchema, text: LongTextSchema }),
]);

/**
 * A safeguarding concern about an adult: who raised it and when, whom it is about, the
 * categories of abuse or neglect ({@link SAFEGUARDING_CATEGORIES}), whether there is immediate
 * risk, what was done, and how it was screened and closed: referred to the local authority (under
 * Care Act 2014 s.42) with the authority's reference, or no further action with a reason. The
 * fields that each status needs are checked (`status_mismatch`), and so is the order of dates.
 *
 * @example
 * SafeguardingConcernSchema.parse({
 *   id: "sg-1", status: "raised", raisedBy: "worker-3", raisedOn: "2026-11-02",
 *   about: { personId: "carer-1", role: "carer" }, categories: ["financial_or_material_abuse"],
 *   immediateRisk: false,
 * });
 */
export const SafeguardingConcernSchema = z
  .strictObject({
    id: IdSchema,
    status: SafeguardingStatusSchema,
    /** The worker who raised it. */
    raisedBy: IdSchema,
    raisedOn: IsoDateSchema,
    about: z.strictObject({
      personId: IdSchema,
      role: z.enum(["carer", "cared_for_person", "other"]),
    }),
    /** At least one, except in a draft. */
    categories: z.array(SafeguardingCategorySchema).max(10),
    immediateRisk: z.boolean(),
    actionTaken: LongTextSchema.optional(),
    evidence: z.array(SafeguardingEvidenceSchema).max(50).optional(),
    screenedOn: IsoDateSchema.optional(),
    screenedBy: IdSchema.optional(),
    referral: z
      .strictObject({
        localAuthority: ShortTextSchema,
        /** The reference the local authority gave. */
        reference: ShortTextSchema,
        referredOn: IsoDateSchema,
      })
      .optional(),
    noFurtherAction: z
      .strictObject({ reason: LongTextSchema, decidedOn: IsoDateSchema })
      .optional(),
  })
  .superRefine((value, ctx) => {
    const screened = ["screened", "referred", "no_further_action"].includes(value.status);
    const need = (field: string, present: boolean, wanted: boolean): void => {
      if (present === wanted) return;
      const expected = wanted ? "a value" : "no value";
      const message = `expected ${expected} when status is "${value.status}"`;
      addRuleIssue(ctx, field, { code: "status_mismatch", message });
    };
    need("categories", value.categories.length > 0 || value.status === "draft", true);
    need("screenedOn", value.screenedOn !== undefined, screened);
    need("screenedBy", value.screenedBy !== undefined, screened);
    need("referral", value.referral !== undefined, value.status === "referred");
    need(
      "noFurtherAction",
      value.noFurtherAction !== undefined,
      value.status === "no_further_action",
    );
    requireOrder(value, ctx, { first: "raisedOn", then: "screenedOn", code: "end_before_start" });
    const closedOn = value.referral?.referredOn ?? value.noFurtherAction?.decidedOn;
    const closedField = value.referral ? "referral" : "noFurtherAction";
    if (closedOn !== undefined && value.screenedOn !== undefined && closedOn < value.screenedOn) {
      const message = "expected a date on or after screenedOn, got an earlier one";
      addRuleIssue(ctx, closedField, { code: "end_before_start", message });
    }
  });

/**
 * A parsed, valid safeguarding concern; inferred from {@link SafeguardingConcernSchema}.
 *
 * @example
 * const open = (all: SafeguardingConcern[]) => all.filter((c) => c.status === "raised");
 */
export type SafeguardingConcern = z.output<typeof SafeguardingConcernSchema>;
