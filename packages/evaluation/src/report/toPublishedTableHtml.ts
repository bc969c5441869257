import { checkArgument } from "@carerkit/core";
import type { PublishedShareTable } from "./types.ts";
import type { PublishedTable } from "../disclosure/suppressSmallNumbers.ts";
import { escapeHtml as e, fixed } from "../_lib/format.ts";

/**
 * Options for {@link toPublishedTableHtml}.
 *
 * @example
 * const options: PublishedTableHtmlOptions = { percentages: report.outcome.changeDirections.percentages };
 */
export interface PublishedTableHtmlOptions {
  /** A `%` column after each count, from a {@link PublishedShareTable}; `*` where withheld. */
  readonly percentages?: PublishedShareTable["percentages"] | undefined;
}

/**
 * Renders one protected table as an HTML `<table>`, exactly as the evaluation report renders its
 * own: a header row, one row per label with each cell's published display (`*` where
 * suppressed), a `Total` column when row totals are published and there is more than one column,
 * and the column totals in a `<tfoot>`. Every label is escaped. Use it for tables you protect
 * yourself with `suppressSmallNumbers`, so they sit beside the report's tables in your own page.
 *
 * @param table - A table from `suppressSmallNumbers` (already protected).
 * @param options - Percentages to show beside the counts.
 * @returns The `<table>` element as HTML.
 * @example
 * const table = suppressSmallNumbers({
 *   rows: ["Eligible", "Not eligible", "Cannot decide yet"],
 *   columns: ["Carers"],
 *   counts: [[14], [6], [1]],
 * });
 * page += `<h2>Care Act eligibility</h2>${toPublishedTableHtml(table)}`;
 */
export function toPublishedTableHtml(
  table: PublishedTable,
  options: PublishedTableHtmlOptions = {},
): string {
  checkArgument("toPublishedTableHtml", { table }, "plain object");
  checkArgument("toPublishedTableHtml", { "table.cells": table.cells }, "array");
  checkArgument("toPublishedTableHtml", { options }, "plain object");
  const { percentages } = options;
  const showRowTotals = table.rowTotals.length > 0 && table.columns.length > 1;
  const head = table.columns
    .map((c) => `<th>${e(c)}</th>${percentages ? `<th>%</th>` : ""}`)
    .join("");
  const body = table.rows
    .map((label, r) => {
      const cells = (table.cells[r] ?? [])
        .map((cell, c) => {
          const pct = percentages?.[r]?.[c];
          return `<td>${e(cell.display)}</td>${percentages ? `<td>${pct === null || pct === undefined ? "*" : fixed(pct, 1)}</td>` : ""}`;
        })
        .join("");
      const total = showRowTotals ? `<td>${e(table.rowTotals[r]?.display ?? "")}</td>` : "";
      return `<tr><td>${e(label)}</td>${cells}${total}</tr>`;
    })
    .join("");
  const totals = table.columnTotals
    .map((cell) => `<td>${e(cell.display)}</td>${percentages ? "<td></td>" : ""}`)
    .join("");
  const grand = showRowTotals ? `<td>${e(table.grandTotal?.display ?? "")}</td>` : "";
  const totalHead = showRowTotals ? "<th>Total</th>" : "";
  return `<table><thead><tr><th></th>${head}${totalHead}</tr></thead><tbody>${body}</tbody>${table.columnTotals.length > 0 ? `<tfoot><tr><td>Total</td>${totals}${grand}</tr></tfoot>` : ""}</table>`;
}
