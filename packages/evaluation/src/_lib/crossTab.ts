import type { CountTableInput } from "../disclosure/suppressSmallNumbers.ts";

/** How {@link crossTab} files each record. */
export interface CrossTabSpec<T> {
  /** The row label(s) of a record; a record with several rows counts once in each. */
  readonly row: (item: T) => string | readonly string[];
  /** The column label of a record. */
  readonly column: (item: T) => string;
  /** Rows to show first, in this order (zero rows included); others follow sorted. */
  readonly rows?: readonly string[] | undefined;
  /** Columns to show first, in this order; others follow sorted. */
  readonly columns?: readonly string[] | undefined;
  /** What a record adds (default 1). */
  readonly weight?: ((item: T) => number) | undefined;
  /** Count each distinct key once per cell (e.g. people rather than contacts). */
  readonly distinct?: ((item: T) => string) | undefined;
}

function order(fixed: readonly string[] | undefined, seen: Iterable<string>): string[] {
  const first = [...(fixed ?? [])];
  const known = new Set(first);
  return [...first, ...[...new Set(seen)].filter((x) => !known.has(x)).sort()];
}

const asList = (x: string | readonly string[]): readonly string[] =>
  typeof x === "string" ? [x] : x;

/** A row × column count table of records, for suppressSmallNumbers. */
export function crossTab<T>(items: readonly T[], spec: CrossTabSpec<T>): CountTableInput {
  const rows = order(
    spec.rows,
    items.flatMap((t) => asList(spec.row(t))),
  );
  const columns = order(spec.columns, items.map(spec.column));
  const rIndex = new Map(rows.map((r, i) => [r, i]));
  const cIndex = new Map(columns.map((c, i) => [c, i]));
  const counts = rows.map(() => columns.map(() => 0));
  const seen = new Set<string>();
  for (const item of items) {
    const c = cIndex.get(spec.column(item)) ?? 0;
    for (const rowLabel of new Set(asList(spec.row(item)))) {
      const r = rIndex.get(rowLabel) ?? 0;
      if (spec.distinct) {
        const key = JSON.stringify([r, c, spec.distinct(item)]);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      const line = counts[r];
      if (line) line[c] = (line[c] ?? 0) + (spec.weight ? spec.weight(item) : 1);
    }
  }
  return { rows, columns, counts };
}
