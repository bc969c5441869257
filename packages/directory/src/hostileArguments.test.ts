import { isCarerKitError } from "@carerkit/core";
import { describe, expect, it } from "vitest";
import { TOWN_FEED } from "./__fixtures__/townDirectory.ts";
import { createGazetteerGeocoder } from "./geo/createGazetteerGeocoder.ts";
import { isOpenAt } from "./hours/isOpenAt.ts";
import { nextOpening } from "./hours/nextOpening.ts";
import { fromHsds } from "./import/fromHsds.ts";
import { fromHsdsTabular } from "./import/fromHsdsTabular.ts";
import { fromOpenReferralUk } from "./import/fromOpenReferralUk.ts";
import { buildDirectoryIndex } from "./index/buildDirectoryIndex.ts";
import { findOffersByTerm } from "./index/findOffersByTerm.ts";
import { matchServices } from "./match/matchServices.ts";
import { dedupeOffers } from "./quality/dedupeOffers.ts";
import { flagStaleOffers } from "./quality/flagStaleOffers.ts";
import { toHsds } from "./export/toHsds.ts";
import { DEFAULT_CROSSWALK } from "./vocabulary/defaultCrosswalk.ts";
import { extendCrosswalk } from "./vocabulary/extendCrosswalk.ts";

const offers = fromHsds(TOWN_FEED, { source: "town" }).offers;
const offer = offers[0]!;
const index = buildDirectoryIndex(offers);
const when = new Date("2026-06-01T09:00:00Z");
const SECRET = "Jane Carer, NR2 4AA";

/** Values no export accepts where it documents an array, object, Date or options. */
const HOSTILE: readonly [string, unknown][] = [
  ["undefined", undefined],
  ["null", null],
  ["NaN", Number.NaN],
  ["a symbol", Symbol("x")],
  ["a string", SECRET],
  ["a sparse array", [, , offer]], // eslint-disable-line no-sparse-arrays
  ["an array of junk", [null, 1, SECRET]],
  ["a null-prototype object", Object.create(null) as unknown],
];

/** Each export with its first argument replaced (`bad`), for every hostile value. */
const CALLS: readonly [string, (bad: unknown) => unknown][] = [
  ["buildDirectoryIndex(offers)", (bad) => buildDirectoryIndex(bad as never)],
  [
    "buildDirectoryIndex(_, options)",
    (bad) => buildDirectoryIndex(offers, { crosswalk: bad as never }),
  ],
  ["dedupeOffers(offers)", (bad) => dedupeOffers(bad as never)],
  ["flagStaleOffers(offers)", (bad) => flagStaleOffers(bad as never, when)],
  ["flagStaleOffers(_, asOf)", (bad) => flagStaleOffers(offers, bad as never)],
  ["toHsds(offers)", (bad) => toHsds(bad as never)],
  ["isOpenAt(offer)", (bad) => isOpenAt(bad as never, when)],
  ["isOpenAt(_, at)", (bad) => isOpenAt(offer, bad as never)],
  ["isOpenAt(_, _, options)", (bad) => isOpenAt(offer, when, { closedDates: bad as never })],
  ["extendCrosswalk(base)", (bad) => extendCrosswalk(bad as never, {})],
  ["extendCrosswalk(_, additions)", (bad) => extendCrosswalk(DEFAULT_CROSSWALK, bad as never)],
  [
    "createGazetteerGeocoder(entries)",
    (bad) => createGazetteerGeocoder(bad === undefined ? (null as never) : (bad as never)),
  ],
  ["fromHsdsTabular(files)", (bad) => fromHsdsTabular(bad as never)],
  [
    "fromHsds(_, options.source)",
    (bad) => fromHsds({}, { source: bad === undefined ? (1 as never) : (bad as never) }),
  ],
  [
    "fromOpenReferralUk(_, options)",
    (bad) => fromOpenReferralUk({}, bad === undefined ? (null as never) : (bad as never)),
  ],
  [
    "findOffersByTerm(_, term)",
    (bad) => findOffersByTerm(index, bad === SECRET ? (1 as never) : (bad as never)),
  ],
];

