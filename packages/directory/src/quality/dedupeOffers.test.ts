import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { TOWN_FEED } from "../__fixtures__/townDirectory.ts";
import { fromHsds } from "../import/fromHsds.ts";
import type { ServiceOffer } from "../offer/serviceOffer.ts";
import { dedupeOffers } from "./dedupeOffers.ts";

const town = deepFreeze(fromHsds(TOWN_FEED, { source: "council" }).offers);
const cafe = town.find((o) => o.name === "Riverside Carers' Café")!;

/** The same café as a charity's own feed publishes it: other ids, slightly other words. */
const charityCopy: ServiceOffer = {
  ...cafe,
  id: "charity:77@9",
  source: "charity",
  serviceId: "77",
  serviceAtLocationId: "9",
  name: "Riverside Carers Cafe",
  assuredDate: "2026-05-20",
  location: {
    ...cafe.location!,
    id: "venue-9",
    point: { lat: cafe.location!.point!.lat + 0.0002, lon: cafe.location!.point!.lon },
  },
};

describe("dedupeOffers", () => {
  it("finds no duplicates inside one clean feed", () => {
    expect(dedupeOffers(town).duplicates).toEqual([]);
  });

  it("merges the same café published by a council and by the charity, keeping the most recently assured", () => {
    const { offers, duplicates } = dedupeOffers([...town, charityCopy]);
    expect(offers).toHaveLength(town.length);
    expect(duplicates).toEqual([
      {
        canonicalId: "charity:77@9",
        duplicateIds: [cafe.id],
        reasons: [
          "similar names and same phone number",
          "similar names and same postcode",
          "similar names and same web address",
          "similar names and venues within 50 m",
        ],
      },
    ]);
  });

  it("does not merge different services at the same venue", () => {
    const hub = town.filter((o) => o.location?.address?.postcode === "NR2 1AA");
    expect(hub.length).toBeGreaterThan(1);
    expect(dedupeOffers(hub).duplicates).toEqual([]);
  });

  it("does not merge similar names far apart", () => {
    const far: ServiceOffer = {
      ...charityCopy,
      location: { ...charityCopy.location!, point: { lat: 52.9, lon: 1.3 }, address: undefined },
      phones: [],
      url: undefined,
    };
    expect(dedupeOffers([cafe, far]).duplicates).toEqual([]);
  });

  it("keeps exactly one record per group, whatever the order of the input", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...town, charityCopy]), (subset) => {
        const { offers, duplicates } = dedupeOffers(subset);
        const dropped = duplicates.flatMap((d) => d.duplicateIds);
        expect(offers.length + dropped.length).toBe(subset.length);
        expect(new Set([...offers.map((o) => o.id), ...dropped]).size).toBe(subset.length);
        const reversed = dedupeOffers([...subset].reverse());
        expect(reversed.duplicates).toEqual(duplicates);
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});
