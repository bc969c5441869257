import { checkArgument } from "@carerkit/core";
import type { PublishedTable } from "../disclosure/suppressSmallNumbers.ts";
import { csvField } from "../_lib/format.ts";

/**
 * Writes one protected table as CSV (RFC 4180, CRLF line ends), exactly as the report's own
 * tables are written: a header row, one row per label with each cell's published display (`*`
 * where suppressed), a `Total` column when row totals are published and there is more than one
 * column, and a `Total` row when column totals are published. Use it for tables you protect
 * yourself with `suppressSmallNumbers`.
 *
 * @param table - A table from `suppressSmallNumbers` (already protected).
 * @returns The CSV text.
 * @example
 * const table = suppressSmallNumbers({
 *   rows: ["Eligible", "Not eligible", "Cannot decide yet"],
 *   columns: ["Carers"],
 *   counts: [[14], [6], [1]],
 * });
 * await writeFile("eligibility.csv", toPublishedTableCsv(table));
 * // ",Carers\r\nEligible,15\r\nNot eligible,*\r\nCannot decide yet,*\r\nTotal,20\r\n"
 */
export function toPublishedTableCsv(table: PublishedTable): string {
  checkArgument("toPublishedTableCsv", { table }, "plain object");
  checkArgument("toPublishedTableCsv", { "table.cells": table.cells }, "array");
  const multi = table.rowTotals.length > 0 && table.columns.length > 1;
  const header = ["", ...table.columns, ...(multi ? ["Total"] : [])];
  const lines = [header.map(csvField).join(",")];
  table.rows.forEach((label, r) => {
    const cells = (table.cells[r] ?? []).map((c) => c.display);
    lines.push(
      [label, ...cells, ...(multi ? [table.rowTotals[r]?.display ?? ""] : [])]
        .map(csvField)
        .join(","),
    );
  });
  if (table.columnTotals.length > 0) {
    const totals = ["Total", ...table.columnTotals.map((c) => c.display)];
    if (multi) totals.push(table.grandTotal?.display ?? "");
    lines.push(totals.map(csvField).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
