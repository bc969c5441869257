import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvPackage } from "../__fixtures__/paths.ts";
import { fromHsdsTabular } from "./fromHsdsTabular.ts";

describe("fromHsdsTabular on the official HSDS CSV packages", () => {
  for (const version of ["3.0", "3.1"] as const) {
    it(`imports ${version}/examples/csv into one offer`, () => {
      const { offers, issues } = fromHsdsTabular(csvPackage(version), { source: "csv" });
      expect(offers).toHaveLength(1);
      expect(offers[0]).toMatchObject({
        name: "Community Counselling",
        serviceAtLocationId: "e94c9f38-1e8f-4564-91d4-d53501ab1765",
      });
      expect(offers[0]?.organisation?.name).toBe("Example Organization Inc.");
      expect(offers[0]?.schedules[0]).toMatchObject({
        byday: "TH,FR",
        opensAt: "10:00:00",
        closesAt: "18:00:00",
      });
      expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    });
  }

  it("reports every dangling foreign key of the 3.1 package (fixed upstream in 3.1.1) instead of crashing", () => {
    const { issues } = fromHsdsTabular(csvPackage("3.1"));
    const dangling = issues
      .filter((i) => i.code === "dangling_reference")
      .map((i) => i.path?.filter((p) => typeof p === "string").join("."));
    // The fixtures README lists these as dangling in 3.1/examples/csv.
    expect(dangling).toEqual(
      expect.arrayContaining([
        "contacts.organization_id",
        "locations.organization_id",
        "taxonomy_terms.taxonomy_id",
        "taxonomy_terms.parent_id",
        "service_areas.service_at_location_id",
        "service_capacity.service_id",
        "service_capacity.unit_id",
      ]),
    );
  });
});

describe("CSV parsing (RFC 4180)", () => {
  it("reads quoted commas, doubled quotes, CRLF line ends, embedded newlines and a BOM", () => {
    const csv =
      '\uFEFFid,name,status,description\r\ns1,"Carers, Café","active","He said ""hello""\r\nnext line"\r\n';
    const { offers } = fromHsdsTabular({ "services.csv": csv });
    expect(offers[0]).toMatchObject({
      name: "Carers, Café",
      description: 'He said "hello"\r\nnext line',
    });
  });

  it("reports an unclosed quote and a short row as invalid_csv", () => {
    const { issues } = fromHsdsTabular({ "services.csv": 'id,name,status\ns1,"Open\ns2,Two' });
    expect(issues.map((i) => i.code)).toContain("invalid_csv");
  });

  it("reports a package without services.csv as one unsupported_shape error", () => {
    const { issues } = fromHsdsTabular({ "locations.csv": "id\nl1\n", "phones.csv": "x\n1\n2\n" });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "unsupported_shape", severity: "error" });
  });

  it("never crashes, whatever the files hold", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            "services.csv",
            "service_at_location.csv",
            "locations.csv",
            "schedules.csv",
            "attributes.csv",
          ),
          fc.string(),
        ),
        (files) => {
          const result = fromHsdsTabular(files);
          expect(Array.isArray(result.offers)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
