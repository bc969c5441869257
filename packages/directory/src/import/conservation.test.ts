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
import { parseCsv } from "../_lib/csv.ts";
import { fromHsds } from "./fromHsds.ts";
import { fromHsdsTabular } from "./fromHsdsTabular.ts";

const CSV_FIXTURES: Record<string, Record<string, string>> = {
  "hsds 3.0 csv": csvPackage("3.0"),
  "hsds 3.1 csv": csvPackage("3.1"),
  "ohana-api (hsds 1.x) csv": csvDir(OHANA_CSV),
  "oruk 3.0 csv": csvDir(join(ORUK, "examples/csv")),
};
const jsonDir = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ name: join(dir, f), value: readJson(join(dir, f)) }));
const JSON_FIXTURES = [
  ...jsonExamples("3.0"),
  ...jsonExamples("3.1"),
  ...jsonDir(join(ORUK, "examples")),
  ...["attributes", "metadata", "schedules"].flatMap((d) =>
    jsonDir(join(HSDS, "3.1/field-guidance", d)),
  ),
  { name: "town directory", value: TOWN_FEED },
];

function expectConserved(result: DirectoryImport): void {
  const { conservation: c } = result;
  expect(c.cellsIn).toBeGreaterThan(0);
  expect(c.difference).toBe(0);
  expect(c.cellsAccountedFor).toBe(c.cellsIn);
  for (const t of c.tables) {
    expect(t.mapped + t.mappedWithWarning + t.notMapped).toBe(t.records);
    expect(t.unmappedRecords).toHaveLength(t.notMapped);
    for (const col of t.columns) {
      expect(col.mapped + col.mappedWithWarning + col.notMapped + col.empty).toBe(col.cells);
      if (col.notMapped > 0) expect(col.reasons.length).toBeGreaterThan(0);
    }
  }
}

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
/** The CSV with the given columns blanked. */
function blank(text: string, columns: ReadonlySet<string>): string {
  const { rows } = parseCsv(text);
  const header = Object.keys(rows[0] ?? {});
  const lines = rows.map((r) =>
    header.map((h) => (columns.has(h) ? "" : quote(r[h] ?? ""))).join(","),
  );
  return [header.map(quote).join(","), ...lines].join("\n") + "\n";
}

describe("the conservation report", () => {
  for (const [name, files] of Object.entries(CSV_FIXTURES)) {
    it(`accounts for every cell of ${name}: counted in minus accounted for is 0`, () => {
      expectConserved(fromHsdsTabular(files));
    });

    it(`is right that no column it calls not mapped in ${name} reaches an offer`, () => {
      const before = fromHsdsTabular(files);
      const blanked = Object.fromEntries(
        Object.entries(files).map(([file, text]) => {
          const table = before.conservation.tables.find((t) => `${t.table}.csv` === file);
          if (table === undefined) return [file, text];
          const unused = table.columns.filter(
            (c) => c.mapped + c.mappedWithWarning === 0 && c.column !== "id",
          );
          return [file, blank(text, new Set(unused.map((c) => c.column)))];
        }),
      );
      expect(fromHsdsTabular(blanked).offers).toEqual(before.offers);
    });
  }

  for (const { name, value } of JSON_FIXTURES) {
    it(`accounts for every value of ${name.split("/").slice(-2).join("/")}`, () => {
      expectConserved(fromHsds(value));
    });
  }

  it("accounts for rows longer and shorter than the header", () => {
    const r = fromHsdsTabular({ "services.csv": "id,name\ns1,A,extra\ns2\n" });
    expect(r.conservation).toMatchObject({ cellsIn: 4, difference: 0 }); // 3 fields + 1 field
    const services = r.conservation.tables.find((t) => t.table === "services");
    expect(services?.columns.find((c) => c.column.startsWith("(beyond"))).toMatchObject({
      cells: 1,
      notMapped: 1,
    });
  });

  it("says why the Ohana export's unmapped columns and records were not mapped", () => {
    const { conservation } = fromHsdsTabular(CSV_FIXTURES["ohana-api (hsds 1.x) csv"] ?? {});
    const table = (n: string) => conservation.tables.find((t) => t.table === n);
    expect(table("services")?.columns.find((c) => c.column === "keywords")?.reasons).toEqual([
      "no equivalent field in the offer model",
    ]);
    expect(table("holiday_schedules")).toMatchObject({ records: 4, notMapped: 4 });
    expect(table("programs")?.unmappedRecords[0]?.reason).toBe(
      "programs: no equivalent field in the offer model",
    );
    expect(table("regular_schedules")).toMatchObject({ records: 11, notMapped: 0 });
  });
});
