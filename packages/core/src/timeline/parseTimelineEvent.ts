import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { TimelineEventSchema, type TimelineEvent } from "./TimelineEventSchema.ts";

/**
 * Checks unknown input and returns a typed {@link TimelineEvent}, with its instant carrying a time zone.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The timeline event.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const event = parseTimelineEvent(json);
 * event.kind; //=> "check_in"
 */
export function parseTimelineEvent(input: unknown): TimelineEvent {
  return parseWithSchema(TimelineEventSchema, input, "TimelineEvent");
}
