import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HSDS, jsonExamples, readJson } from "../__fixtures__/paths.ts";
import { TOWN_FEED } from "../__fixtures__/townDirectory.ts";
import type { DirectoryIssueCode } from "../offer/issue.ts";
import { fromHsds } from "./fromHsds.ts";

const CODES: readonly DirectoryIssueCode[] = [
  "unsupported_shape",
  "missing_required_field",
  "invalid_field",
  "invalid_coordinates",
  "dangling_reference",
  "duplicate_id",
  "unsupported_schedule",
  "record_without_service",
  "invalid_csv",
  "invalid_query",
  "invalid_postcode",
  "unknown_postcode",
  "no_schedule",
  "opening_times_unknown",
  "no_opening_in_horizon",
];

describe("fromHsds on the official HSDS examples", () => {
  for (const version of ["3.0", "3.1"] as const) {
    for (const { name, value } of jsonExamples(version)) {
      it(`imports ${version}/examples/${name} with a typed report and no errors`, () => {
        const result = fromHsds(value, { source: "example" });
        expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
        const hasService = /^(service_|organization_full|tabular)/.test(name);
        expect(result.offers).toHaveLength(hasService ? 1 : 0);
        for (const offer of result.offers) {
          expect(offer.name).toBe("Community Counselling");
          expect(offer.status).toBe("active");
        }
        if (result.offers.length === 0)
          expect(result.issues.length + result.taxonomyTerms.length).toBeGreaterThan(0);
      });
    }
  }

  it("reports the example's impossible coordinates (100, 101) and keeps the offer without a point", () => {
    const { offers, issues } = fromHsds(readJson(join(HSDS, "3.1/examples/service_full.json")), {
      source: "x",
    });
    expect(offers[0]?.location?.id).toBe("3a19ff88-4620-4d17-9830-ac1d859eb5d5");
    expect(offers[0]?.location?.point).toBeUndefined();
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "invalid_coordinates", severity: "warning" }),
    );
  });

  it("reads the example's ages, cost, languages, accessibility and address", () => {
    const offer = fromHsds(readJson(join(HSDS, "3.1/examples/service_full.json"))).offers[0]!;
    expect(offer.carerAges).toEqual({ min: 12, max: 100 });
    expect(offer.costs[0]).toMatchObject({
      amount: 35,
      currency: "GBP",
      option: "Under 18s and Over 60s",
    });
    expect(offer.languages).toContainEqual({ code: "ur", name: "Urdu" });
    expect(offer.accessibility[0]?.description).toMatch(/induction loops/);
    expect(offer.location?.address).toMatchObject({
      address1: "1-30 Main Street",
      postcode: "ABC 1234",
    });
    expect(offer.phones[0]?.number).toBe("+44 1234 234567");
    expect(offer.delivery).toEqual(["in_person", "online"]);
  });

  it("imports the schedules worked example from the HSDS field guidance", () => {
    const { offers } = fromHsds(readJson(join(HSDS, "3.1/field-guidance/schedules/services.json")));
    expect(offers).toHaveLength(1);
    expect(offers[0]?.schedules.map((s) => s.byday)).toEqual(["MO,TU,WE,TH", "MO,TU,WE,TH", "1SA"]);
  });
});

describe("fromHsds on the HSDS field-guidance examples", () => {
  it("reads the attributes example, whose taxonomy_details is misspelt in the HSDS docs", () => {
    const { offers, issues } = fromHsds(
      readJson(join(HSDS, "3.1/field-guidance/attributes/service.json")),
    );
    expect(issues).toEqual([]);
    expect(offers.map((o) => o.name)).toEqual(["Kitten Time", "Puppy Time"]);
    expect(offers[0]?.terms.map((t) => [t.name, t.taxonomy])).toEqual([
      ["stress", "Fictional Health Service Taxonomy"],
      ["WORKPLACE", "Fictional Service Location Descriptor Taxonomy"],
    ]);
  });

  it("reads the metadata example", () => {
    const { offers, issues } = fromHsds(
      readJson(join(HSDS, "3.1/field-guidance/metadata/service.json")),
    );
    expect(offers).toHaveLength(1);
    expect(issues).toEqual([]);
  });
});

