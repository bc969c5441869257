import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { CaringRelationshipSchema, type CaringRelationship } from "./CaringRelationshipSchema.ts";

/**
 * Checks unknown input and returns a typed {@link CaringRelationship}, with hours of care within 0–168 and an end date not before the start.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The caring relationship.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const relationship = parseCaringRelationship(JSON.parse(row));
 * bandHoursOfCare(relationship.hoursPerWeek); //=> e.g. "50_or_more"
 */
export function parseCaringRelationship(input: unknown): CaringRelationship {
  return parseWithSchema(CaringRelationshipSchema, input, "CaringRelationship");
}
