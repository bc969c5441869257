import { checkArgument, invalidArgument } from "@carerkit/core";
import { PairedSummaryStateSchema } from "./pairedSummaryStateSchema.ts";

/**
 * Throws `invalid_argument` unless `state` is a paired summary state as
 * {@link PairedSummaryStateSchema} describes it (counts are counts, moments finite).
 */
export function checkPairedState(fn: string, name: string, state: unknown): void {
  checkArgument(fn, { [name]: state }, "plain object");
  if (!PairedSummaryStateSchema.safeParse(state).success) {
    throw invalidArgument(
      fn,
      { [name]: state },
      "a PairedSummaryState (see parsePairedSummaryState)",
    );
  }
}

/** Throws `invalid_argument` unless `state` is a moments state: version 1, a count n, finite moments. */
export function checkMomentsState(fn: string, name: string, state: unknown): void {
  checkArgument(fn, { [name]: state }, "plain object");
  const { version, n, mean, m2 } = state as Record<string, unknown>;
  if (version !== 1) throw invalidArgument(fn, { [`${name}.version`]: version }, "1");
  checkArgument(fn, { [`${name}.n`]: n }, "count");
  checkArgument(fn, { [`${name}.mean`]: mean }, "finite number");
  checkArgument(fn, { [`${name}.m2`]: m2 }, "finite number");
  if ((m2 as number) < 0) throw invalidArgument(fn, { [`${name}.m2`]: m2 }, "at least 0");
}

/** Throws `invalid_argument` unless `table` is a plain object whose every entry is a count. */
export function checkCountTable(fn: string, name: string, table: unknown): void {
  checkArgument(fn, { [name]: table }, "plain object");
  for (const [key, count] of Object.entries(table as Record<string, unknown>)) {
    checkArgument(fn, { [`${name}[${JSON.stringify(key)}]`]: count }, "count");
  }
}
