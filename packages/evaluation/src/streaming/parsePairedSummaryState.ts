import { CarerKitError, type CarerKitIssue } from "@carerkit/core";
import { z } from "zod";
import type { PairedSummaryState } from "./accumulatePairs.ts";

const count = z.number().int().nonnegative();
const finite = z.number();
const nonNegative = z.number().nonnegative();

/** The wire shape of a paired summary state, as another site or worker sends it. */
const PairedSummaryStateSchema = z
  .strictObject({
    version: z.literal(1),
    n: count,
    preMean: finite,
    preM2: nonNegative,
    postMean: finite,
    postM2: nonNegative,
    coMoment: finite,
    differenceMean: finite,
    differenceM2: nonNegative,
    positive: count,
    zero: count,
    negative: count,
    differenceCounts: z.record(z.string().regex(/^-?\d+$/), count).nullable(),
  })
  .refine((s) => s.positive + s.zero + s.negative === s.n, {
    message: "expected positive + zero + negative to equal n",
    path: ["n"],
  });

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
