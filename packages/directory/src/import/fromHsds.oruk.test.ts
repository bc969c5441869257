import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvDir, ORUK, readJson } from "../__fixtures__/paths.ts";
import { fromHsds } from "./fromHsds.ts";
import { fromHsdsTabular } from "./fromHsdsTabular.ts";

// The Open Referral UK 3.0 profile's own examples (vendor/oruk/3.0, CC BY-SA 4.0).
const example = (name: string) => readJson(join(ORUK, "examples", name));

describe("Open Referral UK 3.0 documents", () => {
  it("reads the terms nested in taxonomy.taxonomy_terms, with their taxonomy", () => {
    const { taxonomyTerms, issues, format } = fromHsds(example("taxonomy.json"));
    expect(format).toMatchObject({ profile: "oruk", generation: "3.0" });
    // examples/taxonomy.json: one term, id 3f7b145d-…, name "name", in taxonomy "name".
    expect(taxonomyTerms).toEqual([
      {
        id: "3f7b145d-84af-42d7-8fae-eaca714b02b2",
        name: "name",
        taxonomy: "name",
        uri: "http://example.com",
      },
    ]);
    expect(issues).toEqual([]);
  });

  it("accepts a language given by id only, as the profile allows, without an error", () => {
    const { offers, issues } = fromHsds(example("service_full.json"));
    expect(offers).toHaveLength(1);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(issues.find((i) => i.path?.includes("languages"))).toMatchObject({
      severity: "info",
      recordId: "2989d3ed-c547-48f8-8f9d-432d81c7892e",
    });
  });

  it("reports a CSV attribute whose link_id matches nothing instead of dropping it", () => {
    // examples/csv/attribute.csv links f28dd44b-… which is no row of any file.
    const { issues, taxonomyTerms, conservation } = fromHsdsTabular(
      csvDir(join(ORUK, "examples/csv")),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: "dangling_reference",
        severity: "warning",
        recordId: "ae58cc39-8b70-4ab1-8aea-786882e5ac8e",
        path: ["attributes", 0, "link_id"],
      }),
    );
    expect(taxonomyTerms.map((t) => t.id)).toContain("3f7b145d-84af-42d7-8fae-eaca714b02b2");
    expect(conservation.tables.find((t) => t.table === "attribute")?.unmappedRecords).toHaveLength(
      1,
    );
  });

  it("reads the profile's singular CSV names (attribute.csv, schedule.csv, address.csv)", () => {
    const { offers } = fromHsdsTabular(csvDir(join(ORUK, "examples/csv")));
    expect(offers[0]?.name).toBe("Community Counselling");
    expect(offers[0]?.schedules.length).toBeGreaterThan(0);
  });
});
