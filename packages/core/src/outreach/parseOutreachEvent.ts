import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { OutreachEventSchema, type OutreachEvent } from "./OutreachEventSchema.ts";

/**
 * Checks unknown input and returns a typed {@link OutreachEvent} (outreach event).
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The outreach event.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const record = parseOutreachEvent(json);
 * record.peopleMet; //=> 104
 */
export function parseOutreachEvent(input: unknown): OutreachEvent {
  return parseWithSchema(OutreachEventSchema, input, "OutreachEvent");
}
