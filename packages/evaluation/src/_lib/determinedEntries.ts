/**
 * Which unknown entries a system of published sums pins down exactly. Each line is a list of
 * entries whose last one is the total of the others; `unknown` says which entries are
 * suppressed. An unknown x_j is determined when every solution of the homogeneous system has
 * x_j = 0, i.e. when, in the reduced row echelon form, x_j is a pivot whose row has no free
 * variable. Entries are small integers (0/±1), so elimination in floating point with a
 * tolerance is exact here.
 */
export function determinedEntries<T>(
  lines: readonly (readonly T[])[],
  unknown: (entry: T) => boolean,
  key: (entry: T) => string,
): string[] {
  const index = new Map<string, number>();
  for (const line of lines) {
    for (const entry of line) {
      if (unknown(entry) && !index.has(key(entry))) index.set(key(entry), index.size);
    }
  }
  const width = index.size;
  if (width === 0) return [];
  const rows: number[][] = [];
  for (const line of lines) {
    const row = Array.from({ length: width }, () => 0);
    let any = false;
    for (const [i, entry] of line.entries()) {
      const j = index.get(key(entry));
      if (j === undefined || !unknown(entry)) continue;
      row[j] = (row[j] ?? 0) + (i === line.length - 1 ? -1 : 1);
      any = true;
    }
    if (any) rows.push(row);
  }
  // Reduced row echelon form.
  const pivotOf: number[] = [];
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) {
      if (Math.abs(rows[i]?.[c] ?? 0) > Math.abs(rows[best]?.[c] ?? 0)) best = i;
    }
    const pivotRow = rows[best];
    if (pivotRow === undefined || Math.abs(pivotRow[c] ?? 0) < 1e-9) continue;
    [rows[r], rows[best]] = [pivotRow, rows[r] ?? pivotRow];
    const p = pivotRow[c] ?? 1;
    for (let k = 0; k < width; k++) pivotRow[k] = (pivotRow[k] ?? 0) / p;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (i === r || row === undefined) continue;
      const f = row[c] ?? 0;
      if (f === 0) continue;
      for (let k = 0; k < width; k++) row[k] = (row[k] ?? 0) - f * (pivotRow[k] ?? 0);
    }
    pivotOf[r] = c;
    r += 1;
  }
  const pivots = new Set(pivotOf);
  const determined: string[] = [];
  for (const [name, j] of index) {
    const at = pivotOf.indexOf(j);
    if (at < 0) continue;
    const row = rows[at] ?? [];
    const free = row.some((v, k) => k !== j && !pivots.has(k) && Math.abs(v) > 1e-9);
    if (!free) determined.push(name);
  }
  return determined;
}