/** Result functions: the same, returned rather than thrown. */
const RESULT_CALLS: readonly [string, (bad: unknown) => unknown][] = [
  [
    "matchServices(index)",
    (bad) => matchServices(bad as never, { asOf: when, needs: ["peer_support"] }),
  ],
  [
    "matchServices(_, _, options)",
    (bad) =>
      matchServices(
        index,
        { asOf: when, needs: ["peer_support"] },
        { closedDates: bad === undefined ? (null as never) : (bad as never) },
      ),
  ],
  ["nextOpening(offer)", (bad) => nextOpening(bad as never, when)],
  ["nextOpening(_, from)", (bad) => nextOpening(offer, bad as never)],
];

describe("every export, called with hostile arguments", () => {
  const cases = CALLS.flatMap(([name, call]) =>
    HOSTILE.map(([what, bad]) => [name, what, call, bad] as const),
  );
  it.each(cases)(
    "%s with %s throws invalid_argument and never echoes the value",
    (_, __, call, bad) => {
      let thrown: unknown;
      try {
        call(bad);
      } catch (error) {
        thrown = error;
      }
      // Some hostile values are acceptable somewhere (a string as a term); only a throw is judged.
      if (thrown === undefined) return;
      expect(isCarerKitError(thrown) && thrown.code).toBe("invalid_argument");
      expect((thrown as Error).message).not.toContain("Jane");
    },
  );

  const resultCases = RESULT_CALLS.flatMap(([name, call]) =>
    HOSTILE.map(([what, bad]) => [name, what, call, bad] as const),
  );
  it.each(resultCases)("%s with %s returns invalid_argument", (_, __, call, bad) => {
    const result = call(bad) as { success: boolean; error?: { code: string; message: string } };
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe("invalid_argument");
    expect(result.error?.message).not.toContain("Jane");
  });

  it("names the field of an offer that is not of its type", () => {
    const broken = { ...offer, schedules: [{ id: "s1", byday: 7 }] };
    expect(() => buildDirectoryIndex([offer, broken as never])).toThrow(
      "buildDirectoryIndex: offers[1].schedules[0].byday must be a string; received a number",
    );
  });

  it("refuses instants outside 1900–2200 and horizons beyond two years with out_of_span", () => {
    const far = new Date("9999-12-31T00:00:00Z");
    expect(() => isOpenAt(offer, far)).toThrow(expect.objectContaining({ code: "out_of_span" }));
    expect(() => flagStaleOffers(offers, new Date("1800-01-01"))).toThrow(
      expect.objectContaining({ code: "out_of_span" }),
    );
    const next = nextOpening(offer, far);
    expect(!next.success && next.error.code).toBe("out_of_span");
    expect(nextOpening(offer, when, { horizonDays: 1e9 })).toMatchObject({
      success: false,
      error: { code: "out_of_span" },
    });
    expect(nextOpening(offer, new Date(Number.NaN))).toMatchObject({
      success: false,
      error: { code: "invalid_argument", path: ["from"] },
    });
    const query = { asOf: when, needs: ["peer_support" as const] };
    expect(matchServices(index, { ...query, asOf: far })).toMatchObject({
      error: { code: "out_of_span" },
    });
    expect(
      matchServices(index, { ...query, availability: [{ at: new Date("2100-01-01T00:00:00Z") }] }),
    ).toMatchObject({ error: { code: "out_of_span", path: ["query.availability[0].at"] } });
    expect(matchServices(index, query, { horizonDays: 5000 })).toMatchObject({
      error: { code: "out_of_span" },
    });
  });

  it("refuses unknown time zones and bad options with invalid_argument", () => {
    expect(() => isOpenAt(offer, when, { timeZone: "Nowhere/Atlantis" })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
    expect(() => buildDirectoryIndex(offers, { timeZone: "Nowhere/Atlantis" })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
    expect(() => dedupeOffers(offers, { nameSimilarity: Number.NaN })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
    expect(() => fromHsds(TOWN_FEED, { agesApplyTo: "everyone" as never })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
    expect(() => createGazetteerGeocoder().geocode(undefined as never)).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});
