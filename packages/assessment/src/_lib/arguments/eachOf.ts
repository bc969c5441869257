import type { ArgumentCheck } from "./argumentProblem.ts";

/**
 * A check for each element of an array argument, named `name[i]` (none when it is not an array:
 * check that first). Linear in the array's length.
 */
export function eachOf(name: string, list: unknown, kind: ArgumentCheck[1]): ArgumentCheck[] {
  return Array.isArray(list)
    ? (list as unknown[]).map((value, i): ArgumentCheck => [{ [`${name}[${i}]`]: value }, kind])
    : [];
}
