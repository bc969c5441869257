import { z } from "zod";
import { IdSchema, IsoDateSchema, ShortTextSchema } from "../_lib/fields.ts";
import { addRuleIssue, requireOrder } from "../_lib/requireOrder.ts";
import { toEpochDay } from "../_lib/epochDay.ts";

/**
 * The kind of break from caring: respite (the cared-for person stays elsewhere, e.g. a care
 * home stay), replacement care (someone takes over at home), a short break (a few hours or a day
 * for the carer), or an activity (a class, a trip, a carers' café).
 *
 * @example
 * BreakTypeSchema.parse("replacement_care");
 */
export const BreakTypeSchema = z.enum(["respite", "replacement_care", "short_break", "activity"]);

/**
 * A type from {@link BreakTypeSchema}.
 *
 * @example
 * const type: BreakType = "respite";
 */
export type BreakType = z.infer<typeof BreakTypeSchema>;

/**
 * Who pays for a break: the local authority (after a carer's assessment), the NHS, a carers'
 * grant, a charity, a direct payment, the family themselves, or another source.
 *
 * @example
 * BreakFundingSchema.parse("carers_grant");
 */
export const BreakFundingSchema = z.enum([
  "local_authority",
  "nhs",
  "carers_grant",
  "charity",
  "direct_payment",
  "self_funded",
  "other",
]);

/**
 * A source from {@link BreakFundingSchema}.
 *
 * @example
 * const funding: BreakFunding = "charity";
 */
export type BreakFunding = z.infer<typeof BreakFundingSchema>;

/**
 * A break from caring, planned, taken or cancelled: its type, funding, the dates it runs
 * (inclusive) and, for breaks of hours rather than days, how many hours.
 *
 * @example
 * BreakSchema.parse({
 *   id: "break-1", carerId: "carer-1", type: "short_break", funding: "carers_grant",
 *   status: "taken", startsOn: "2026-10-14", endsOn: "2026-10-14", hours: 4,
 * });
 */
export const BreakSchema = z
  .strictObject({
    id: IdSchema,
    carerId: IdSchema,
    type: BreakTypeSchema,
    funding: BreakFundingSchema,
    status: z.enum(["planned", "taken", "cancelled"]),
    startsOn: IsoDateSchema,
    endsOn: IsoDateSchema,
    /** Hours of break, when counted in hours (at most 24 a day of the break). */
    hours: z
      .number()
      .positive()
      .max(24 * 366)
      .optional(),
    /** Who provided it, e.g. "Sitting service". */
    provider: ShortTextSchema.optional(),
  })
  .superRefine((value, ctx) => {
    requireOrder(value, ctx, { first: "startsOn", then: "endsOn", code: "end_before_start" });
    const days = (toEpochDay(value.endsOn) ?? 0) - (toEpochDay(value.startsOn) ?? 0) + 1;
    if (value.hours !== undefined && days >= 1 && value.hours > 24 * days) {
      addRuleIssue(ctx, "hours", {
        code: "too_big",
        message: `expected at most ${String(24 * days)} (24 a day over ${String(days)} day${days === 1 ? "" : "s"}), got more`,
      });
    }
  });

/**
 * A parsed, valid break; inferred from {@link BreakSchema}.
 *
 * @example
 * const isRespite = (b: CaringBreak) => b.type === "respite";
 */
export type CaringBreak = z.output<typeof BreakSchema>;
