import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConditionCategory, SupportNeedDomain } from "@carerkit/core";
import { CONDITION_CATEGORIES, SUPPORT_NEED_DOMAINS } from "@carerkit/core";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { TOWN_FEED } from "../__fixtures__/townDirectory.ts";
import { createGazetteerGeocoder } from "../geo/createGazetteerGeocoder.ts";
import { fromHsds } from "../import/fromHsds.ts";
import { buildDirectoryIndex } from "../index/buildDirectoryIndex.ts";
import { INTERNALS } from "../_lib/indexInternals.ts";
import { prepareQuery } from "../_lib/prepareQuery.ts";
import { everyOffer, judge } from "../_lib/scan.ts";
import { presentMatch, presentNearMiss } from "../_lib/present.ts";
import { matchServices } from "./matchServices.ts";
import type { MatchQuery } from "./query.ts";
import type { MatchOptions, MatchResult } from "./types.ts";

const offers = deepFreeze(fromHsds(TOWN_FEED, { source: "town" }).offers);
const index = buildDirectoryIndex(offers);
const geocoder = createGazetteerGeocoder();
const asOf = new Date("2026-06-01T09:00:00Z"); // a Monday, 10:00 BST

function run(query: Partial<MatchQuery>, options: MatchOptions = { geocoder }): MatchResult {
  const result = matchServices(index, { asOf, needs: ["peer_support"], ...query }, options);
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}
const names = (r: MatchResult): string[] => r.matches.map((m) => m.offer.name);
const missNames = (r: MatchResult): string[] => r.nearMisses.map((m) => m.offer.name);

