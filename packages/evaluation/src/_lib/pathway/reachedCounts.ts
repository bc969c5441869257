import type { PublishedCell, PublishedTable } from "../../disclosure/suppressSmallNumbers.ts";

/**
 * "Reached stage k" from one line of a protected furthest-stage table: the referrals whose
 * furthest stage is k or later. It is the line total less the cells before k when those are all
 * shown, else the sum of the cells from k when those are all shown, else unknown (`null`): never
 * more than the published cells give away.
 */
export function reachedCounts(
  cells: readonly PublishedCell[],
  total: PublishedCell | undefined,
): (number | null)[] {
  const sum = (part: readonly PublishedCell[]): number | null =>
    part.every((c) => c.value !== null) ? part.reduce((s, c) => s + (c.value ?? 0), 0) : null;
  return cells.map((_, k) => {
    const before = sum(cells.slice(0, k));
    if (total?.value != null && before !== null) return total.value - before;
    return sum(cells.slice(k));
  });
}

/** A one-column ("Referrals") published table of derived counts, so that it prints like the others. */
export function derivedTable(
  rows: readonly string[],
  values: readonly (number | null)[],
  rule: PublishedTable["rule"],
): PublishedTable {
  return {
    rows: [...rows],
    columns: ["Referrals"],
    cells: values.map((value) => [
      value === null
        ? { value: null, display: "*", status: "secondary" as const }
        : { value, display: String(value), status: "shown" as const },
    ]),
    rowTotals: [],
    columnTotals: [],
    grandTotal: null,
    rule,
  };
}
