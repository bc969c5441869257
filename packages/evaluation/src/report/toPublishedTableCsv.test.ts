import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { suppressSmallNumbers } from "../disclosure/suppressSmallNumbers.ts";
import { toPublishedTableCsv } from "./toPublishedTableCsv.ts";

describe("toPublishedTableCsv", () => {
  it("writes suppressed cells as * and rounded totals, with CRLF line ends", () => {
    const table = suppressSmallNumbers({
      rows: ["Eligible", "Not eligible", "Cannot decide yet"],
      columns: ["Carers"],
      counts: [[14], [6], [1]],
    });
    expect(toPublishedTableCsv(table)).toBe(
      ",Carers\r\nEligible,15\r\nNot eligible,*\r\nCannot decide yet,*\r\nTotal,20\r\n",
    );
  });

  it("adds a Total column only when row totals are published and there are several columns", () => {
    const counts = {
      rows: ["Q1", "Q2"],
      columns: ["Identified", "Supported"],
      counts: [
        [20, 15],
        [30, 25],
      ],
    };
    const withTotals = toPublishedTableCsv(suppressSmallNumbers(counts));
    expect(withTotals.split("\r\n")[0]).toBe(",Identified,Supported,Total");
    const without = toPublishedTableCsv(
      suppressSmallNumbers(counts, undefined, { rowTotals: false, columnTotals: false }),
    );
    expect(without).toBe(",Identified,Supported\r\nQ1,20,15\r\nQ2,30,25\r\n");
  });

  it("quotes labels with commas, quotes or line breaks so an independent parser reads them back", () => {
    const labels = ["Self, or family", 'The "Carers Line"', "Two\nlines"];
    const table = suppressSmallNumbers(
      { rows: labels, columns: ["People"], counts: [[10], [20], [30]] },
      undefined,
      { columnTotals: false },
    );
    const records: string[][] = parse(toPublishedTableCsv(table), { relax_column_count: false });
    expect(records.map((r) => r[0])).toEqual(["", ...labels]);
    expect(records.map((r) => r[1])).toEqual(["People", "10", "20", "30"]);
  });

  it("never writes a count that the rule suppressed, nor one recoverable from the total", () => {
    const table = suppressSmallNumbers({
      rows: ["a", "b", "c"],
      columns: ["n"],
      counts: [[3], [12], [40]],
    });
    const csv = toPublishedTableCsv(table);
    expect(csv).toBe(",n\r\na,*\r\nb,*\r\nc,40\r\nTotal,55\r\n");
  });
});
