import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  csvDir,
  csvPackage,
  HSDS,
  jsonExamples,
  OHANA_CSV,
  ORUK,
  readJson,
} from "../__fixtures__/paths.ts";
import { detectDirectoryFormat } from "./detectDirectoryFormat.ts";

const format = (input: unknown) => {
  const found = detectDirectoryFormat(input);
  if (!found.success) throw new Error(found.error.message);
  return found.data;
};

// Expected generations come from the fixtures' own provenance (vendor/README.md): the Ohana
// API's HSDS 1.0-era export, the official HSDS 3.0/3.1 examples, the ORUK 3.0 profile's examples.
describe("detectDirectoryFormat", () => {
  it("reads the Ohana API's CSV export as HSDS 1.x tabular, naming the files that say so", () => {
    const f = format(csvDir(OHANA_CSV));
    expect(f).toMatchObject({
      generation: "1",
      profile: "hsds",
      serialisation: "csv",
      datapackage: false,
    });
    expect(f.evidence).toContain("regular_schedules.csv (HSDS 1.x)");
    expect(f.evidence).toContain("services.csv has location_id (HSDS 1.0)");
  });

  it("takes the generation from an official datapackage.json of HSDS 1.0, 1.1 and 2.0", () => {
    const services = "id,name\ns1,Carers' Café\n";
    for (const [dir, generation] of [
      ["1.0", "1"],
      ["1.1", "1"],
      ["2.0", "2"],
    ] as const) {
      const descriptor = readFileSync(join(HSDS, dir, "datapackage.json"), "utf8");
      const f = format({ "datapackage.json": descriptor, "services.csv": services });
      expect(f).toMatchObject({ generation, datapackage: true });
    }
  });

  it("reads the official 3.0 and 3.1 CSV packages, though the 3.1 descriptor still says 3.0.0", () => {
    expect(format(csvPackage("3.0"))).toMatchObject({
      generation: "3.0",
      profile: "hsds",
      datapackage: true,
    });
    const f31 = format(csvPackage("3.1"));
    expect(f31).toMatchObject({ generation: "3.1", profile: "hsds", datapackage: true });
    expect(f31.evidence).toContain("url.csv (HSDS 3.1)");
  });

  it("tells 3.1 JSON by its 3.1-only fields and leaves 3.0-compatible JSON as generation 3", () => {
    const byName = (v: "3.0" | "3.1", n: string) =>
      jsonExamples(v).find((e) => e.name === n)?.value;
    expect(format(byName("3.1", "service_full.json"))).toMatchObject({
      generation: "3.1",
      serialisation: "json",
    });
    expect(format(byName("3.0", "service_full.json"))).toMatchObject({
      generation: "3",
      profile: "hsds",
    });
  });

  it("recognises the Open Referral UK 3.0 profile in CSV and JSON", () => {
    expect(format(csvDir(join(ORUK, "examples/csv")))).toMatchObject({
      generation: "3.0",
      profile: "oruk",
    });
    const service = readJson(join(ORUK, "examples/service_full.json"));
    expect(format(service).evidence).toContain("languages given by id only (Open Referral UK 3.0)");
    const taxonomy = readJson(join(ORUK, "examples/taxonomy.json"));
    expect(format(taxonomy)).toMatchObject({ profile: "oruk" });
  });

  it("recognises an ORUK v1 page", () => {
    const page = { content: [{ id: "s1", name: "x", eligibilitys: [] }], totalElements: 1 };
    expect(format(page)).toMatchObject({ generation: "1", profile: "oruk" });
  });

  it("gives one clear error for a shape that is no Open Referral generation", () => {
    for (const input of [{ foo: 1 }, [1, 2, 3], "text", { "people.csv": "id,name\n1,x\n" }]) {
      const found = detectDirectoryFormat(input);
      expect(found.success).toBe(false);
      if (!found.success)
        expect(found.error).toMatchObject({ code: "unsupported_shape", severity: "error" });
    }
  });
});