describe("matchServices on the fictional Norwich directory", () => {
  const bereaved = {
    needs: ["grief_and_loss", "peer_support"] as SupportNeedDomain[],
    location: { postcode: "NR2 4AA" },
    maxDistanceKm: 10,
    availability: ["evenings" as const],
    cost: "free" as const,
    carerAge: 58,
  };

  it("ranks the evening hospice bereavement group first for a bereaved carer free in the evenings", () => {
    const r = run(bereaved);
    expect(r.matches[0]?.offer.name).toBe("Cedar Hospice Bereavement Group");
    expect(r.matches[0]?.summary).toBe(
      "Matches: grief and loss, peer support · 2.5 km · open Tue 18:00–20:00 · free",
    );
    expect(r.origin).toEqual({ lat: 52.63, lon: 1.28, precision: "district" });
  });

  it("explains how each need was recognised, taxonomy before keywords", () => {
    const top = run(bereaved).matches[0]!;
    expect(top.matchedNeeds).toEqual([
      {
        domain: "grief_and_loss",
        label: "grief and loss",
        via: "taxonomy",
        evidence: "Bereavement",
      },
      {
        domain: "peer_support",
        label: "peer support",
        via: "taxonomy",
        evidence: "Carers support groups",
      },
    ]);
    expect(top.breakdown.needs).toBe(40);
    expect(top.criteria.find((c) => c.criterion === "carer_age")).toEqual({
      criterion: "carer_age",
      state: "meets",
      hard: true,
      detail: "carer ages 18+",
    });
  });

  it("labels unknown data instead of counting it as a pass or a fail", () => {
    const r = run(bereaved);
    const cafe = r.matches.find((m) => m.offer.name === "Riverside Carers' Café")!;
    expect(cafe.criteria.find((c) => c.criterion === "carer_age")?.state).toBe("unknown");
    expect(cafe.summary).toBe(
      "Matches: peer support · 2 km · open Tue 18:00–20:00 · free · age limit unknown",
    );
    expect(cafe.breakdown.unknown_penalty).toBe(-3);
  });

  it("moves offers with unknown hard criteria to the near misses when asked", () => {
    const r = run({ ...bereaved, whenUnknown: "exclude", nearMissLimit: 20 });
    expect(names(r)).not.toContain("Riverside Carers' Café");
    const miss = r.nearMisses.find((m) => m.offer.name === "Riverside Carers' Café")!;
    expect(miss.summary).toBe("not shown because carer age limit unknown");
  });

  it("flags stale records without hiding them", () => {
    const life = run(bereaved).matches.find((m) => m.offer.name === "Life After Caring")!;
    expect(life.summary).toContain("details last checked 29 months ago");
    expect(life.criteria.find((c) => c.criterion === "freshness")).toMatchObject({
      state: "fails",
      hard: false,
    });
  });

  it("lists near misses with the one reason each was left out", () => {
    const r = run({ ...bereaved, nearMissLimit: 10 });
    const why = Object.fromEntries(r.nearMisses.map((m) => [m.offer.name, m.summary]));
    expect(why).toMatchObject({
      "Young Adult Carers Group": "not shown because for carers of ages 16–25",
      "Young Carers Club": "not shown because for carers of ages 8–17",
      "Wymondham Carers' Group": "not shown because 13 km, beyond 10 km",
      "Eastside Carers' Drop-in": "not shown because service is temporarily closed",
    });
    // 24 km and 30 km away: beyond 1.5 × the maximum, so not near misses.
    expect(missNames(r)).not.toContain("Dereham Respite Café");
    expect(missNames(r)).not.toContain("Yarmouth Bereavement Group");
  });

  it("keeps phone and online services in reach without travel", () => {
    const r = run({ ...bereaved, limit: 20 });
    const helpline = r.matches.find((m) => m.offer.name === "Bereavement Helpline")!;
    expect(helpline.criteria.find((c) => c.criterion === "distance")).toMatchObject({
      state: "meets",
      detail: "by phone, no travel",
    });
    expect(helpline.distanceKm).toBeUndefined();
  });

  it("filters by delivery: phone only", () => {
    const r = run({
      needs: ["money_and_benefits"],
      location: { postcode: "NR3" },
      delivery: ["phone"],
    });
    expect(names(r)).toEqual(["Welfare Rights Phone Line"]);
    expect(missNames(r)).toEqual(
      expect.arrayContaining([
        "Carers' Benefits Advice Clinic",
        "Online Carer's Allowance Sessions",
      ]),
    );
  });

  it("filters by delivery: in person only, with online services as near misses for that reason alone", () => {
    const r = run({
      needs: ["money_and_benefits"],
      location: { postcode: "NR3" },
      delivery: ["in_person"],
      nearMissLimit: 10,
    });
    expect(names(r)).toContain("Carers' Benefits Advice Clinic");
    const online = r.nearMisses.find((m) => m.offer.name === "Online Carer's Allowance Sessions");
    expect(online?.summary).toBe("not shown because only online");
  });

  it("prefers services in the carer's language, and says when languages are not listed", () => {
    const r = run({ location: { postcode: "NR3" }, languages: ["pl"] });
    expect(names(r)[0]).toBe("Polish Carers' Group");
    expect(r.matches.find((m) => m.offer.name === "Riverside Carers' Café")?.summary).toContain(
      "languages not listed",
    );
    const urdu = run({ needs: ["money_and_benefits"], languages: ["Urdu"], delivery: ["phone"] });
    expect(urdu.matches[0]?.criteria.find((c) => c.criterion === "language")).toMatchObject({
      state: "meets",
      detail: "in ur",
    });
  });

  it("excludes a venue that says it has no wheelchair access, and keeps unknown ones labelled", () => {
    const r = run({
      location: { postcode: "NR1" },
      accessibility: ["wheelchair"],
      nearMissLimit: 20,
      limit: 30,
    });
    expect(missNames(r)).toContain("Mental Health Carers' Forum");
    expect(r.nearMisses.find((m) => m.offer.name === "Mental Health Carers' Forum")?.summary).toBe(
      "not shown because no wheelchair",
    );
    expect(
      r.matches.find((m) => m.offer.name === "Parkinson's Carers Coffee Morning")?.summary,
    ).toContain("wheelchair unknown");
    expect(
      r.matches
        .find((m) => m.offer.name === "Carers Online Forum")
        ?.criteria.find((c) => c.criterion === "accessibility")?.detail,
    ).toBe("no venue to visit");
  });

  it("treats cost as a hard limit and reports the price", () => {
    const r = run({
      needs: ["breaks_from_caring"],
      location: { postcode: "NR6" },
      cost: { maxAmount: 12 },
      nearMissLimit: 10,
    });
    expect(names(r)).toContain("Carers' Sitting Service");
    expect(r.matches.find((m) => m.offer.name === "Carers' Sitting Service")?.summary).toContain(
      "£12 per hour",
    );
    expect(missNames(r)).toContain("Oak House Dementia Day Centre");
    expect(
      r.matches.find((m) => m.offer.name === "Broadland Shared Lives Short Breaks")?.summary,
    ).toContain("cost unknown");
  });

  it("checks condition focus: dementia services for a dementia carer, others as near misses", () => {
    const r = run({
      needs: ["peer_support"],
      location: { postcode: "NR4" },
      conditions: ["dementia"],
      nearMissLimit: 20,
    });
    expect(names(r)[0]).toBe("Memory Lane Dementia Café");
    expect(r.nearMisses.find((m) => m.offer.name === "Stroke Carers' Support Group")?.summary).toBe(
      "not shown because focused on another condition: long-term condition",
    );
  });

  describe("names each condition focus with core's label, in plain English", () => {
    const stroke = offers.find((o) => o.name === "Stroke Carers' Support Group")!;
    /** The stroke group, renamed to focus on one condition category (names are read for it). */
    const focusedOn = (keyword: string): (typeof offers)[number] => ({
      ...stroke,
      id: `focus-${keyword}`,
      name: `${keyword} Carers' Support Group`,
      terms: stroke.terms.filter((t) => t.name !== "Stroke"),
    });
    const focus = [
      ["illness", "Serious Illness", "illness"],
      ["long_term_condition", "Long Term Conditions", "long-term condition"],
      ["disability", "Learning Disability", "disability"],
      ["frailty", "Frailty", "frailty"],
      ["dementia", "Dementia", "dementia"],
      ["mental_health", "Mental Health", "mental health"],
      ["substance_misuse", "Substance Misuse", "substance misuse"],
      ["palliative", "Palliative", "palliative or end of life"],
    ] as const;
    const ask = (keyword: string, condition: ConditionCategory) =>
      matchServices(
        buildDirectoryIndex([focusedOn(keyword)]),
        { asOf, needs: ["peer_support"], location: { postcode: "NR5" }, conditions: [condition] },
        { geocoder },
      );

    it("covers every condition category in core", () => {
      expect(focus.map(([id]) => id)).toEqual(CONDITION_CATEGORIES.map((c) => c.id));
    });

    it.each(focus)(
      "%s: a near miss reads 'focused on another condition: <label>'",
      (id, keyword, label) => {
        const result = ask(keyword, id === "dementia" ? "frailty" : "dementia");
        if (!result.success) throw new Error(result.error.message);
        expect(result.data.nearMisses.map((m) => m.summary)).toEqual([
          `not shown because focused on another condition: ${label}`,
        ]);
      },
    );

    it.each(focus)(
      "%s: a match's condition criterion reads 'condition focus: <label>'",
      (id, keyword, label) => {
        const result = ask(keyword, id);
        if (!result.success) throw new Error(result.error.message);
        expect(
          result.data.matches.map(
            (m) => m.criteria.find((c) => c.criterion === "condition")?.detail,
          ),
        ).toEqual([`condition focus: ${label}`]);
      },
    );

    it("lists several other conditions in one English phrase", () => {
      const both = { ...focusedOn("Dementia"), name: "Dementia and Mental Health Carers' Group" };
      const result = matchServices(
        buildDirectoryIndex([both]),
        {
          asOf,
          needs: ["peer_support"],
          location: { postcode: "NR5" },
          conditions: ["palliative"],
        },
        { geocoder },
      );
      if (!result.success) throw new Error(result.error.message);
      expect(result.data.nearMisses[0]?.summary).toBe(
        "not shown because focused on other conditions: dementia and mental health",
      );
    });
  });

  it("answers a specific time: open on Saturday at 10:30 London time", () => {
    const r = run({
      needs: ["own_health"],
      location: { postcode: "NR5" },
      availability: [{ at: new Date("2026-06-06T09:30:00Z") }],
    });
    const yoga = r.matches.find((m) => m.offer.name === "Mindful Carers Yoga")!;
    expect(yoga.criteria.find((c) => c.criterion === "availability")?.state).toBe("meets");
    expect(yoga.summary).toContain("open Sat 10:00–11:00");
  });

  it("answers a specific time beyond the five-week horizon, and says closed when it is", () => {
    const ask = (iso: string) =>
      run({
        needs: ["own_health"],
        location: { postcode: "NR5" },
        availability: [{ at: new Date(iso) }],
      })
        .matches.find((m) => m.offer.name === "Mindful Carers Yoga")
        ?.criteria.find((c) => c.criterion === "availability")?.state;
    expect(ask("2026-08-01T09:30:00Z")).toBe("meets"); // Saturday 1 August, 10:30 BST
    expect(ask("2026-08-02T09:30:00Z")).toBe("fails"); // Sunday
  });

  it("ranks by free text with synonyms (respite finds short breaks and replacement care)", () => {
    const r = run({
      needs: ["breaks_from_caring"],
      text: "respite",
      location: { postcode: "NR2" },
      limit: 20,
    });
    const texts = Object.fromEntries(
      r.matches.map((m) => [m.offer.name, m.criteria.find((c) => c.criterion === "text")?.state]),
    );
    expect(texts["Carers' Sitting Service"]).toBe("meets"); // says "replacement care" and "short break"
    expect(texts["Night Sitting Service"]).toBe("meets"); // says "respite"
  });

  it("returns typed errors for bad queries and postcodes", () => {
    const bad = matchServices(index, { asOf, needs: [] });
    expect(!bad.success && bad.error).toMatchObject({
      code: "invalid_query",
      path: ["query", "needs"],
    });
    const noGeocoder = matchServices(index, {
      asOf,
      needs: ["peer_support"],
      location: { postcode: "NR2 4AA" },
    });
    expect(!noGeocoder.success && noGeocoder.error.code).toBe("invalid_query");
    const unknown = matchServices(
      index,
      { asOf, needs: ["peer_support"], location: { postcode: "ZE1 0AA" } },
      { geocoder },
    );
    expect(!unknown.success && unknown.error.code).toBe("unknown_postcode");
    const invalid = matchServices(
      index,
      { asOf, needs: ["peer_support"], location: { postcode: "hello" } },
      { geocoder },
    );
    expect(!invalid.success && invalid.error.code).toBe("invalid_postcode");
    expect(!invalid.success && invalid.error.message).not.toContain("hello");
  });
});

