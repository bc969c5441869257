/**
 * Why a published cell looks as it does: `shown` (possibly rounded), `primary` (a small count),
 * `secondary` (suppressed so a small count cannot be worked out from a total).
 *
 * @example
 * const status: CellStatus = "secondary";
 */
export type CellStatus = "shown" | "primary" | "secondary";

/** Suppresses more entries until no line of the extended matrix has exactly one suppressed entry. */
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
  let changed = true;
  while (changed) {
    changed = false;
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
      changed = true;
    }
  }
}
