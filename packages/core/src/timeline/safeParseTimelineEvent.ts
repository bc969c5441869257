import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { TimelineEventSchema, type TimelineEvent } from "./TimelineEventSchema.ts";

/**
 * Checks unknown input and returns a timeline event or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseTimelineEvent({ ...event, at: "2026-11-20 15:00" });
 * result.success || result.error[0]?.path; //=> ["at"]
 */
export function safeParseTimelineEvent(input: unknown): ParseResult<TimelineEvent> {
  return safeParseWithSchema(TimelineEventSchema, input);
}