const queryArb = fc.record({
  needs: fc.uniqueArray(fc.constantFrom(...SUPPORT_NEED_DOMAINS.map((d) => d.id)), {
    minLength: 1,
    maxLength: 3,
  }),
  location: fc.option(
    fc.record({
      lat: fc.double({ min: 52.0, max: 53.3, noNaN: true }),
      lon: fc.double({ min: 0.2, max: 2.0, noNaN: true }),
    }),
    { nil: undefined },
  ),
  maxDistanceKm: fc.option(fc.double({ min: 1, max: 40, noNaN: true }), { nil: undefined }),
  carerAge: fc.option(fc.integer({ min: 8, max: 95 }), { nil: undefined }),
  delivery: fc.option(
    fc.uniqueArray(
      fc.constantFrom(
        "in_person" as const,
        "phone" as const,
        "online" as const,
        "home_visit" as const,
      ),
      { minLength: 1 },
    ),
    { nil: undefined },
  ),
  cost: fc.option(fc.constantFrom("free" as const, { maxAmount: 10 }), { nil: undefined }),
  availability: fc.option(
    fc.uniqueArray(
      fc.constantFrom("evenings" as const, "weekends" as const, "weekday_daytime" as const),
      { minLength: 1 },
    ),
    { nil: undefined },
  ),
  text: fc.option(fc.constantFrom("respite", "dementia cafe", "counseling", "grief"), {
    nil: undefined,
  }),
  whenUnknown: fc.option(fc.constantFrom("include" as const, "exclude" as const), {
    nil: undefined,
  }),
  // Soft distance or area turn the index's spatial pruning off; the rest change the verdicts.
  hard: fc.option(
    fc.constantFrom(
      { distance: false },
      { area: false },
      { cost: false, availability: true },
      { language: true, carer_age: false },
    ),
    { nil: undefined },
  ),
});

