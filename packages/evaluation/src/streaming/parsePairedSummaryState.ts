import { CarerKitError, type CarerKitIssue } from "@carerkit/core";
import { PairedSummaryStateSchema } from "../_lib/pairedSummaryStateSchema.ts";
import type { PairedSummaryState } from "./accumulatePairs.ts";

/**
 * Validates a paired summary state received from elsewhere (another site, a worker thread, a
 * file): the version tag, non-negative integer counts, non-negative M2s, integer histogram keys
 * and counts that add up. Use it before {@link mergePairedSummaries} on anything not produced
 * in this process.
 *
 * @param input - The parsed JSON.
 * @returns The state, typed.
 * @throws {CarerKitError} With code `invalid_input` and one issue per problem, each naming its field.
 * @example
 * const state = parsePairedSummaryState(JSON.parse(await readFile("site-a.json", "utf8")));
 * const all = mergePairedSummaries(ourState, state);
 */
export function parsePairedSummaryState(input: unknown): PairedSummaryState {
  const result = PairedSummaryStateSchema.safeParse(input);
  if (result.success) return result.data;
  const issues: CarerKitIssue[] = result.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    return {
      code: "invalid_input",
      message: `${path.join(".") || "state"}: ${issue.message}`,
      path,
    };
  });
  throw new CarerKitError("invalid_input", "Not a paired summary state", {
    issues,
    cause: result.error,
  });
}
