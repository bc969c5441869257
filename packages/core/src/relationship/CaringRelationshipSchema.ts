import { z } from "zod";
import { IdSchema, IsoDateSchema, ShortTextSchema } from "../_lib/fields.ts";
import { addRuleIssue, requireOrder } from "../_lib/requireOrder.ts";
import { RelationshipTypeSchema } from "../vocabulary/relationshipTypes.ts";

/**
 * What the carer does for the person.
 *
 * @example
 * CaringTaskSchema.parse("medication"); //=> "medication"
 */
export const CaringTaskSchema = z.enum([
  "personal_care",
  "medication",
  "emotional_support",
  "practical",
  "financial",
  "supervision",
  "mobility",
  "nursing_care",
  "transport",
  "appointments",
  "communication",
]);

/**
 * Why caring ended: the person died, moved into residential care, recovered, or another reason.
 *
 * @example
 * CaringEndReasonSchema.parse("death"); //=> "death"
 */
export const CaringEndReasonSchema = z.enum(["death", "residential_care", "recovery", "other"]);

/**
 * A reason from {@link CaringEndReasonSchema}.
 *
 * @example
 * const reason: CaringEndReason = "residential_care";
 */
export type CaringEndReason = z.infer<typeof CaringEndReasonSchema>;

/**
 * The caring between one carer and one cared-for person: how they are related, weekly hours
 * (0–168, the hours in a week), tasks, whether they live together, whether this carer is the
 * main one, and when it started and ended. An end date needs an end reason and is not before
 * the start date.
 *
 * @example
 * CaringRelationshipSchema.parse({
 *   id: "rel-1", carerId: "carer-1", caredForId: "person-1",
 *   relationshipType: "child", hoursPerWeek: 35, tasks: ["medication", "practical"],
 *   livesTogether: false, isPrimaryCarer: true, startDate: "2022-09-01",
 * });
 */
export const CaringRelationshipSchema = z
  .strictObject({
    id: IdSchema,
    carerId: IdSchema,
    caredForId: IdSchema,
    relationshipType: RelationshipTypeSchema,
    hoursPerWeek: z
      .number()
      .min(0)
      .max(168, { error: "expected at most 168 (the hours in a week)" }),
    tasks: z.array(CaringTaskSchema).max(11),
    livesTogether: z.boolean(),
    isPrimaryCarer: z.boolean(),
    startDate: IsoDateSchema.optional(),
    endDate: IsoDateSchema.optional(),
    endReason: CaringEndReasonSchema.optional(),
    endNote: ShortTextSchema.optional(),
  })
  .superRefine((value, ctx) => {
    requireOrder(value, ctx, { first: "startDate", then: "endDate", code: "end_before_start" });
    if ((value.endDate === undefined) !== (value.endReason === undefined)) {
      const [missing, present] =
        value.endDate === undefined ? ["endDate", "endReason"] : ["endReason", "endDate"];
      addRuleIssue(ctx, missing, {
        code: "end_reason_mismatch",
        message: `expected endDate and endReason together, got ${present} alone`,
      });
    }
  });

/**
 * A parsed, valid caring relationship; inferred from {@link CaringRelationshipSchema}.
 *
 * @example
 * const isOngoing = (r: CaringRelationship) => r.endDate === undefined;
 */
export type CaringRelationship = z.output<typeof CaringRelationshipSchema>;