describe("matchServices properties", () => {
  it("is deterministic and does not change the index or the offers", () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const query = { asOf, ...q } as MatchQuery;
        const a = matchServices(index, query);
        const b = matchServices(index, query);
        expect(a).toEqual(b);
        expect(index.offers).toBe(index.offers);
        expect(Object.isFrozen(index)).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("gives the same answer as judging every offer (the linear scan)", () => {
    const ix = INTERNALS.get(index)!;
    fc.assert(
      fc.property(queryArb, (q) => {
        const query = { asOf, limit: 500, nearMissLimit: 100, ...q } as MatchQuery;
        const viaIndex = matchServices(index, query);
        const prepared = prepareQuery(ix, query, {});
        if (!prepared.success || !viaIndex.success) throw new Error("query rejected");
        const scan = judge(ix, prepared.data.q, everyOffer(ix));
        expect(viaIndex.data.matches.map((m) => [m.offer.id, m.score, m.summary])).toEqual(
          scan.matches.map((e) => [
            offers[e.index]!.id,
            e.total,
            presentMatch(ix, e, prepared.data.q).summary,
          ]),
        );
        expect(viaIndex.data.nearMisses.map((m) => [m.offer.id, m.summary])).toEqual(
          scan.nearMisses.map((e) => [
            offers[e.index]!.id,
            presentNearMiss(ix, e, prepared.data.q).summary,
          ]),
        );
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("gives the scan's first matches and near misses, with reasons, at small limits (the bound prunes)", () => {
    const ix = INTERNALS.get(index)!;
    fc.assert(
      fc.property(
        queryArb,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        (q, limit, nearMissLimit) => {
          const query = { asOf, ...q, limit, nearMissLimit } as MatchQuery;
          const viaIndex = matchServices(index, query);
          const prepared = prepareQuery(ix, query, {});
          if (!prepared.success || !viaIndex.success) throw new Error("query rejected");
          const scan = judge(ix, prepared.data.q, everyOffer(ix));
          expect(viaIndex.data.matches.map((m) => [m.offer.id, m.score, m.summary])).toEqual(
            scan.matches
              .slice(0, limit)
              .map((e) => [
                offers[e.index]!.id,
                e.total,
                presentMatch(ix, e, prepared.data.q).summary,
              ]),
          );
          expect(viaIndex.data.nearMisses.map((m) => [m.offer.id, m.summary])).toEqual(
            scan.nearMisses
              .slice(0, nearMissLimit)
              .map((e) => [offers[e.index]!.id, presentNearMiss(ix, e, prepared.data.q).summary]),
          );
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it("never returns an offer that fails a hard criterion", () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const r = matchServices(index, { asOf, ...q });
        if (!r.success) return;
        for (const m of r.data.matches)
          expect(m.criteria.filter((c) => c.hard && c.state === "fails")).toEqual([]);
        for (let k = 1; k < r.data.matches.length; k++)
          expect(r.data.matches[k - 1]!.score).toBeGreaterThanOrEqual(r.data.matches[k]!.score);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
