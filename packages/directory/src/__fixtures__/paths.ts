// Vendored test data (see vendor/README.md for sources and licences); the package itself never reads it.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const VENDORED_FIXTURES = resolve(here, "vendor");
export const HSDS = join(VENDORED_FIXTURES, "hsds");

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8")) as unknown;
}

export function jsonExamples(version: "3.0" | "3.1"): { name: string; value: unknown }[] {
  const dir = join(HSDS, version, "examples");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((name) => ({ name, value: readJson(join(dir, name)) }));
}

export function csvPackage(version: "3.0" | "3.1"): Record<string, string> {
  const dir = join(HSDS, version, "examples", "csv");
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

export function bankHolidays(division: "england-and-wales" | "scotland" | "northern-ireland"): Set<string> {
  const data = readJson(join(VENDORED_FIXTURES, "uk-bank-holidays", "bank-holidays.json")) as Record<string, { events: { date: string }[] }>;
  return new Set((data[division]?.events ?? []).map((e) => e.date));
}


export const OHANA_CSV = join(VENDORED_FIXTURES, "ohana-api", "sample-csv");
export const ORUK = join(VENDORED_FIXTURES, "oruk", "3.0");

/** The CSV files (and a datapackage.json) of a folder, by file name. */
export function csvDir(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".csv") || f === "datapackage.json")
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );
}
