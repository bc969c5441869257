import { z } from "zod";
import { IdSchema, IsoDateSchema, LongTextSchema, ShortTextSchema } from "../_lib/fields.ts";
import { requireOrder } from "../_lib/requireOrder.ts";

/**
 * Feedback on a service: a compliment, a complaint or a suggestion, with who gave it (unless
 * anonymous), what it is about and the service's response.
 *
 * @example
 * FeedbackSchema.parse({
 *   id: "fb-1", kind: "compliment", receivedOn: "2026-11-02", anonymous: true,
 *   text: "The Tuesday group made me feel less alone.", about: "Carers' café",
 * });
 */
export const FeedbackSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(["compliment", "complaint", "suggestion"]),
    receivedOn: IsoDateSchema,
    text: LongTextSchema,
    anonymous: z.boolean(),
    fromCarerId: IdSchema.optional(),
    about: ShortTextSchema.optional(),
    channel: z.enum(["in_person", "phone", "email", "letter", "form", "online"]).optional(),
    respondedOn: IsoDateSchema.optional(),
    response: LongTextSchema.optional(),
  })
  .superRefine((value, ctx) => {
    requireOrder(value, ctx, {
      first: "receivedOn",
      then: "respondedOn",
      code: "end_before_start",
    });
  });

/**
 * A parsed, valid piece of feedback; inferred from {@link FeedbackSchema}.
 *
 * @example
 * const complaints = (all: Feedback[]) => all.filter((f) => f.kind === "complaint");
 */
export type Feedback = z.output<typeof FeedbackSchema>;
