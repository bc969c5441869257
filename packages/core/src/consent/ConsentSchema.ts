import { z } from "zod";
import { IdSchema, IsoDateTimeSchema } from "../_lib/fields.ts";
import { addRuleIssue, requireOrder } from "../_lib/requireOrder.ts";
import { InformationCategorySchema } from "../vocabulary/informationCategories.ts";

/**
 * What a consent is for: sharing with a named care circle member, contacting the person about
 * services, using their data in a service evaluation, or in research.
 *
 * @example
 * ConsentPurposeSchema.parse("evaluation");
 */
export const ConsentPurposeSchema = z.enum([
  "share_with_circle_member",
  "contact_about_services",
  "evaluation",
  "research",
]);

/**
 * A purpose from {@link ConsentPurposeSchema}.
 *
 * @example
 * const purpose: ConsentPurpose = "research";
 */
export type ConsentPurpose = z.infer<typeof ConsentPurposeSchema>;

/**
 * One consent given by a carer or a cared-for person: its purpose, the recipient when sharing
 * with a circle member, its scope, when it was given and, if so, withdrawn or due to expire
 * (instants with a time zone). Withdrawal keeps the record: the history is the evidence.
 *
 * @example
 * ConsentSchema.parse({
 *   id: "consent-1", subjectId: "carer-1", purpose: "share_with_circle_member",
 *   recipientId: "m-2", scope: ["care_plan"], givenAt: "2026-05-01T10:00:00Z", method: "written",
 * });
 */
export const ConsentSchema = z
  .strictObject({
    id: IdSchema,
    /** The carer or cared-for person whose information it is. */
    subjectId: IdSchema,
    purpose: ConsentPurposeSchema,
    /** The care circle member who may receive the information. */
    recipientId: IdSchema.optional(),
    scope: z.array(InformationCategorySchema).min(1).max(9),
    givenAt: IsoDateTimeSchema,
    withdrawnAt: IsoDateTimeSchema.optional(),
    expiresAt: IsoDateTimeSchema.optional(),
    method: z.enum(["verbal", "written", "digital"]).optional(),
    recordedBy: IdSchema.optional(),
  })
  .superRefine((value, ctx) => {
    requireOrder(value, ctx, {
      first: "givenAt",
      then: "withdrawnAt",
      code: "withdrawn_before_given",
    });
    requireOrder(value, ctx, { first: "givenAt", then: "expiresAt", code: "end_before_start" });
    if (value.purpose === "share_with_circle_member" && value.recipientId === undefined) {
      addRuleIssue(ctx, "recipientId", {
        code: "missing_recipient",
        message:
          "expected the circle member's id when purpose is share_with_circle_member, got nothing",
      });
    }
  });

/**
 * A parsed, valid consent; inferred from {@link ConsentSchema}.
 *
 * @example
 * const isWithdrawn = (c: Consent) => c.withdrawnAt !== undefined;
 */
export type Consent = z.output<typeof ConsentSchema>;
