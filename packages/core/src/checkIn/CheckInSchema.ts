import { z } from "zod";
import { IdSchema, IsoDateSchema, LongTextSchema, ShortTextSchema } from "../_lib/fields.ts";

/**
 * How the carer says they are doing, in their words, from `struggling` to `doing_well`.
 *
 * @example
 * HowAreYouSchema.options.indexOf("getting_by"); //=> 2
 */
export const HowAreYouSchema = z.enum([
  "struggling",
  "finding_it_hard",
  "getting_by",
  "doing_ok",
  "doing_well",
]);

/**
 * A small win worth celebrating, optionally towards a goal: "Slept through twice this week".
 *
 * @example
 * SmallWinSchema.parse({ text: "Went to the carers' café", goalId: "goal-1" });
 */
export const SmallWinSchema = z.strictObject({
  text: ShortTextSchema,
  goalId: IdSchema.optional(),
});

/**
 * A regular check-in with a carer: the date, how they are doing, notes, small wins and how it
 * happened.
 *
 * @example
 * CheckInSchema.parse({
 *   id: "check-1", carerId: "carer-1", date: "2026-11-20", howAreYou: "getting_by",
 *   smallWins: [{ text: "Went to the carers' café" }], method: "phone",
 * });
 */
export const CheckInSchema = z.strictObject({
  id: IdSchema,
  carerId: IdSchema,
  date: IsoDateSchema,
  howAreYou: HowAreYouSchema,
  notes: LongTextSchema.optional(),
  smallWins: z.array(SmallWinSchema).max(20),
  method: z.enum(["phone", "in_person", "video", "text", "email"]).optional(),
  followUpOn: IsoDateSchema.optional(),
  /** Staff member or volunteer who checked in. */
  by: IdSchema.optional(),
});

/**
 * A parsed, valid check-in; inferred from {@link CheckInSchema}.
 *
 * @example
 * const needsCall = (c: CheckIn) => c.howAreYou === "struggling";
 */
export type CheckIn = z.output<typeof CheckInSchema>;
