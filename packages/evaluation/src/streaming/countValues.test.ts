import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countValues } from "./countValues.ts";
import { mergeCountTables } from "./mergeCountTables.ts";

describe("countValues and mergeCountTables", () => {
  it("counts values by their string form", () => {
    expect(countValues([5, 4, 5, "GP"])).toEqual({ "5": 2, "4": 1, GP: 1 });
  });

  it("merging the counts of any partition equals counting everything at once", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 })), fc.nat(), (values, cut) => {
        const k = cut % (values.length + 1);
        expect(
          mergeCountTables(countValues(values.slice(0, k)), countValues(values.slice(k))),
        ).toEqual(countValues(values));
      }),
    );
  });
});