describe("fromHsds on messy feeds", () => {
  const base = { id: "svc-1", name: "Carers' Café", status: "active" };

  it("accepts non-UUID and numeric ids", () => {
    const { offers, issues } = fromHsds(
      [
        { ...base, id: 42 },
        { ...base, id: "esd:carers-cafe" },
      ],
      { source: "f" },
    );
    expect(offers.map((o) => o.id)).toEqual(["f:42", "f:esd:carers-cafe"]);
    expect(issues).toEqual([]);
  });

  it("reports a service without a name as an error naming the record, and keeps the others", () => {
    const { offers, issues } = fromHsds([{ id: "a", status: "active" }, base]);
    expect(offers).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "missing_required_field",
      severity: "error",
      recordId: "a",
      path: [0, "name"],
    });
    expect(issues[0]?.message).toBe("0.name: service without name; left out");
  });

  it("leaves out a repeated service id and says so", () => {
    const { offers, issues } = fromHsds([base, { ...base, name: "Other" }]);
    expect(offers).toHaveLength(1);
    expect(issues[0]?.code).toBe("duplicate_id");
  });

  it("is strict about contradictory ages and unknown statuses", () => {
    const { offers, issues } = fromHsds({
      ...base,
      status: "open",
      minimum_age: 65,
      maximum_age: 18,
    });
    expect(offers[0]?.carerAges).toBeUndefined();
    expect(offers[0]?.status).toBe("inactive");
    expect(issues.map((i) => i.code)).toEqual(["invalid_field", "invalid_field"]);
  });

  it("reads ages for the cared-for person when the directory says so", () => {
    const offer = fromHsds(
      { ...base, minimum_age: 0, maximum_age: 17 },
      { agesApplyTo: "cared_for" },
    ).offers[0]!;
    expect(offer.caredForAges).toEqual({ min: 0, max: 17 });
    expect(offer.carerAges).toBeUndefined();
  });

  it("reports 0,0 coordinates as a placeholder", () => {
    const { offers, issues } = fromHsds({
      ...base,
      service_at_locations: [
        { id: "sal", location: { id: "l", location_type: "physical", latitude: 0, longitude: 0 } },
      ],
    });
    expect(offers[0]?.location?.point).toBeUndefined();
    expect(issues[0]?.code).toBe("invalid_coordinates");
  });

  it("reports absurdly deep nesting instead of overflowing the stack", () => {
    let deep: unknown = { id: "x", name: "Deep", status: "active" };
    for (let k = 0; k < 10_000; k++) deep = [deep];
    const { offers, issues } = fromHsds(deep);
    expect(offers).toEqual([]);
    expect(issues[0]?.code).toBe("unsupported_shape");
  });

  it("reports unrecognisable records instead of dropping them silently", () => {
    const { offers, issues, format, conservation } = fromHsds([{ foo: 1 }, "text", null]);
    expect(offers).toEqual([]);
    // One clear error for a shape that is no Open Referral generation, not one per record.
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["unsupported_shape", "error"]]);
    expect(format).toBeUndefined();
    expect(conservation).toMatchObject({ cellsIn: 3, cellsAccountedFor: 3, difference: 0 });
  });

  it("imports all 46 services of the fictional town directory, reporting the one placeholder location", () => {
    const { offers, issues } = fromHsds(TOWN_FEED, { source: "town" });
    expect(offers).toHaveLength(46);
    expect(issues.map((i) => i.code)).toEqual(["invalid_coordinates"]);
  });
});

describe("fromHsds properties", () => {
  const check = (input: unknown): void => {
    const result = fromHsds(input);
    for (const issue of result.issues) {
      expect(CODES).toContain(issue.code);
      expect(["error", "warning", "info"]).toContain(issue.severity);
      expect(typeof issue.message).toBe("string");
    }
    for (const offer of result.offers) {
      expect(typeof offer.id).toBe("string");
      expect(offer.name.length).toBeGreaterThan(0);
    }
  };

  it("turns any JSON into offers and a typed report, never a crash", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        check(value);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it("survives any field of a real service replaced by any JSON value", () => {
    const service = readJson(join(HSDS, "3.1/examples/service_full.json")) as Record<
      string,
      unknown
    >;
    const keys = Object.keys(service);
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.jsonValue(),
        fc.constantFrom(...keys),
        fc.jsonValue(),
        (k1, v1, k2, v2) => {
          check({ ...service, [k1]: v1, [k2]: v2 });
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
