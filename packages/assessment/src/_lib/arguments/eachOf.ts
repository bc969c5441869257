import type { ArgumentCheck } from "./argumentProblem.ts";

/**
 * A check for each element of an array argument, named `name[i]` (none when it is not an array:
 * check that first). Holes in a sparse array are checked as `undefined`. Linear in its length.
 */
export function eachOf(name: string, list: unknown, kind: ArgumentCheck[1]): ArgumentCheck[] {
  if (!Array.isArray(list)) return [];
  const checks: ArgumentCheck[] = [];
  for (let i = 0; i < list.length; i++)
    checks.push([{ [`${name}[${i}]`]: list[i] as unknown }, kind]);
  return checks;
}
