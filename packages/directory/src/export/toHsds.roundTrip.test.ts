import { Ajv2020 } from "ajv/dist/2020.js";
import { default as addFormats } from "ajv-formats";
import { readdirSync } from "node:fs";
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
import { TOWN_FEED } from "../__fixtures__/townDirectory.ts";
import type { DirectoryImport } from "../offer/directoryImport.ts";
import { fromHsds } from "../import/fromHsds.ts";
import { fromHsdsTabular } from "../import/fromHsdsTabular.ts";
import { toHsds } from "./toHsds.ts";

// The official HSDS 3.1 JSON Schemas (vendor/hsds/3.1/schema, draft 2020-12), registered under
// their file names as their relative $refs expect. They carry non-standard keywords (`name`,
// `datapackage_metadata`, …), so Ajv runs with strict: false. Every format is checked but
// `uuid`: feeds keep their own ids ("1", "svc-1"), and toHsds derives ids such as
// "<service>-language-0" for records the offer model keeps no id for.
function validator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat("uuid", true);
  const dir = join(HSDS, "3.1/schema");
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json") && n !== "openapi.json"))
    ajv.addSchema(readJson(join(dir, f)) as object, f);
  return ajv.compile({ $ref: "service.json" });
}
const validate = validator();

const FIXTURES: { name: string; read: () => DirectoryImport }[] = [
  {
    name: "the fictional town directory",
    read: () => fromHsds(TOWN_FEED, { source: "town" }),
  },
  { name: "the HSDS 3.0 CSV package", read: () => fromHsdsTabular(csvPackage("3.0")) },
  { name: "the HSDS 3.1 CSV package", read: () => fromHsdsTabular(csvPackage("3.1")) },
  {
    name: "the Ohana API's HSDS 1.x export",
    read: () => fromHsdsTabular(csvDir(OHANA_CSV)),
  },
  {
    name: "the ORUK 3.0 CSV example",
    read: () => fromHsdsTabular(csvDir(join(ORUK, "examples/csv"))),
  },
  ...["service_full.json", "organization_full.json", "service_at_location_full.json"].map((n) => ({
    name: `ORUK 3.0 ${n}`,
    read: () => fromHsds(readJson(join(ORUK, "examples", n))),
  })),
  ...[...jsonExamples("3.0"), ...jsonExamples("3.1")].map((e) => ({
    name: `HSDS example ${e.name}`,
    read: () => fromHsds(e.value),
  })),
];

describe("import → export HSDS 3.1 → import", () => {
  for (const f of FIXTURES) {
    it(`gives the same offers for ${f.name}, and the export is valid HSDS 3.1`, () => {
      const first = f.read();
      const exported = JSON.parse(JSON.stringify(toHsds(first.offers))) as unknown[];
      for (const service of exported) {
        validate(service);
        expect(validate.errors ?? []).toEqual([]);
      }
      const again = fromHsds({ contents: exported }, { source: first.offers[0]?.source ?? "hsds" });
      expect(again.offers).toEqual(first.offers);
      expect(again.conservation.difference).toBe(0);
    });
  }
});
