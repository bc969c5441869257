import { checkCountTable } from "../_lib/checkStates.ts";
import type { CountTable } from "./countValues.ts";

/**
 * Adds two count tables key by key.
 *
 * @param a - One table.
 * @param b - Another table.
 * @returns A new table with the sum of both.
 * @example
 * mergeCountTables({ "5": 2 }, { "5": 1, "4": 3 }); //=> { "5": 3, "4": 3 }
 */
export function mergeCountTables(a: CountTable, b: CountTable): CountTable {
  checkCountTable("mergeCountTables", "a", a);
  checkCountTable("mergeCountTables", "b", b);
  const out = new Map(Object.entries(a));
  for (const [key, count] of Object.entries(b)) out.set(key, (out.get(key) ?? 0) + count);
  return Object.fromEntries(out);
}
