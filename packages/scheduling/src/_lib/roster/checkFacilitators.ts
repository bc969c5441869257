import type { CarerKitIssue, Result } from "@carerkit/core";
import type { Facilitator } from "../../rostering/types.ts";
import { fail } from "../issue.ts";

/** The first facilitator with a repeated id, as an invalid_input error. */
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
  }
  return undefined;
}
