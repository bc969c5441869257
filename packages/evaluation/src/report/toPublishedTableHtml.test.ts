import { describe, expect, it } from "vitest";
import { suppressSmallNumbers } from "../disclosure/suppressSmallNumbers.ts";
import { toPublishedTableHtml } from "./toPublishedTableHtml.ts";

describe("toPublishedTableHtml", () => {
  it("shows suppressed cells as * and the rounded total in a tfoot", () => {
    const table = suppressSmallNumbers({
      rows: ["Eligible", "Not eligible", "Cannot decide yet"],
      columns: ["Carers"],
      counts: [[14], [6], [1]],
    });
    expect(toPublishedTableHtml(table)).toBe(
      "<table><thead><tr><th></th><th>Carers</th></tr></thead><tbody>" +
        "<tr><td>Eligible</td><td>15</td></tr><tr><td>Not eligible</td><td>*</td></tr>" +
        "<tr><td>Cannot decide yet</td><td>*</td></tr></tbody>" +
        "<tfoot><tr><td>Total</td><td>20</td></tr></tfoot></table>",
    );
  });

  it("adds a Total column for several columns and no tfoot without column totals", () => {
    const counts = { rows: ["Q1"], columns: ["Identified", "Supported"], counts: [[20, 15]] };
    expect(toPublishedTableHtml(suppressSmallNumbers(counts))).toContain("<th>Total</th>");
    const bare = toPublishedTableHtml(
      suppressSmallNumbers(counts, undefined, { rowTotals: false, columnTotals: false }),
    );
    expect(bare).not.toContain("Total");
    expect(bare).not.toContain("<tfoot>");
  });

  it("shows percentages beside counts, * where a percentage is withheld", () => {
    const table = suppressSmallNumbers(
      { rows: ["a", "b"], columns: ["People"], counts: [[20], [3]] },
      undefined,
      { columnTotals: false },
    );
    const html = toPublishedTableHtml(table, { percentages: [[80], [null]] });
    expect(html).toContain("<th>People</th><th>%</th>");
    expect(html).toContain("<td>20</td><td>80.0</td>");
    expect(html).toContain("<td>*</td><td>*</td>");
  });

  it("escapes labels, so a label cannot inject markup", () => {
    const table = suppressSmallNumbers(
      { rows: ['<script>alert("x")</script>'], columns: ["A & B"], counts: [[10]] },
      undefined,
      { columnTotals: false },
    );
    const html = toPublishedTableHtml(table);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("<th>A &amp; B</th>");
  });
});
