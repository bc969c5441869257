/** How dates are grouped into reporting periods. */
export type PeriodGrouping = "month" | "quarter";

/** The period of a `YYYY-MM-DD` date: `"2026-04"` by month, `"2026-Q2"` by quarter. */
export function periodOf(date: string, grouping: PeriodGrouping): string {
  if (grouping === "month") return date.slice(0, 7);
  const quarter = Math.ceil(Number(date.slice(5, 7)) / 3);
  return `${date.slice(0, 4)}-Q${String(quarter)}`;
}
