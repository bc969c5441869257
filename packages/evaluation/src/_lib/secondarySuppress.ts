import { determinedEntries } from "./determinedEntries.ts";

/**
 * Why a published cell looks as it does: `shown` (possibly rounded), `primary` (a small count),
 * `secondary` (suppressed so a small count cannot be worked out from a total).
 *
 * @example
 * const status: CellStatus = "secondary";
 */
export type CellStatus = "shown" | "primary" | "secondary";

/**
 * Suppresses more entries until no line of the extended matrix has exactly one suppressed entry
 * and no suppressed entry can be solved for from the published sums (e.g. a cell bridging two
 * suppressed blocks, which every line check passes).
 */
export function secondarySuppress(
  grid: readonly number[][],
  status: CellStatus[][],
  published: { readonly rows: boolean; readonly columns: boolean },
): void {
  const lastRow = grid.length - 1;
  const lastCol = (grid[0]?.length ?? 1) - 1;
  // A line is a published sum: its cells, then its total. Row sums exist only when row totals
  // are published, column sums only when column totals are; the line along the margin of
  // totals needs both, since it ends at the grand total.
  const lines: [number, number][][] = [];
  const lastRowLine = published.columns ? lastRow : lastRow - 1;
  const lastColLine = published.rows ? lastCol : lastCol - 1;
  if (published.rows) {
    for (let r = 0; r <= lastRowLine; r++) {
      lines.push(Array.from({ length: lastCol + 1 }, (_, c) => [r, c]));
    }
  }
  if (published.columns) {
    for (let c = 0; c <= lastColLine; c++) {
      lines.push(Array.from({ length: lastRow + 1 }, (_, r) => [r, c]));
    }
  }
  const isSuppressed = ([r, c]: [number, number]): boolean => status[r]?.[c] !== "shown";
  const value = ([r, c]: [number, number]): number => grid[r]?.[c] ?? 0;
  const key = ([r, c]: [number, number]): string => `${r},${c}`;
  const suppressNextTo = (entry: [number, number]): boolean => {
    // The smallest shown positive entry sharing a line with `entry`, else any shown entry there.
    const candidates = lines
      .filter((line) => line.some((p) => key(p) === key(entry)))
      .flat()
      .filter((p) => !isSuppressed(p))
      .sort((a, b) => (value(a) > 0 ? value(a) : Infinity) - (value(b) > 0 ? value(b) : Infinity));
    const pick = candidates[0];
    if (pick === undefined) return false;
    const row = status[pick[0]];
    if (row) row[pick[1]] = "secondary";
    return true;
  };
  let changed = true;
  while (changed) {
    changed = lineCheck();
    if (!changed) {
      const [first] = determinedEntries(lines, isSuppressed, key);
      if (first !== undefined) {
        const [r, c] = first.split(",").map(Number);
        changed = suppressNextTo([r ?? 0, c ?? 0]);
      }
    }
  }

  function lineCheck(): boolean {
    let any = false;
    for (const line of lines) {
      if (line.length < 2 || line.filter(isSuppressed).length !== 1) continue;
      const total = line.at(-1);
      if (total === undefined) continue;
      const open = line.slice(0, -1).filter((p) => !isSuppressed(p));
      const positive = open.filter((p) => value(p) > 0).sort((a, b) => value(a) - value(b));
      const pick = positive[0] ?? (isSuppressed(total) ? open[0] : total);
      if (pick === undefined) continue;
      const row = status[pick[0]];
      if (row) row[pick[1]] = "secondary";
      any = true;
    }
    return any;
  }
}
