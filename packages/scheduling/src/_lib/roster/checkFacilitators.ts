import type { CarerKitIssue, Result } from "@carerkit/core";
import type { Facilitator } from "../../rostering/types.ts";
import { fail } from "../issue.ts";

/** The first facilitator with a repeated id or an invalid maxSessions, as an invalid_input error. */
export function checkFacilitators(
  facilitators: readonly Facilitator[],
): Result<never, CarerKitIssue<"invalid_input">> | undefined {
  const ids = new Set<string>();
  for (const [index, f] of facilitators.entries()) {
    if (ids.has(f.id))
      return fail("invalid_input", `facilitators[${index}].id: duplicate id "${f.id}"`, [
        "facilitators",
        index,
        "id",
      ]);
    ids.add(f.id);
    if (f.maxSessions !== undefined && (!Number.isInteger(f.maxSessions) || f.maxSessions < 0))
      return fail(
        "invalid_input",
        `facilitators[${index}].maxSessions: expected a whole number ≥ 0, got ${f.maxSessions}`,
        ["facilitators", index, "maxSessions"],
      );
  }
  return undefined;
}
