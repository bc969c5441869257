import { z } from "zod";
import { IdSchema, IsoDateSchema, ShortTextSchema } from "../_lib/fields.ts";
import { addRuleIssue, requireOrder } from "../_lib/requireOrder.ts";
import { SupportNeedDomainSchema } from "../vocabulary/SupportNeedDomainSchema.ts";

/**
 * Where a goal stands. `set_aside` keeps a goal that no longer fits without calling it failed.
 *
 * @example
 * GoalStatusSchema.parse("achieved");
 */
export const GoalStatusSchema = z.enum(["open", "in_progress", "achieved", "set_aside"]);

/**
 * Something the carer wants to change, in their words, optionally tied to a support-need domain,
 * with small steps. An achieved goal has the date it was achieved.
 *
 * @example
 * GoalSchema.parse({
 *   id: "goal-1", carerId: "carer-1", title: "An afternoon a week for myself",
 *   domain: "breaks_from_caring", status: "in_progress", setOn: "2026-06-01",
 *   steps: [{ text: "Ask about the sitting service", done: true }],
 * });
 */
export const GoalSchema = z
  .strictObject({
    id: IdSchema,
    carerId: IdSchema,
    title: ShortTextSchema,
    domain: SupportNeedDomainSchema.optional(),
    status: GoalStatusSchema,
    setOn: IsoDateSchema,
    targetDate: IsoDateSchema.optional(),
    achievedOn: IsoDateSchema.optional(),
    steps: z
      .array(z.strictObject({ text: ShortTextSchema, done: z.boolean() }))
      .max(20)
      .optional(),
  })
  .superRefine((value, ctx) => {
    requireOrder(value, ctx, { first: "setOn", then: "targetDate", code: "end_before_start" });
    requireOrder(value, ctx, { first: "setOn", then: "achievedOn", code: "end_before_start" });
    if (value.status === "achieved" && value.achievedOn === undefined) {
      addRuleIssue(ctx, "achievedOn", {
        code: "achieved_without_date",
        message: 'expected the date achieved when status is "achieved", got nothing',
      });
    }
  });

/**
 * A parsed, valid goal; inferred from {@link GoalSchema}.
 *
 * @example
 * const done = (g: Goal) => g.status === "achieved";
 */
export type Goal = z.output<typeof GoalSchema>;
