import { describe, expect, it } from "vitest";
import { chartsFromHtml } from "./chartsFromHtml.ts";

describe("chartsFromHtml", () => {
  it("takes each chart of a report as a standalone SVG file named by position and description", () => {
    const html =
      `<h2>x</h2><figure class="chart" role="img" aria-label="Scores before &amp; after"><svg width="1"><rect/></svg></figure>` +
      `<p>between</p><figure class="chart" role="img" aria-label="Change per person"><svg xmlns="http://www.w3.org/2000/svg"></svg></figure>`;
    expect(chartsFromHtml(html)).toEqual([
      {
        fileName: "1-scores-before-after.svg",
        description: "Scores before & after",
        svg: '<svg xmlns="http://www.w3.org/2000/svg" width="1"><rect/></svg>\n',
      },
      {
        fileName: "2-change-per-person.svg",
        description: "Change per person",
        svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n',
      },
    ]);
  });

  it("finds nothing in a report whose charts were all withheld", () => {
    expect(chartsFromHtml('<p class="note withheld">Chart withheld</p>')).toEqual([]);
  });
});
