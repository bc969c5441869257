import { z } from "zod";
import { IdSchema, IsoDateTimeSchema, ShortTextSchema } from "../_lib/fields.ts";

/**
 * What happened in a carer's journey with a service.
 *
 * @example
 * TimelineEventKindSchema.parse("goal_achieved");
 */
export const TimelineEventKindSchema = z.enum([
  "identified",
  "registered",
  "assessed",
  "support_planned",
  "check_in",
  "goal_set",
  "goal_achieved",
  "consent_given",
  "consent_withdrawn",
  "feedback_received",
  "caring_ended",
  "status_changed",
]);

/**
 * One event on a carer's timeline, pointing at the record it is about (`refId`).
 *
 * @example
 * TimelineEventSchema.parse({ id: "ev-1", carerId: "carer-1", at: "2026-11-20T15:00:00Z", kind: "check_in", refId: "check-1" });
 */
export const TimelineEventSchema = z.strictObject({
  id: IdSchema,
  carerId: IdSchema,
  at: IsoDateTimeSchema,
  kind: TimelineEventKindSchema,
  refId: IdSchema.optional(),
  summary: ShortTextSchema.optional(),
});

/**
 * A parsed, valid timeline event; inferred from {@link TimelineEventSchema}.
 *
 * @example
 * const byTime = (a: TimelineEvent, b: TimelineEvent) => Date.parse(a.at) - Date.parse(b.at);
 */
export type TimelineEvent = z.output<typeof TimelineEventSchema>;
