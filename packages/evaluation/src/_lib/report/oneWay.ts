import type { CountTableInput } from "../../disclosure/suppressSmallNumbers.ts";

/** A one-column count table from label–count pairs. */
export function oneWay(
  entries: readonly (readonly [string, number])[],
  column: string,
): CountTableInput {
  return { rows: entries.map((e) => e[0]), columns: [column], counts: entries.map((e) => [e[1]]) };
}
