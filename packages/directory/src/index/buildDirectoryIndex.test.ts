import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { TOWN_FEED } from "../__fixtures__/townDirectory.ts";
import { fromHsds } from "../import/fromHsds.ts";
import { matchServices } from "../match/matchServices.ts";
import { DEFAULT_CROSSWALK } from "../vocabulary/defaultCrosswalk.ts";
import { extendCrosswalk } from "../vocabulary/extendCrosswalk.ts";
import { buildDirectoryIndex } from "./buildDirectoryIndex.ts";

const offers = deepFreeze(fromHsds(TOWN_FEED, { source: "town" }).offers);

describe("buildDirectoryIndex", () => {
  it("builds a frozen index over frozen offers without changing them", () => {
    const index = buildDirectoryIndex(offers);
    expect(index.size).toBe(46);
    expect(index.offers).toEqual(offers);
    expect(Object.isFrozen(index)).toBe(true);
    expect(index.timeZone).toBe("Europe/London");
  });

  it("uses a directory's own crosswalk", () => {
    const asOf = new Date("2026-06-01T09:00:00Z");
    const plain = buildDirectoryIndex(offers);
    const local = buildDirectoryIndex(offers, {
      crosswalk: extendCrosswalk(DEFAULT_CROSSWALK, {
        needs: { relationships: { keywords: ["yoga"] } },
      }),
    });
    const ask = { asOf, needs: ["relationships" as const] };
    const before = matchServices(plain, ask);
    const after = matchServices(local, ask);
    expect(before.success && before.data.matches.map((m) => m.offer.name)).not.toContain(
      "Mindful Carers Yoga",
    );
    expect(after.success && after.data.matches.map((m) => m.offer.name)).toContain(
      "Mindful Carers Yoga",
    );
  });

  it("indexes an empty directory", () => {
    const index = buildDirectoryIndex([]);
    const result = matchServices(index, {
      asOf: new Date(0),
      needs: ["peer_support"],
      location: { lat: 52.6, lon: 1.3 },
    });
    expect(result.success && result.data.matches).toEqual([]);
  });

  it("indexes and matches whatever a messy feed imports, without throwing", () => {
    const services = TOWN_FEED.contents;
    const keys = [...new Set(services.flatMap((s) => Object.keys(s)))];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: services.length - 1 }),
        fc.constantFrom(...keys),
        fc.jsonValue(),
        (k, key, value) => {
          const feed = services.map((s, i) => (i === k ? { ...s, [key]: value } : s));
          const index = buildDirectoryIndex(fromHsds(feed, { source: "fuzz" }).offers);
          const result = matchServices(index, {
            asOf: new Date("2026-06-01T09:00:00Z"),
            needs: ["peer_support", "breaks_from_caring"],
            location: { lat: 52.63, lon: 1.28 },
            availability: ["evenings"],
            text: "respite",
          });
          expect(result.success).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
