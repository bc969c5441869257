import { checkArgument } from "@carerkit/core";
import { checkCountTable } from "../_lib/checkStates.ts";

/**
 * A mergeable table of counts: value (as a string key) → how many.
 *
 * @example
 * const likert: CountTable = { "1": 2, "4": 10, "5": 7 };
 */
export type CountTable = Readonly<Record<string, number>>;

/**
 * Counts values into a table (or adds to one), without changing the given table. Exact and
 * mergeable: Likert answers, sessions attended, referral sources.
 *
 * @param values - Values to count (numbers or strings; keys are their string form).
 * @param table - The counts so far (default: empty).
 * @returns The new table.
 * @example
 * countValues([5, 4, 5, 3]); //=> { "3": 1, "4": 1, "5": 2 }
 */
export function countValues(
  values: readonly (number | string)[],
  table: CountTable = {},
): CountTable {
  checkArgument("countValues", { values }, "array");
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "string") {
      checkArgument("countValues", { [`values[${i}]`]: value }, "finite number");
    }
  }
  checkCountTable("countValues", "table", table);
  // A Map, so that a value such as "__proto__" is counted like any other.
  const out = new Map(Object.entries(table));
  for (const value of values) {
    const key = String(value);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return Object.fromEntries(out);
}
