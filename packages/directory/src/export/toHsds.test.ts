import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvPackage, HSDS, jsonExamples, readJson } from "../__fixtures__/paths.ts";
import { TOWN_FEED } from "../__fixtures__/townDirectory.ts";
import { fromHsds } from "../import/fromHsds.ts";
import { fromHsdsTabular } from "../import/fromHsdsTabular.ts";
import { toHsds } from "./toHsds.ts";

const roundTrip = (offers: Parameters<typeof toHsds>[0], source: string) =>
  fromHsds(JSON.parse(JSON.stringify({ contents: toHsds(offers) })) as unknown, { source });

describe("toHsds", () => {
  it("round-trips the fictional town directory losslessly through JSON", () => {
    const { offers } = fromHsds(TOWN_FEED, { source: "town" });
    const back = roundTrip(offers, "town");
    expect(back.offers).toEqual(offers);
    expect(back.issues).toEqual([]);
  });

  it("round-trips every official example that holds a service, and the CSV packages", () => {
    const imports = [
      ...[...jsonExamples("3.0"), ...jsonExamples("3.1")].map((e) =>
        fromHsds(e.value, { source: "ex" }),
      ),
      fromHsdsTabular(csvPackage("3.0"), { source: "ex" }),
      fromHsdsTabular(csvPackage("3.1"), { source: "ex" }),
    ];
    for (const { offers } of imports) expect(roundTrip(offers, "ex").offers).toEqual(offers);
  });

  it("writes every field the HSDS 3.1 schemas mark as required", () => {
    const required = (name: string): string[] =>
      (readJson(join(HSDS, "3.1/schema", `${name}.json`)) as { required: string[] }).required;
    const { offers } = fromHsds(TOWN_FEED, { source: "town" });
    for (const service of toHsds(offers)) {
      for (const key of required("service")) expect(service).toHaveProperty(key);
      for (const sal of (service["service_at_locations"] ?? []) as Record<string, unknown>[]) {
        for (const key of required("service_at_location")) expect(sal).toHaveProperty(key);
        const location = sal["location"] as Record<string, unknown>;
        for (const key of required("location")) expect(location).toHaveProperty(key);
        for (const address of location["addresses"] as Record<string, unknown>[]) {
          for (const key of required("address")) expect(address).toHaveProperty(key);
        }
      }
      for (const attribute of service["attributes"] as Record<string, unknown>[]) {
        for (const key of required("attribute")) expect(attribute).toHaveProperty(key);
        for (const key of required("taxonomy_term"))
          expect(attribute["taxonomy_term"]).toHaveProperty(key);
      }
    }
  });

  it("round-trips any subset of offers in any order", () => {
    const { offers } = fromHsds(TOWN_FEED, { source: "town" });
    fc.assert(
      fc.property(fc.shuffledSubarray([...offers]), (subset) => {
        // Offers of one service come back grouped, so compare per id.
        const back = roundTrip(subset, "town").offers;
        expect(new Map(back.map((o) => [o.id, o]))).toEqual(new Map(subset.map((o) => [o.id, o])));
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});
