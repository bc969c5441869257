import { describe, expect, it } from "vitest";
import { TOWN_FEED } from "../__fixtures__/townDirectory.ts";
import { fromHsds } from "../import/fromHsds.ts";
import { buildDirectoryIndex } from "./buildDirectoryIndex.ts";
import { findOffersByTerm } from "./findOffersByTerm.ts";

const index = buildDirectoryIndex(fromHsds(TOWN_FEED, { source: "town" }).offers);

describe("findOffersByTerm", () => {
  it("finds offers by a term's code, name in any case, and agrees between the two", () => {
    const byCode = findOffersByTerm(index, "esdServiceType:298").map((o) => o.name);
    expect(byCode).toContain("Riverside Carers' Café");
    expect(byCode).toHaveLength(8);
    expect(findOffersByTerm(index, "carers SUPPORT groups").map((o) => o.name)).toEqual(byCode);
  });

  it("returns nothing for an unknown term", () => {
    expect(findOffersByTerm(index, "no such term")).toEqual([]);
  });
});
